// search: entities by Chinese name or alias, pinyin (full or initials) and English name.
// Ranked exact (100) > prefix (75) > contains (50) > fuzzy (CJK full-text, < 25).
import neo4j from 'neo4j-driver';
import { SearchQuerySchema, SearchResultsSchema, type SearchResult, type SearchResults } from '../../../model/index.ts';
import { toNumber } from '../../../model/storage/index.ts';
import { defineOperation } from './operation.ts';
import { luceneLiteral, normaliseQuery, pinyinQuery } from './text.ts';

const CYPHER = `
CALL () {
  MATCH (n:Entity)
  // one CONTAINS on all keys first rules out most entities
  WHERE (n.search_keys CONTAINS $q OR ($py <> '' AND n.search_keys CONTAINS $py))
    AND ($labels = [] OR any(l IN labels(n) WHERE l IN $labels))
  // names_lc / py_keys / en_lc are written with every entity (model/storage/search-keys.ts)
  WITH n, n.names_lc AS names, n.en_lc AS en, n.py_keys AS py
  WITH n, CASE
      WHEN $q IN names OR en = $q OR ($py <> '' AND $py IN py) THEN 100
      WHEN any(x IN names WHERE x STARTS WITH $q) OR (en <> '' AND en STARTS WITH $q)
        OR (size($py) >= 2 AND any(x IN py WHERE x STARTS WITH $py)) THEN 75
      WHEN any(x IN names WHERE x CONTAINS $q) OR (size($q) >= 3 AND en CONTAINS $q)
        OR (size($py) >= 4 AND any(x IN py WHERE x CONTAINS $py)) THEN 50
      ELSE 0 END AS score
  WHERE score > 0
  RETURN collect({n: n, score: score}) AS direct
}
// fuzzy (full-text) matches only fill up a page the direct matches leave short
CALL (direct) {
  WITH direct WHERE size(direct) < $limit AND $lucene <> ''
  CALL db.index.fulltext.queryNodes('entity_fulltext', $lucene, {limit: 50}) YIELD node, score
  WITH node, score WHERE $labels = [] OR any(l IN labels(node) WHERE l IN $labels)
  RETURN collect({n: node, score: 25.0 * score / (score + 1.0)}) AS fuzzy
}
UNWIND direct + fuzzy AS hit
WITH hit.n AS n, hit.score AS score
WITH n, max(score) AS score
ORDER BY score DESC, size(n.name), coalesce(n.mention_count, 0) DESC, n.id
LIMIT $limit
// only what a suggestion shows: the driver's decoding of whole nodes costs more than the query
RETURN n {.id, .name, .aliases, .en, .description, .status, .pinyin, .pinyin_initials, .alias_pinyin, labels: [l IN labels(n) WHERE l <> 'Entity']} AS n, score`;

type Hit = { name: string; aliases?: string[]; en?: string; description?: string; pinyin?: string; pinyin_initials?: string; alias_pinyin?: string[] };

/** Why an entity matched the (normalised) query, in MATCH_FIELDS order; what only the full-text index found is its description. */
export function matchedBy(n: Hit, q: string, py: string): SearchResult['matched'] {
  const has = (x: string | undefined | null) => !!x && x.toLowerCase().includes(q);
  if (has(n.name)) return { field: 'name', text: n.name };
  const alias = (n.aliases ?? []).find(has);
  if (alias) return { field: 'alias', text: alias };
  if (py) {
    if ([n.pinyin, n.pinyin_initials].some((k) => k?.includes(py))) return { field: 'pinyin', text: n.pinyin ?? '' };
    const i = (n.alias_pinyin ?? []).findIndex((k) => k.includes(py));
    // alias_pinyin holds each alias's full pinyin, then its initials
    if (i >= 0) return { field: 'pinyin', text: `${n.alias_pinyin![i - (i % 2)]}（${(n.aliases ?? [])[Math.floor(i / 2)] ?? ''}）` };
  }
  if (has(n.en) || (n.en && q.length >= 3 && n.en.toLowerCase().includes(q))) return { field: 'en', text: n.en! };
  const d = n.description ?? '';
  const at = d.toLowerCase().indexOf(q);
  // the full-text index also matches single words of a longer query: show where the first one is
  const word = at >= 0 ? at : Math.max(0, ...q.split(/\s+/).map((w) => d.toLowerCase().indexOf(w)));
  return { field: 'description', text: `${word > 12 ? '…' : ''}${d.slice(Math.max(0, word - 12), word + 28)}${word + 28 < d.length ? '…' : ''}` };
}

export const search = defineOperation({
  summary: 'Search entities (Chinese, alias, pinyin, English)',
  query: SearchQuerySchema,
  output: SearchResultsSchema,
  async run({ db }, input): Promise<SearchResults> {
    const q = normaliseQuery(input.q);
    const res = await db.read<{ n: Record<string, unknown>; score: number }>(CYPHER, {
      q,
      py: pinyinQuery(q),
      lucene: luceneLiteral(q),
      labels: input.labels ?? [],
      limit: neo4j.int(input.limit),
    });
    return {
      results: res.records.map((r): SearchResult => {
        const p = r.get('n');
        return {
          id: String(p.id),
          name: String(p.name),
          labels: p.labels as string[],
          aliases: (p.aliases as string[]) ?? [],
          en: (p.en as string) ?? null,
          description: (p.description as string) ?? null,
          status: (p.status as SearchResult['status']) ?? null,
          score: Math.round(toNumber(r.get('score')) * 100) / 100,
          matched: matchedBy(p as unknown as Hit, q, pinyinQuery(q)),
        };
      }),
    };
  },
});
