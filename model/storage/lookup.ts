// Entities by a name they are printed under — their name or one of their aliases — through indexes only:
// the name's RANGE index and the full-text index over alias_text. Reviewing a draft asks this for a few
// dozen names; a scan of every entity per name cost seconds at a million entities.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { EntityLabel } from '../vocabulary.ts';
import { toPlain } from './values.ts';

export interface NamedEntity {
  /** the name asked for */
  term: string;
  id: string;
  name: string;
  type: EntityLabel;
  status: 'curated' | 'proposed';
  aliases: string[];
  pinyin: string;
  draft: string | null;
}

/** A phrase query of the full-text index for one alias: Lucene's quote and backslash escaped. */
const aliasPhrase = (term: string) => `alias_text:"${term.replace(/[\\"]/g, '\\$&')}"`;

/** Every entity named or aliased exactly `terms` (the full-text hit is checked against the aliases). */
export async function entitiesNamed(tx: ManagedTransaction, terms: Iterable<string>): Promise<NamedEntity[]> {
  const rows = [...new Set(terms)].filter((t) => t.length > 0).map((term) => ({ term, phrase: aliasPhrase(term) }));
  if (!rows.length) return [];
  const res = await tx.run(
    `UNWIND $rows AS row
     CALL (row) {
       MATCH (n:Entity {name: row.term}) RETURN n
       UNION
       CALL db.index.fulltext.queryNodes('entity_fulltext', row.phrase, {limit: 200}) YIELD node AS n
       WITH n WHERE row.term IN n.aliases RETURN n
     }
     RETURN row.term AS term, n.id AS id, n.name AS name, n.type AS type, n.status AS status,
            coalesce(n.aliases, []) AS aliases, n.pinyin AS pinyin, n.draft AS draft`,
    { rows },
  );
  return res.records.map((r) => toPlain(r.toObject()) as NamedEntity);
}

/** Phrases per full-text query of entitiesAliased, and hits read per query (the exact check drops the rest). */
const ALIAS_BATCH = 100;
const ALIAS_HITS = 5_000;

/**
 * Every entity with an alias exactly one of `terms`, through the full-text index only (no name lookup):
 * the extractor's gazetteer asks it for the substrings an article prints, so a curated entity the article
 * names only by an alias is found in a graph too big to read whole. Thousands of substrings: one query per
 * ALIAS_BATCH of them (their phrases OR'ed), as one query each cost seconds per article; a batch whose
 * phrases match more than ALIAS_HITS aliases reads only the best-scored ones.
 */
export async function entitiesAliased(tx: ManagedTransaction, terms: Iterable<string>): Promise<NamedEntity[]> {
  const all = [...new Set(terms)].filter((t) => t.length > 0);
  if (!all.length) return [];
  const rows: Array<{ terms: string[]; query: string }> = [];
  for (let i = 0; i < all.length; i += ALIAS_BATCH) {
    const batch = all.slice(i, i + ALIAS_BATCH);
    rows.push({ terms: batch, query: batch.map(aliasPhrase).join(' OR ') });
  }
  const res = await tx.run(
    `UNWIND $rows AS row
     CALL db.index.fulltext.queryNodes('entity_fulltext', row.query, {limit: $hits}) YIELD node AS n
     WITH n, [t IN row.terms WHERE t IN n.aliases] AS hit WHERE size(hit) > 0
     UNWIND hit AS term
     RETURN DISTINCT term, n.id AS id, n.name AS name, n.type AS type, n.status AS status,
            coalesce(n.aliases, []) AS aliases, n.pinyin AS pinyin, n.draft AS draft`,
    { rows, hits: neo4j.int(ALIAS_HITS) },
  );
  return res.records.map((r) => toPlain(r.toObject()) as NamedEntity);
}
