// search: entities by Chinese name or alias, pinyin (full or initials) and English name.
// Ranked exact (100) > prefix (75) > contains (50) > fuzzy (CJK full-text, < 25).
import neo4j from 'neo4j-driver';
import { SearchQuerySchema, SearchResultsSchema, type SearchResult, type SearchResults } from '../../../model/index.ts';
import { toNumber } from '../../../model/storage/index.ts';
import { defineOperation } from './operation.ts';
import { luceneLiteral, normaliseQuery, pinyinQuery } from './text.ts';

/** Candidates read per tier at most: enough to rank a page, bounded for a one-character query at 1M entities. */
export const TIER_CAP = 200;

const LABELS = '($labels = [] OR any(l IN labels(n) WHERE l IN $labels))';
const FIELDS = `n {.id, .name, .aliases, .en, .description, .status, .pinyin, .pinyin_initials, .alias_pinyin, .names_lc, .en_lc, .py_keys, .mention_count, labels: [l IN labels(n) WHERE l <> 'Entity']}`;

// Candidates come from the TEXT (trigram) index on search_keys, every key of an entity on a line of its
// own (model/storage/search-keys.ts): "\nq\n" is an exact key, "\nq" a key's prefix, "q" a substring.
// A trigram index answers needles of 3+ characters from its trigrams and scans itself for shorter ones
// (200-400 ms at 100k entities), so a one-character query finds prefixes through the RANGE index on
// names, and substrings of fewer than 3 characters are left to the CJK full-text index (bigrams), ranked
// below every name match.
//
// The tiers run in order of score and stop once the page is full. Each reads at most TIER_CAP candidates
// and ranks them by what the page is sorted by after the score (shorter name, more mentions, id) on
// three properties, so only its best `limit` are projected: at 1M entities projecting every candidate's
// 14 fields was most of the 750-6,000 db hits (zc: 6,002 → 1,021). Each tier is a small statement of its
// own read: one statement holding them all took seconds to plan on a cold, loaded
// machine, and Neo4j plans a statement again for a parameter of another type or size. The score itself
// is computed here (directScore), the same rules for every tier.
const BEST = `WITH DISTINCT n ORDER BY size(n.name), coalesce(n.mention_count, 0) DESC, n.id LIMIT $limit RETURN ${FIELDS} AS n`;
const TIER = `MATCH (n:Entity) WHERE n.search_keys CONTAINS $k AND ${LABELS} WITH n LIMIT $cap ${BEST}`;
const NAME_PREFIX = `MATCH (n:Entity) WHERE n.name STARTS WITH $k AND ${LABELS} WITH n LIMIT $cap ${BEST}`;
// The full-text tier projects only the page's worth of its 50 hits, best Lucene score first: projecting
// all 50 was 700 of a rare prefix's 748 db hits at 1M (集市街, whose page the direct tiers leave short).
const FUZZY = `CALL db.index.fulltext.queryNodes('entity_fulltext', $lucene, {limit: 50}) YIELD node AS n, score
  WITH n, score WHERE ${LABELS} WITH n, score ORDER BY score DESC LIMIT $limit RETURN ${FIELDS} AS n, score`;

type Candidate = Hit & { id: string; names_lc?: string[]; en_lc?: string; py_keys?: string[]; mention_count?: unknown; [k: string]: unknown };

/** exact (100) > prefix (75) > contains (50), 0 for a candidate that matched none of its keys. */
export function directScore(n: Candidate, q: string, py: string): number {
  const names = n.names_lc ?? [];
  const en = n.en_lc ?? '';
  const keys = n.py_keys ?? [];
  if (names.includes(q) || en === q || (py !== '' && keys.includes(py))) return 100;
  if (names.some((x) => x.startsWith(q)) || (en !== '' && en.startsWith(q)) || (py.length >= 2 && keys.some((x) => x.startsWith(py)))) return 75;
  if (names.some((x) => x.includes(q)) || (q.length >= 3 && en.includes(q)) || (py.length >= 4 && keys.some((x) => x.includes(py)))) return 50;
  return 0;
}

/**
 * A full-text hit's score, below every direct match (50): in [25, 50) when its name, an alias or its
 * English name holds the query (a two-character infix the key tiers skip), in [0, 25) when only its
 * description does, so description matches always come after name matches.
 */
export function fuzzyScore(n: Candidate, q: string, py: string, lucene: number): number {
  const s = (25 * lucene) / (lucene + 1);
  return matchedBy(n, q, py).field === 'description' ? s : 25 + s;
}

/** The index needles of a normalised query: exact keys and key prefixes, as typed and as pinyin. */
export function needles(q: string, py: string) {
  const alt = py && py !== q ? py : q;
  return { exact: `\n${q}\n`, exactPy: `\n${alt}\n`, prefix: `\n${q}`, prefixPy: `\n${alt}` };
}

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
    const py = pinyinQuery(q);
    const n = needles(q, py);
    const labels = input.labels ?? [];
    const limit = neo4j.int(input.limit);
    const cap = neo4j.int(TIER_CAP);
    // Each tier is an auto-commit read of its own, not one read transaction: most pages are full after
    // the first tier, and a transaction cost that one statement a BEGIN and a COMMIT round trip (an
    // initials search at 1M: 7.5 ms in process against 5.3 ms for the statement alone). Neo4j reads
    // are read-committed, so the transaction gave the tiers no common snapshot anyway.
    const found = new Map<string, { p: Candidate; score: number }>();
    const take = (p: Candidate, score: number) => {
      const had = found.get(p.id);
      if (score > 0 && (!had || had.score < score)) found.set(p.id, { p, score });
    };
    const short = () => found.size < input.limit;
    const tier = async (cypher: string, k: string) => {
      for (const r of (await db.read<{ n: Candidate }>(cypher, { k, labels, cap, limit })).records) take(r.get('n'), directScore(r.get('n'), q, py));
    };
    // a tier's matches all score above the next tier's: a page full of them is final
    for (const k of new Set([n.exact, n.exactPy])) await tier(TIER, k);
    if (short() && q.length >= 2) for (const k of new Set([n.prefix, n.prefixPy])) await tier(TIER, k);
    else if (short()) await tier(NAME_PREFIX, q);
    if (short() && q.length >= 3) await tier(TIER, q);
    // fuzzy (full-text) matches only fill up a page the direct matches leave short
    const lucene = luceneLiteral(q);
    if (short() && lucene !== '')
      for (const r of (await db.read<{ n: Candidate; score: unknown }>(FUZZY, { lucene, labels, limit })).records) take(r.get('n'), fuzzyScore(r.get('n'), q, py, toNumber(r.get('score'))));
    const hits = [...found.values()];
    const mentions = (p: Candidate) => toNumber(p.mention_count ?? 0);
    hits.sort((a, b) => b.score - a.score || a.p.name.length - b.p.name.length || mentions(b.p) - mentions(a.p) || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0));
    return {
      results: hits.slice(0, input.limit).map(({ p, score }): SearchResult => ({
        id: String(p.id),
        name: String(p.name),
        labels: p.labels as string[],
        aliases: (p.aliases as string[]) ?? [],
        en: (p.en as string) ?? null,
        description: (p.description as string) ?? null,
        status: (p.status as SearchResult['status']) ?? null,
        score: Math.round(score * 100) / 100,
        matched: matchedBy(p, q, py),
      })),
    };
  },
});
