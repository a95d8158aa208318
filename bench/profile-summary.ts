// Where the server's CPU went: `ts-node --transpile-only bench/profile-summary.ts FILE.cpuprofile [N]`
// on a profile from `npm run bench -- --profile DIR`. Self time per function and per package or file.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function place(url: string): string {
  // The app as the bench compiles it (node_modules/.cache/rostrum-bench/app-*/src/...) is src/.
  const compiled = /\/rostrum-bench\/app-[^/]+\/(src\/.*)$/.exec(url);
  if (compiled) return compiled[1];
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1) : url || '(native)';
}

function top(totals: Map<string, number>, count: number, allMs: number): string[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / allMs).toFixed(1).padStart(5)}%  ${name}`);
}

const [file, countArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-summary.ts FILE.cpuprofile [N]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfByFunction = new Map<string, number>();
const selfByPlace = new Map<string, number>();
let allMs = 0;
profile.samples.forEach((id, index) => {
  const ms = (profile.timeDeltas[index] ?? 0) / 1000;
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  if (functionName === '(idle)') return;
  allMs += ms;
  const where = place(url);
  const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + ms);
  selfByPlace.set(where, (selfByPlace.get(where) ?? 0) + ms);
});
const count = Number(countArg ?? 25);
console.log(`busy ${allMs.toFixed(0)} ms\n\nby package or file:\n${top(selfByPlace, count, allMs).join('\n')}`);
console.log(`\nby function:\n${top(selfByFunction, count, allMs).join('\n')}`);
