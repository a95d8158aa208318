// Builds the pages: one html + js per page and a shared css in client/dist. Run by npm install,
// npm run build and npm test. `--watch` rebuilds on change.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const clientDir = dirname(fileURLToPath(import.meta.url));
const rootDir = join(clientDir, '..');
const distDir = join(clientDir, 'dist');
const assetsDir = join(distDir, 'assets');

export const PAGES = [
  { name: 'timetable', title: 'Timetable' },
  { name: 'officer', title: 'Officer console' },
  { name: 'delegate', title: 'Delegate' },
  { name: 'display', title: 'Display' },
  { name: 'overlay', title: 'Overlay' },
];

const options = {
  entryPoints: [
    ...PAGES.map((page) => ({ in: join(clientDir, 'pages', page.name, 'main.tsx'), out: page.name })),
    { in: join(clientDir, 'styles', 'app.css'), out: 'styles' },
  ],
  absWorkingDir: rootDir,
  outdir: assetsDir,
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  sourcemap: 'linked',
  target: ['es2020', 'chrome87', 'firefox78', 'safari14'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

function html(page, script, style) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<title>${page.title} · Rostrum</title>
<link rel="stylesheet" href="/assets/${style}">
<script type="module" src="/assets/${script}"></script>
</head>
<body class="page-${page.name}">
<div id="app"></div>
<noscript>Rostrum needs JavaScript to show this page.</noscript>
</body>
</html>
`;
}

async function writePages(metafile) {
  const outputs = Object.entries(metafile.outputs);
  const outputFor = (entry) => {
    const found = outputs.find(([, output]) => output.entryPoint && join(rootDir, output.entryPoint) === entry);
    if (!found) throw new Error(`No output for ${entry}`);
    return relative(assetsDir, join(rootDir, found[0]));
  };
  const style = outputFor(join(clientDir, 'styles', 'app.css'));
  for (const page of PAGES) {
    const script = outputFor(join(clientDir, 'pages', page.name, 'main.tsx'));
    await writeFile(join(distDir, `${page.name}.html`), html(page, script, style));
  }
}

async function buildOnce() {
  const started = Date.now();
  await rm(distDir, { recursive: true, force: true });
  await mkdir(assetsDir, { recursive: true });
  const result = await esbuild.build(options);
  await writePages(result.metafile);
  const bytes = Object.entries(result.metafile.outputs)
    .filter(([file]) => !file.endsWith('.map'))
    .reduce((sum, [, output]) => sum + output.bytes, 0);
  console.log(`client: ${PAGES.length} pages built in ${Date.now() - started} ms (${Math.round(bytes / 1024)} KiB minified)`);
}

if (process.argv.includes('--watch')) {
  await buildOnce();
  const context = await esbuild.context({
    ...options,
    plugins: [{ name: 'pages', setup: (build) => build.onEnd((result) => result.metafile && writePages(result.metafile)) }],
  });
  await context.watch();
} else {
  await buildOnce();
}
