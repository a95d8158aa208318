import type { DelegationView } from '../../src/shared/api-types';

/** Lower case without accents, so "cote" finds "Côte d'Ivoire" and "turk" "Türkiye". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/**
 * Delegations matching a few typed letters: names starting with them first, then names with a
 * word starting with them, then names containing them; alphabetical within each.
 */
export function filterDelegations<T extends Pick<DelegationView, 'name'>>(delegations: readonly T[], query: string, limit = 8): T[] {
  const q = foldForSearch(query);
  if (q === '') return [];
  const ranked: { delegation: T; rank: number }[] = [];
  for (const delegation of delegations) {
    const name = foldForSearch(delegation.name);
    const rank = name.startsWith(q) ? 0 : name.split(/[\s(\-']+/).some((word) => word.startsWith(q)) ? 1 : name.includes(q) ? 2 : -1;
    if (rank >= 0) ranked.push({ delegation, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.delegation.name.localeCompare(b.delegation.name))
    .slice(0, limit)
    .map((entry) => entry.delegation);
}
