// npm start: compile what changed (tsc -b keeps its build info in dist/, the client build checks
// its inputs' hashes), then run the server in this very process. package.json starts it with
// `exec`, so the SIGTERM or SIGINT npm passes on reaches the server, which closes and exits.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

try {
  run([tsc, '-b', 'tsconfig.build.json']);
  run([join(root, 'client', 'build.mjs'), '--if-stale']);
} catch {
  // The compiler or the client build has said what went wrong.
  process.exit(1);
}
await import(pathToFileURL(join(root, 'dist', 'src', 'main.js')).href);
