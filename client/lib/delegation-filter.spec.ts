import { filterDelegations, foldForSearch } from './delegation-filter';

const names = ['Kenya', 'Kiribati', 'Turkmenistan', 'Türkiye', "Côte d'Ivoire", 'Democratic Republic of the Congo', 'Congo', 'Sri Lanka'].map(
  (name, id) => ({ id, name }),
);
const find = (query: string) => filterDelegations(names, query).map((d) => d.name);

describe('delegation filter', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('  Côte ')).toBe('cote');
  });

  it('finds by the first letters of the name', () => {
    expect(find('ke')).toEqual(['Kenya']);
  });

  it('lists names starting with the letters before names with a word starting with them', () => {
    expect(find('con')).toEqual(['Congo', 'Democratic Republic of the Congo']);
  });

  it('matches without accents', () => {
    expect(find('cote')).toEqual(["Côte d'Ivoire"]);
    expect(find('turk')).toEqual(['Türkiye', 'Turkmenistan']);
  });

  it('finds letters inside a word last', () => {
    expect(find('lank')).toEqual(['Sri Lanka']);
    expect(find('iba')).toEqual(['Kiribati']);
  });

  it('gives nothing for an empty query and respects the limit', () => {
    expect(find('  ')).toEqual([]);
    expect(filterDelegations(names, 'i', 2)).toHaveLength(2);
  });
});

describe('delegation filter in another language', () => {
  const localized = [
    { id: 1, name: 'Kenya', label: 'كينيا' },
    { id: 2, name: 'China', label: '中国' },
    { id: 3, name: 'Germany', label: 'Allemagne' },
  ];
  const findIn = (query: string) => filterDelegations(localized, query, 8, (d) => d.label).map((d) => d.name);

  it('finds a delegation by its name in the page’s language', () => {
    expect(findIn('كين')).toEqual(['Kenya']);
    expect(findIn('中')).toEqual(['China']);
    expect(findIn('allem')).toEqual(['Germany']);
  });

  it('still finds it by its English name', () => {
    expect(findIn('germ')).toEqual(['Germany']);
  });

  it('ignores Arabic short vowels', () => {
    expect(findIn('كِينيا')).toEqual(['Kenya']);
  });
});
