import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PAGE_NAMES = ['timetable', 'officer', 'delegate', 'display', 'overlay', 'setup'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

/**
 * Where `node client/build.mjs` wrote the pages: beside src/ when run by ts-node or jest, two
 * levels further up from dist/src/web when compiled. Null when the client was never built.
 */
export function locateClientDist(fromDir: string = __dirname): string | null {
  const candidates = [resolve(fromDir, '../../client/dist'), resolve(fromDir, '../../../client/dist'), resolve(process.cwd(), 'client/dist')];
  return candidates.find((dir) => existsSync(join(dir, 'timetable.html'))) ?? null;
}
