// Builds the pages: one html + js per page, a shared css, one catalogue chunk per language and
// the Arabic and Chinese fonts, in client/dist. Run by npm install, npm run build and npm test.
// `--watch` rebuilds on change; `--if-stale` (npm start) only when an input of the last build changed.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import { createIntl } from '@formatjs/intl';
import * as esbuild from 'esbuild';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const clientDir = dirname(fileURLToPath(import.meta.url));
const rootDir = join(clientDir, '..');
const distDir = join(clientDir, 'dist');
const assetsDir = join(distDir, 'assets');
const fontsourceDir = dirname(dirname(require.resolve('@fontsource/noto-sans-sc/400.css')));
const autonymFontDir = join(rootDir, 'node_modules', '.cache', 'rostrum-autonym-fonts');

// Page titles come from the English catalogue like every other English word.
export const PAGES = [
  { name: 'timetable', titleKey: 'timetable.title' },
  { name: 'officer', titleKey: 'officer.title' },
  { name: 'delegate', titleKey: 'delegate.title' },
  { name: 'display', titleKey: 'display.title' },
  { name: 'overlay', titleKey: 'overlay.title' },
  { name: 'setup', titleKey: 'setup.title' },
];

// Languages whose script needs the app's own font; the others read well in any system font.
const FONT_LANGUAGES = ['ar', 'zh'];
const CATALOGUE_FILE = /(?:^|[\\/])client[\\/]i18n[\\/](ar|zh|en|fr|ru|es)\.ts$/;
// "<meeting id>" in a message is text, not a rich-text tag (client/i18n/catalogues.spec.ts agrees).
const PARSE_OPTIONS = { ignoreTag: true };

