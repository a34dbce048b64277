// drafts: propose entities and facts from a new article (POST /api/drafts), list the drafts, show one.
// Creating runs the same decode → extract → load path as `npm run ingest -- --load`: the text is
// decoded and checked (ingest/src/decode.ts), extracted in the worker pool (../extract-pool/) with a
// gazetteer of everything curated in the database now (reviewed items included), and loaded in one
// write transaction (ingest/src/load.ts).
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import {
  DraftCreateRequestSchema,
  DraftListSchema,
  DraftParamsSchema,
  DraftViewSchema,
  MAX_ARTICLE_BYTES,
  type DraftCreateRequest,
  type DraftView,
} from '../../../model/index.ts';
import { readAllDrafts, readDraft } from '../../../model/storage/drafts.ts';
import { entitiesAliased } from '../../../model/storage/lookup.ts';
import { toPlain } from '../../../model/storage/index.ts';
import { decodeArticle, IngestInputError } from '../../../ingest/src/decode.ts';
import type { GazetteerEntry } from '../../../ingest/src/gazetteer.ts';
import { DraftLoadError, loadDraftInTx, validateDraft } from '../../../ingest/src/load.ts';
import { HttpError, NotFoundError } from '../errors.ts';
import { DEFAULT_EXTRACT_TIMEOUT_MS, extractPool } from '../extract-pool/pool.ts';
import type { Db } from '../store/db.ts';
import { draftView, summaryOf } from './drafts-view.ts';
import { defineOperation } from './operation.ts';

/** The write transaction of a draft or a review (extraction has its own timeout, DEFAULT_EXTRACT_TIMEOUT_MS). */
export const DRAFT_WRITE_TIMEOUT_MS = 30_000;

/** A write transaction with the drafts' timeout (reads go through Db; the API has no other writes). */
export async function writeTx<T>(db: Pick<Db, 'driver' | 'database'>, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, { timeout: DRAFT_WRITE_TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

// ---- the extractor's input: what the database holds as curated -----------------------------------------
/** Up to this many curated entities the extractor gets every one of them, as the seed's evaluation does. */
export const GAZETTEER_WHOLE = 5_000;
/** Longest name or alias looked up in a big graph by the article's own substrings. */
const LONGEST_TERM = 24;
/** Longest alias looked up so (aliases are short forms); each length adds a full-text query per position of the text. */
const LONGEST_ALIAS = 8;

const ENTRY = `n.name AS name, n.type AS type, coalesce(n.aliases, []) AS aliases`;

/** Every substring of 2 to LONGEST_TERM characters of `text`, once: the names a big graph is asked for. */
export function substrings(text: string): string[] {
  const stop = /[\s，。、；：！？,.;:!?]/u; // no name runs over a space or a stop
  const grams = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    if (stop.test(text[i])) continue;
    for (let n = 2; n <= LONGEST_TERM && i + n <= text.length && !stop.test(text[i + n - 1]); n++) grams.add(text.slice(i, i + n));
  }
  return [...grams];
}

/**
 * The curated names and aliases the extractor matches, and a hash of them (the worker keeps its extractor
 * while it holds). A graph of up to GAZETTEER_WHOLE entities gives all of them. A bigger one must not be
 * read into memory per draft (a million entities made the server 1.8 GB): it gives the GAZETTEER_WHOLE
 * most-mentioned (the type-by-ending statistics learn from these) plus every entity whose name is printed in
 * `text`, looked up through the name index, or by an alias it prints (up to LONGEST_ALIAS characters) through
 * the full-text index.
 */
export async function gazetteerEntries(driver: Driver, database?: string, text = '', whole = GAZETTEER_WHOLE): Promise<{ key: string; entries: GazetteerEntry[]; partial: boolean }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let partial = false;
  try {
    const entries = await session.executeRead(async (tx) => {
      const total = neo4j.integer.toNumber((await tx.run('MATCH (n:Entity) RETURN count(n) AS total')).records[0].get('total'));
      const plain = (rs: Array<{ toObject(): object }>) => rs.map((r) => toPlain(r.toObject()) as GazetteerEntry);
      partial = total > whole;
      if (!partial) return plain((await tx.run(`MATCH (n:Entity {status: 'curated'}) RETURN ${ENTRY} ORDER BY n.id`)).records);
      const top = await tx.run(
        `MATCH (n:Entity) WHERE n.mention_count >= 0 WITH n ORDER BY n.mention_count DESC, n.id LIMIT $k
         WITH n WHERE n.status = 'curated' RETURN ${ENTRY}`,
        { k: neo4j.int(whole) },
      );
      const grams = substrings(text);
      const printed = await tx.run(
        `UNWIND $grams AS g MATCH (n:Entity {name: g}) WHERE n.status = 'curated' RETURN DISTINCT ${ENTRY} ORDER BY name`,
        { grams },
      );
      // names printed only as an alias (鲁信 for 济南鲁信集团): one phrase query of the full-text index per substring
      const aliased = (await entitiesAliased(tx, grams.filter((g) => g.length <= LONGEST_ALIAS)))
        .filter((n) => n.status === 'curated')
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      // an entity found by an alias that the top or its name brought already comes once
      const seen = new Set([...top.records, ...printed.records].map((r) => `${r.get('name')}|${r.get('type')}`));
      const extra = aliased.filter((n) => !seen.has(`${n.name}|${n.type}`) && seen.add(`${n.name}|${n.type}`));
      return [...plain([...top.records, ...printed.records]), ...extra.map(({ name, type, aliases }) => ({ name, type, aliases }))];
    });
    return { key: createHash('sha1').update(JSON.stringify(entries)).digest('hex'), entries, partial };
  } finally {
    await session.close();
  }
}

