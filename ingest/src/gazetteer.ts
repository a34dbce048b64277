// The gazetteer: every curated canonical name and alias, resolved to its entity, with a
// longest-match scan over raw text. Built from compiled seed entities or straight from YAML files
// (the evaluation builds one per fold from the other articles' files).
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ArticleDataSchema } from '../../graph-seed/src/schema.ts';
import type { EntityLabel } from '../../graph-seed/src/vocabulary.ts';
import type { Candidate } from './model.ts';

export interface GazetteerEntry {
  name: string;
  type: EntityLabel;
  aliases: string[];
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  /** surface form (name or alias) → entry */
  byTerm: Map<string, GazetteerEntry>;
  /** first character → term lengths present, longest first */
  lengthsByFirst: Map<string, number[]>;
}

export function buildGazetteer(entries: Iterable<GazetteerEntry>): Gazetteer {
  const merged = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    const existing = merged.get(e.name);
    if (existing) existing.aliases = [...new Set([...existing.aliases, ...e.aliases])];
    else merged.set(e.name, { name: e.name, type: e.type, aliases: [...new Set(e.aliases)].filter((a) => a !== e.name) });
  }
  const byTerm = new Map<string, GazetteerEntry>();
  for (const e of merged.values()) for (const term of [e.name, ...e.aliases]) if (term.length >= 2 && !byTerm.has(term)) byTerm.set(term, e);
  const lengths = new Map<string, Set<number>>();
  for (const term of byTerm.keys()) {
    const set = lengths.get(term[0]) ?? new Set<number>();
    set.add(term.length);
    lengths.set(term[0], set);
  }
  const lengthsByFirst = new Map([...lengths].map(([c, s]) => [c, [...s].sort((a, b) => b - a)]));
  return { entries: [...merged.values()], byTerm, lengthsByFirst };
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
      const entry = gazetteer.byTerm.get(text.slice(i, i + len));
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
