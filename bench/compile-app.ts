import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * Transpiles the app's src/ to JavaScript, file by file as `ts-node --transpile-only` does, but
 * ahead of time and only the files changed since the last run: the server under test then runs on
 * plain node, as `npm start` does, without the TypeScript compiler in its heap and without ts-node,
 * which loads node:domain and so slows every EventEmitter.emit in the process. (A full `tsc` takes
 * far longer, and type errors are the tests' business, not the bench's.) The output lives under
 * node_modules/.cache, so the app's packages resolve as they do from dist/.
 */
export function compileApp(appRoot: string): { entry: string; compiled: number; total: number } {
  // One folder per app root: a trial copy (--app-root) may share node_modules through a symlink.
  const rootKey = createHash('sha1').update(appRoot).digest('hex').slice(0, 10);
  const outDir = join(appRoot, 'node_modules', '.cache', 'rostrum-bench', `app-${rootKey}`);
  const compilerOptions = readCompilerOptions(appRoot);
  const sources = listSources(join(appRoot, 'src'));
  const wanted = new Set<string>();
  let compiled = 0;
  for (const source of sources) {
    const target = join(outDir, relative(appRoot, source)).replace(/\.ts$/, '.js');
    wanted.add(target);
    if (existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs) continue;
    const text = readFileSync(source, 'utf8');
    const output = source.endsWith('.ts') ? ts.transpileModule(text, { compilerOptions, fileName: source }).outputText : text;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
    compiled += 1;
  }
  // A file deleted or renamed in src/ must not linger in the output.
  for (const stale of listSources(join(outDir, 'src'), ['.js', '.json']).filter((file) => !wanted.has(file))) rmSync(stale);
  return { entry: join(outDir, 'src', 'main.js'), compiled, total: sources.length };
}

function readCompilerOptions(appRoot: string): ts.CompilerOptions {
  const configPath = join(appRoot, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, (path) => readFileSync(path, 'utf8'));
  if (error) throw new Error(`${configPath}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, appRoot);
  return { ...options, sourceMap: false, inlineSourceMap: false, declaration: false, noEmit: false };
}

function listSources(dir: string, endings = ['.ts', '.json']): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path, endings);
    const isTest = entry.name.endsWith('.spec.ts') || entry.name.endsWith('.d.ts');
    return endings.some((ending) => entry.name.endsWith(ending)) && !isTest ? [path] : [];
  });
}