// ---- creating a draft -----------------------------------------------------------------------------------
export interface ArticleInput {
  bytes: Buffer;
  /** how the article is named in messages (an uploaded file's name, or "the text") */
  name: string;
  title?: string;
  /** YYYY-MM-DD, when known */
  date?: string;
  year?: number;
  /** the article's file name; by default one derived from its text, so the same text is the same draft */
  file?: string;
}

/** The article file name of a text: 900_ and the start of its SHA-1 (the curated files' pattern). */
export const draftFileOf = (text: string) => `900_${createHash('sha1').update(text).digest('hex').slice(0, 16)}.txt`;

const firstLine = (text: string) => text.split('\n').map((l) => l.trim()).find(Boolean)?.slice(0, 80);

/** Decode, extract and load one article: the draft as the view shows it, and whether it existed before. */
export async function proposeDraft(db: Pick<Db, 'driver' | 'database'>, input: ArticleInput, now = new Date()): Promise<{ view: DraftView; existed: boolean }> {
  if (input.bytes.length > MAX_ARTICLE_BYTES)
    throw new HttpError(
      413,
      'article_too_large',
      `${input.name} is ${(input.bytes.length / 1e6).toFixed(1)} MB; an article may be at most ${MAX_ARTICLE_BYTES / 1e6} MB (${MAX_ARTICLE_BYTES.toLocaleString('en')} bytes) — split it, or check that this is the article`,
      { bytes: input.bytes.length, limit: MAX_ARTICLE_BYTES },
    );
  let decoded;
  try {
    decoded = decodeArticle(input.bytes, input.name);
  } catch (err) {
    if (err instanceof IngestInputError) throw new HttpError(422, 'article_unreadable', err.message);
    throw err;
  }
  const { key, entries, partial } = await gazetteerEntries(db.driver, db.database, decoded.text);
  const year = input.year ?? (input.date ? Number(input.date.slice(0, 4)) : undefined);
  // in a worker thread: the event loop keeps serving other requests meanwhile
  const draft = await extractPool().extract({
    key,
    entries,
    partial,
    text: decoded.text,
    year,
    article: {
      file: input.file ?? draftFileOf(decoded.text),
      title: input.title ?? firstLine(decoded.text),
      year,
      encoding: decoded.encoding,
      convertedFromTraditional: decoded.convertedFromTraditional,
      length: decoded.text.length,
    },
  });
  validateDraft(draft);
  try {
    return await writeTx(db, async (tx) => {
      const existed = (await tx.run('MATCH (d:Draft {id: $id}) RETURN d.id', { id: draft.article.file.replace(/\.txt$/, '') })).records.length > 0;
      const loaded = await loadDraftInTx(tx, draft, decoded.text, now.toISOString(), undefined, input.date);
      return { view: await draftView(tx, loaded.record), existed };
    });
  } catch (err) {
    if (err instanceof DraftLoadError) throw new HttpError(err.conflict ? 409 : 500, err.conflict ? 'draft_conflict' : 'internal', err.message);
    throw err;
  }
}

/** The request's article as bytes: pasted text as UTF-8, an upload as sent (decoded on the server). */
function articleBytes(input: DraftCreateRequest): { bytes: Buffer; name: string } {
  if (input.file) {
    if (!/^[A-Za-z0-9+/=\s]+$/.test(input.file.base64))
      throw new HttpError(400, 'invalid_parameter', `file.base64 of ${input.file.name} is not base64; send the file's bytes base64-encoded`);
    return { bytes: Buffer.from(input.file.base64, 'base64'), name: input.file.name };
  }
  return { bytes: Buffer.from(input.text ?? '', 'utf8'), name: 'the text' };
}

export const createDraft = defineOperation({
  summary: 'Propose entities and facts from a new article (a draft to review)',
  body: DraftCreateRequestSchema,
  output: DraftViewSchema,
  // the call's deadline covers the extraction (its own timeout) and then the write
  timeoutMs: DEFAULT_EXTRACT_TIMEOUT_MS + DRAFT_WRITE_TIMEOUT_MS,
  errors: {
    409: 'the article was curated or reviewed with another text',
    413: 'the article is over 1 MB',
    422: 'the article is empty, binary, not Chinese, or does not decode',
    503: 'extraction_busy: the extraction queue is full (Retry-After); extraction_timeout: the extraction ran past its timeout and was stopped',
  },
  respond: (res, out: { view: DraftView; existed: boolean }) => void res.status(out.existed ? 200 : 201).json(out.view),
  run: async ({ db }, input) => proposeDraft(db, { ...articleBytes(input), title: input.title, date: input.date, year: input.year }),
});

export const listDrafts = defineOperation({
  summary: 'Drafts, newest first, with their counts by decision',
  output: DraftListSchema,
  run: async ({ db }) => {
    const drafts = await db.readTx((tx) => readAllDrafts(tx));
    return { drafts: drafts.map(summaryOf).sort((a, b) => b.createdAt.localeCompare(a.createdAt)) };
  },
});

export const getDraft = defineOperation({
  summary: 'One draft: its article, proposed entities (matches, merge candidates) and facts',
  params: DraftParamsSchema,
  output: DraftViewSchema,
  errors: { 404: 'no draft with this id' },
  run: ({ db }, { id }) =>
    db.readTx(async (tx) => {
      const record = await readDraft(tx, id);
      if (!record) throw new NotFoundError('draft_not_found', `no draft with id "${id}"; GET /api/drafts lists them`, { id });
      return draftView(tx, record);
    }),
});
