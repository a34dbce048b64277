// The compiled seed graph: what the loader writes. Everything derivable (offsets, pinyin, years,
// ids, normalised amounts) is computed by compile.ts, never written by hand.
import type { Evidence as ContractEvidence, EntityLabel, RelationTypeName } from '../../model/index.ts';
import type { FigureToStore } from '../../model/storage/index.ts';

/** Curated evidence always knows its article's year. */
export type Evidence = ContractEvidence & { year: number };

/** A compiled figure: the contract's Figure with an exact (possibly bigint) value. */
export type Figure = FigureToStore;

export interface SeedArticle {
  id: string; // file stem, e.g. 000_3b9feea827c40a6b
  file: string;
  headline: string;
  byline: string;
  reporters: string[];
  year: number;
  newspaper: string;
  text: string;
}

export interface SeedEntity {
  id: string;
  name: string;
  label: EntityLabel;
  aliases: string[];
  en?: string;
  description?: string;
  figures: Figure[];
  evidence: Evidence[];
  /** article file → occurrence spans of the name or an alias */
  mentions: Map<string, Array<{ start: number; end: number }>>;
}

export interface SeedRelation {
  id: string;
  type: RelationTypeName;
  source: string; // entity id
  target: string; // entity id
  amountText?: string;
  amountYuan?: bigint | number;
  role?: string;
  year?: number;
  evidence: Evidence[];
}

export interface SeedGraph {
  articles: SeedArticle[];
  entities: SeedEntity[];
  relations: SeedRelation[];
}

export class SeedDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`the curated data has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'SeedDataError';
  }
}
