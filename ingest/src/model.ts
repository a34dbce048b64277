// The extractor's shapes: candidates found by the rules, the mentions they become, the proposed
// entities and relations of one article. Offsets are JS string indices into the decoded text.
import type { EntityLabel, FigureKind, RelationTypeName } from '../../model/index.ts';

export interface Span {
  start: number;
  end: number;
}

/** Which rule proposed a candidate; kept in the draft so a reviewer knows why it is there. */
export type Rule = 'gazetteer' | 'lexicon' | 'suffix' | 'list' | 'list-suffix' | 'quoted' | 'pattern';

export interface Candidate extends Span {
  /** canonical name: the gazetteer's, or a name built by the rules */
  name: string;
  type: EntityLabel;
  rule: Rule;
}

export interface Mention extends Span {
  name: string;
  type: EntityLabel;
}

export interface ExtractedEntity {
  name: string;
  type: EntityLabel;
  aliases: string[];
  /** true when the gazetteer (curated data) already knows this canonical name */
  known: boolean;
  rules: Rule[];
  mentions: Span[];
}

export interface ExtractedRelation {
  source: string;
  target: string;
  type: RelationTypeName;
  rule: string;
  /** the clause that states it */
  evidence: Span;
  amount?: string;
}

/** A figure the text states of one entity with no other entity to carry it (项目总投资5.5亿元). */
export interface ExtractedFigure {
  entity: string;
  kind: FigureKind;
  /** exactly as printed, e.g. 5.5亿元 */
  amount: string;
  rule: string;
  evidence: Span;
}

export interface Extraction {
  text: string;
  entities: ExtractedEntity[];
  mentions: Mention[];
  relations: ExtractedRelation[];
  figures: ExtractedFigure[];
}
