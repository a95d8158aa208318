import type { DelegationView } from '../../src/shared/api-types';

/** Lower case without accents or Arabic short vowels, so "cote" finds "Côte d'Ivoire" and "turk" "Türkiye". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u0652\u0670]/g, '')
    .toLowerCase()
    .trim();
}

function rankOf(name: string, q: string): number {
  const folded = foldForSearch(name);
  if (folded.startsWith(q)) return 0;
  if (folded.split(/[\s(\-'’]+/).some((word) => word.startsWith(q))) return 1;
  return folded.includes(q) ? 2 : -1;
}

/**
 * Delegations matching a few typed letters: names starting with them first, then names with a
 * word starting with them, then names containing them; alphabetical within each. `labelOf` gives
 * the name shown (in the page's language); the English name is searched too.
 */
export function filterDelegations<T extends Pick<DelegationView, 'name'>>(
  delegations: readonly T[],
  query: string,
  limit = 8,
  labelOf: (delegation: T) => string = (delegation) => delegation.name,
): T[] {
  const q = foldForSearch(query);
  if (q === '') return [];
  const ranked: { delegation: T; label: string; rank: number }[] = [];
  for (const delegation of delegations) {
    const label = labelOf(delegation);
    const ranks = [rankOf(label, q), rankOf(delegation.name, q)].filter((rank) => rank >= 0);
    if (ranks.length > 0) ranked.push({ delegation, label, rank: Math.min(...ranks) });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map((entry) => entry.delegation);
}
