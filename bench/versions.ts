import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The socket.io that Nest's adapter loads (it may differ from the top-level one): the bare server must use it too. */
export function nestSocketIoPath(): string {
  return require.resolve('socket.io', { paths: [dirname(require.resolve('@nestjs/platform-socket.io'))] });
}

/** The version of the package a resolved file belongs to (its nearest package.json with a name). */
export function versionOf(resolvedFile: string): string {
  for (let dir = dirname(resolvedFile); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (name && version) return `${name}@${version}`;
  }
  return 'unknown';
}

export function stackVersions(): Record<string, string> {
  const of = (id: string) => versionOf(require.resolve(id));
  return {
    socketIoServer: versionOf(nestSocketIoPath()),
    socketIoClient: of('socket.io-client'),
    sqlite3: of('sqlite3'),
    typeorm: of('typeorm'),
    nest: of('@nestjs/core'),
  };
}
