// The gazetteer: every curated canonical name and alias, resolved to its entity, with a
// longest-match scan over raw text. Built from compiled seed entities or straight from YAML files
// (the evaluation builds one per fold from the other articles' files). Beside the curated names it holds
// the reference gazetteer of the locality (ingest/reference/jinan.yaml): real public names matched the
// same way, kept apart so that an entity is `known` only when the curated graph has it.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ArticleDataSchema } from '../../graph-seed/src/schema.ts';
import { ENTITY_LABELS, type EntityLabel } from '../../model/index.ts';
import type { Candidate } from './model.ts';

export interface GazetteerEntry {
  name: string;
  type: EntityLabel;
  aliases: string[];
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  /** name ending (2–4 characters) → how often curated names with that ending have each type */
  endings: Map<string, Map<EntityLabel, number>>;
  /** surface form (name or alias) → curated entry */
  byTerm: Map<string, GazetteerEntry>;
  /**
   * surface form → reference entry, for forms the curated names do not hold: matched like byTerm and in
   * jieba's user dictionary, but not curated (a draft proposes them as new). A reference alias of a curated
   * name resolves to the curated entry.
   */
  reference: Map<string, GazetteerEntry>;
  /** first character → term lengths present (curated and reference), longest first */
  lengthsByFirst: Map<string, number[]>;
}

/**
 * The gazetteer of curated entries plus the reference names (by default the locality's, see
 * referenceEntries; pass [] for the curated names alone).
 */
export function buildGazetteer(entries: Iterable<GazetteerEntry>, referenceNames: Iterable<GazetteerEntry> = referenceEntries()): Gazetteer {
  const merged = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    const existing = merged.get(e.name);
    if (existing) existing.aliases = [...new Set([...existing.aliases, ...e.aliases])];
    else merged.set(e.name, { name: e.name, type: e.type, aliases: [...new Set(e.aliases)].filter((a) => a !== e.name) });
  }
  const byTerm = new Map<string, GazetteerEntry>();
  for (const e of merged.values()) for (const term of [e.name, ...e.aliases]) if (term.length >= 2 && !byTerm.has(term)) byTerm.set(term, e);
  const reference = new Map<string, GazetteerEntry>();
  for (const r of referenceNames) {
    // the curated entity printed as this name is the one meant: its name and type win, the reference adds forms
    const entry = byTerm.get(r.name) ?? r;
    for (const term of [r.name, ...r.aliases]) if (term.length >= 2 && !byTerm.has(term) && !reference.has(term)) reference.set(term, entry);
  }
  const lengths = new Map<string, Set<number>>();
  for (const term of [...byTerm.keys(), ...reference.keys()]) {
    const set = lengths.get(term[0]) ?? new Set<number>();
    set.add(term.length);
    lengths.set(term[0], set);
  }
  const lengthsByFirst = new Map([...lengths].map(([c, s]) => [c, [...s].sort((a, b) => b - a)]));
  const endings = new Map<string, Map<EntityLabel, number>>();
  for (const e of merged.values())
    for (let n = 2; n <= 4 && n < e.name.length; n++) {
      const counts = endings.get(e.name.slice(-n)) ?? new Map<EntityLabel, number>();
      counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      endings.set(e.name.slice(-n), counts);
    }
  return { entries: [...merged.values()], byTerm, reference, lengthsByFirst, endings };
}

/** The reference gazetteer files: real public names of 济南 and 市中区, Shandong's divisions and national bodies and groups, as data (their headers). */
export const REFERENCE_FILES = ['jinan.yaml', 'shandong.yaml', 'national.yaml'].map((f) => new URL(`../reference/${f}`, import.meta.url).pathname);

const ReferenceFileSchema = z.strictObject({
  entries: z.array(
    z.strictObject({
      name: z.string().trim().min(2),
      type: z.enum(ENTITY_LABELS),
      aliases: z.array(z.string().trim().min(2)).default([]),
      /** where it is, for a reviewer; the extractor does not read it */
      district: z.string().optional(),
    }),
  ),
});
export type ReferenceEntry = z.infer<typeof ReferenceFileSchema>['entries'][number];

/** The reference file's entries, validated; a bad entry stops the load naming the file and the entry. */
export function readReference(files: string | string[] = REFERENCE_FILES): ReferenceEntry[] {
  return [files].flat().flatMap(readReferenceFile);
}

function readReferenceFile(file: string): ReferenceEntry[] {
  const raw = parseYaml(readFileSync(file, 'utf8'));
  const parsed = ReferenceFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [, index, ...field] = issue.path;
    const name = typeof index === 'number' ? (raw?.entries?.[index]?.name ?? '?') : undefined;
    throw new Error(`${file}: ${name === undefined ? issue.path.join('.') || 'the file' : `entry ${Number(index) + 1} (${name}) ${field.join('.')}`}: ${issue.message}`);
  }
  return parsed.data.entries;
}

let referenceOn = true;
let cachedReference: GazetteerEntry[] | undefined;
/** The entries buildGazetteer adds by default: the reference file's, read once, or none once turned off. */
export function referenceEntries(): GazetteerEntry[] {
  if (!referenceOn) return [];
  cachedReference ??= readReference().map(({ name, type, aliases }) => ({ name, type, aliases }));
  return cachedReference;
}
/** Score with the curated names alone (`npm run eval:extract -- --without-reference`). */
export function useReference(on: boolean): void {
  referenceOn = on;
}

/**
 * The type curated names with the same ending agree on (…育才工程 → Strategy), learnt from the
 * gazetteer itself: the longest ending seen at least `min` times with a clear majority.
 */
export function typeByEnding(gazetteer: Gazetteer, name: string, min = 3, share = 0.75): EntityLabel | undefined {
  for (let n = Math.min(4, name.length - 1); n >= 2; n--) {
    const counts = gazetteer.endings.get(name.slice(-n));
    if (!counts) continue;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const [type, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (total >= min && count / total >= share) return type;
  }
  return undefined;
}

/** Gazetteer entries of curated YAML files (graph-seed/data/*.yaml); no offsets are needed for this. */
export function entriesFromYaml(files: string[]): GazetteerEntry[] {
  return files.flatMap((file) => {
    const data = ArticleDataSchema.parse(parseYaml(readFileSync(file, 'utf8')));
    return data.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases ?? [] }));
  });
}

/** Longest match at each position, left to right, never overlapping. */
export function matchGazetteer(text: string, gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; ) {
    const lengths = gazetteer.lengthsByFirst.get(text[i]);
    let hit: Candidate | undefined;
    for (const len of lengths ?? []) {
      if (i + len > text.length) continue;
      const term = text.slice(i, i + len);
      const entry = gazetteer.byTerm.get(term) ?? gazetteer.reference.get(term);
      if (entry) {
        hit = { start: i, end: i + len, name: entry.name, type: entry.type, rule: 'gazetteer' };
        break;
      }
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}
