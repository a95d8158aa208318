import { resolve } from 'node:path';

export interface BenchOptions {
  clients: number;
  commands: number;
  quick: boolean;
  /** Load-generating processes. */
  workers: number;
  delegates: number;
  /** Public viewers of the meeting in the rush under an audience (bench/audience-rush.ts). */
  viewers: number;
  clockClients: number;
  /** Where src/main.ts is: the repository, or a copy with a change being tried. */
  appRoot: string;
  out: string;
  /** Hard stop for the whole run: everything is killed past it. */
  deadlineSeconds: number;
  /** When set, the servers write a CPU profile of each scenario here; see bench/profile-summary.ts. */
  profileDir?: string;
  /** 2: the two-instance fan-out (bench/multi-instance.ts) on PostgreSQL and Redis, instead of the normal bench. */
  instances: number;
}

const USAGE = `npm run bench -- [--quick] [--clients N] [--commands N] [--workers N] [--clock-clients N] [--delegates N] [--viewers N] [--deadline S] [--app-root DIR] [--out FILE] [--profile DIR] [--instances 1|2]`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const flags = new Map<string, string>();
  let quick = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (arg.startsWith('--') && i + 1 < argv.length) flags.set(arg.slice(2), argv[++i]);
    else throw new Error(`Unknown argument ${arg}\n${USAGE}`);
  }
  const int = (name: string, fallback: number, min: number) => {
    const raw = flags.get(name);
    flags.delete(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer >= ${min}\n${USAGE}`);
    return value;
  };
  const clients = int('clients', quick ? 200 : 2000, 1);
  const options: BenchOptions = {
    clients,
    commands: int('commands', quick ? 10 : 50, 1),
    quick,
    workers: Math.min(clients, int('workers', 2, 1)),
    delegates: int('delegates', 193, 1),
    viewers: int('viewers', quick ? 200 : 1000, 1),
    clockClients: int('clock-clients', Math.min(200, clients), 1),
    appRoot: resolve(flags.get('app-root') ?? resolve(__dirname, '..')),
    out: resolve(flags.get('out') ?? resolve(__dirname, 'results.json')),
    deadlineSeconds: int('deadline', quick ? 240 : 480, 10),
    instances: int('instances', 1, 1),
    profileDir: flags.has('profile') ? resolve(flags.get('profile')!) : undefined,
  };
  if (options.instances > 2) throw new Error(`--instances must be 1 or 2\n${USAGE}`);
  for (const name of ['app-root', 'out', 'profile']) flags.delete(name);
  if (flags.size > 0) throw new Error(`Unknown option --${[...flags.keys()][0]}\n${USAGE}`);
  return options;
}
