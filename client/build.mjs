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

// Page titles come from client/lib/strings.ts like every other English word.
export const PAGES = [
  { name: 'timetable', titleKey: 'timetable.title' },
  { name: 'officer', titleKey: 'officer.title' },
  { name: 'delegate', titleKey: 'delegate.title' },
  { name: 'display', titleKey: 'display.title' },
  { name: 'overlay', titleKey: 'overlay.title' },
];

async function loadStrings() {
  const result = await esbuild.build({ entryPoints: [join(clientDir, 'lib', 'strings.ts')], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
  const source = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return (await import(`data:text/javascript;base64,${source}`)).EN;
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

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

function html(page, script, style, strings) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<title>${escapeHtml(strings[page.titleKey])} · ${escapeHtml(strings['app.name'])}</title>
<link rel="stylesheet" href="/assets/${style}">
<script type="module" src="/assets/${script}"></script>
</head>
<body class="page-${page.name}">
<div id="app"></div>
<noscript>${escapeHtml(strings['common.noscript'])}</noscript>
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
  const strings = await loadStrings();
  for (const page of PAGES) {
    const script = outputFor(join(clientDir, 'pages', page.name, 'main.tsx'));
    await writeFile(join(distDir, `${page.name}.html`), html(page, script, style, strings));
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