/** Runs a TypeScript module of plain data (a catalogue, the language list) and returns its exports. */
async function evaluate(file) {
  const result = await esbuild.build({ entryPoints: [file], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
  const source = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${source}`);
}

const compileCatalogue = (catalogue) => Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [key, parse(message, PARSE_OPTIONS)]));

// Catalogues ship as ICU syntax trees, parsed here once: the pages then bundle formatjs without
// its parser, which is more than half of the library.
const catalogues = {
  name: 'compiled-catalogues',
  setup(build) {
    build.onLoad({ filter: CATALOGUE_FILE }, async (args) => {
      const exports = Object.entries(await evaluate(args.path));
      const contents = exports.map(([name, catalogue]) => `export const ${name} = ${JSON.stringify(compileCatalogue(catalogue))};`).join('\n');
      return { contents, loader: 'js', watchFiles: [args.path] };
    });
    build.onResolve({ filter: /^@formatjs\/icu-messageformat-parser$/ }, () => ({
      path: require.resolve('@formatjs/icu-messageformat-parser/no-parser.js'),
    }));
  },
};

/** "U+0600-06FF,U+4E2D" -> [[0x600, 0x6ff], [0x4e2d, 0x4e2d]]. */
function parseUnicodeRange(text) {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

/**
 * @font-face rules for the switcher's "العربية" and "中文" on every page that shows it: cut down
 * (hb-subset) to those few letters from the font slices holding them, a kilobyte or so each.
 */
async function autonymFontCss() {
  const { AUTONYMS } = await evaluate(join(clientDir, 'i18n', 'languages.ts'));
  await mkdir(autonymFontDir, { recursive: true });
  const rules = [];
  for (const [language, fontPackage] of [['ar', 'noto-sans-arabic'], ['zh', 'noto-sans-sc']]) {
    const css = await readFile(join(fontsourceDir, fontPackage, '400.css'), 'utf8');
    const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
      family: /font-family:\s*([^;]+);/.exec(body)[1],
      file: /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)[1],
      ranges: parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? 'U+0-10FFFF'),
    }));
    const lettersByFace = new Map();
    for (const letter of new Set(AUTONYMS[language])) {
      const code = letter.codePointAt(0);
      const face = faces.find(({ ranges }) => ranges.some(([from, to]) => code >= from && code <= to));
      if (!face) throw new Error(`No ${fontPackage} slice holds "${letter}"`);
      lettersByFace.set(face, [...(lettersByFace.get(face) ?? []), letter]);
    }
    for (const [face, letters] of lettersByFace) {
      const file = `autonym-${face.file}`;
      const source = await readFile(join(fontsourceDir, fontPackage, 'files', face.file));
      await writeFile(join(autonymFontDir, file), await subsetFont(source, letters.join(''), { targetFormat: 'woff2' }));
      const range = letters.map((letter) => `U+${letter.codePointAt(0).toString(16)}`).join(',');
      rules.push(`@font-face { font-family: ${face.family}; font-style: normal; font-display: swap; font-weight: 400; src: url(./${file}) format('woff2'); unicode-range: ${range}; }`);
    }
  }
  return rules.join('\n');
}

const fonts = {
  name: 'fonts',
  setup(build) {
    // Every browser the pages support reads woff2: leave fontsource's woff fallbacks out.
    build.onLoad({ filter: /[\\/]@fontsource[\\/].*\.css$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''),
      loader: 'css',
    }));
    build.onResolve({ filter: /^rostrum:autonym-fonts$/ }, () => ({ path: 'autonym-fonts.css', namespace: 'rostrum-fonts' }));
    build.onLoad({ filter: /.*/, namespace: 'rostrum-fonts' }, async () => ({ contents: await autonymFontCss(), loader: 'css', resolveDir: autonymFontDir }));
  },
};

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const options = {
  entryPoints: [
    ...PAGES.map((page) => ({ in: join(clientDir, 'pages', page.name, 'main.tsx'), out: page.name })),
    { in: join(clientDir, 'styles', 'app.css'), out: 'styles' },
    ...FONT_LANGUAGES.map((language) => ({ in: join(clientDir, 'styles', `fonts-${language}.css`), out: `fonts-${language}` })),
  ],
  absWorkingDir: rootDir,
  outdir: assetsDir,
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  assetNames: 'fonts/[name]-[hash]',
  loader: { '.woff2': 'file' },
  plugins: [catalogues, fonts],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  sourcemap: 'linked',
  target: ['es2020', 'chrome87', 'firefox78', 'safari14'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  // Arabic and Chinese catalogues as written, not as \uXXXX escapes three times their size.
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

function html(page, script, style, fontCss, strings) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="rostrum:font-css" content="${escapeHtml(fontCss)}">
<link rel="icon" href="data:,">
<title>${escapeHtml(strings.formatMessage({ id: page.titleKey }))} · ${escapeHtml(strings.formatMessage({ id: 'app.name' }))}</title>
<link rel="stylesheet" href="/assets/${style}">
<script type="module" src="/assets/${script}"></script>
</head>
<body class="page-${page.name}">
<div id="app"></div>
<noscript>${escapeHtml(strings.formatMessage({ id: 'common.noscript' }))}</noscript>
</body>
</html>
`;
}

const outputsOf = (metafile) => Object.entries(metafile.outputs);

function outputFor(metafile, entry) {
  const found = outputsOf(metafile).find(([, output]) => output.entryPoint && join(rootDir, output.entryPoint) === entry);
  if (!found) throw new Error(`No output for ${entry}`);
  return found[0];
}

async function writePages(metafile) {
  const asset = (entry) => relative(assetsDir, join(rootDir, outputFor(metafile, entry)));
  const style = asset(join(clientDir, 'styles', 'app.css'));
  const fontCss = FONT_LANGUAGES.map((language) => `${language}=/assets/${asset(join(clientDir, 'styles', `fonts-${language}.css`))}`).join(' ');
  const { EN } = await evaluate(join(clientDir, 'i18n', 'en.ts'));
  const strings = createIntl({ locale: 'en-GB', messages: EN });
  for (const page of PAGES) {
    const script = asset(join(clientDir, 'pages', page.name, 'main.tsx'));
    await writeFile(join(distDir, `${page.name}.html`), html(page, script, style, fontCss, strings));
  }
}

/** "display 61 KiB + 7 KiB catalogue": what a page loads before its first render, in one language. */
function pageSizes(metafile) {
  const outputs = metafile.outputs;
  const staticClosure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') staticClosure(imported.path, seen);
    return seen;
  };
  const catalogueBytes = Object.values(outputs)
    .filter((output) => Object.keys(output.inputs).some((input) => CATALOGUE_FILE.test(input)))
    .map((output) => output.bytes);
  const kib = (bytes) => Math.round(bytes / 1024);
  const pages = PAGES.map((page) => {
    const files = staticClosure(outputFor(metafile, join(clientDir, 'pages', page.name, 'main.tsx')));
    return `${page.name} ${kib([...files].reduce((sum, file) => sum + outputs[file].bytes, 0))}`;
  });
  return `${pages.join(', ')} KiB of js, + ${kib(Math.min(...catalogueBytes))}–${kib(Math.max(...catalogueBytes))} KiB for the one catalogue shown`;
}

// What a build read: every file esbuild bundled, this script and the locked dependency versions.
const INPUTS_FILE = join(distDir, 'build-inputs.json');
const EXTRA_INPUTS = ['client/build.mjs', 'package-lock.json'];

async function hashOf(path) {
  try {
    return createHash('sha256').update(await readFile(join(rootDir, path))).digest('hex');
  } catch {
    return null;
  }
}

async function inputHashes(paths) {
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await hashOf(path)])));
}

/** True when the last build's inputs are all as they were then (and its pages are still there). */
async function upToDate() {
  let recorded;
  try {
    recorded = JSON.parse(await readFile(INPUTS_FILE, 'utf8'));
  } catch {
    return false;
  }
  const current = await inputHashes(Object.keys(recorded));
  const pagesThere = await Promise.all(PAGES.map((page) => hashOf(relative(rootDir, join(distDir, `${page.name}.html`)))));
  return pagesThere.every(Boolean) && Object.entries(recorded).every(([path, hash]) => current[path] === hash);
}

async function buildOnce() {
  const started = Date.now();
  await rm(distDir, { recursive: true, force: true });
  await mkdir(assetsDir, { recursive: true });
  const result = await esbuild.build(options);
  await writePages(result.metafile);
  const inputs = [...Object.keys(result.metafile.inputs).filter((path) => !path.includes(':')), ...EXTRA_INPUTS];
  await writeFile(INPUTS_FILE, JSON.stringify(await inputHashes(inputs), null, 1));
  console.log(`client: ${PAGES.length} pages built in ${Date.now() - started} ms (${pageSizes(result.metafile)}, minified)`);
}

if (process.argv.includes('--if-stale') && (await upToDate())) {
  console.log('client: pages up to date');
} else if (process.argv.includes('--watch')) {
  await buildOnce();
  const context = await esbuild.context({
    ...options,
    plugins: [...options.plugins, { name: 'pages', setup: (build) => build.onEnd((result) => result.metafile && writePages(result.metafile)) }],
  });
  await context.watch();
} else {
  await buildOnce();
}
