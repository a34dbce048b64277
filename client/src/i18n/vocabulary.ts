// The vocabulary's words (model/vocabulary.ts: entity types, relations, figure kinds, units…) in the
// interface language; a key the vocabulary does not know reads as itself.
import { FIGURE_BASES, FIGURE_KINDS, FIGURE_MEASURES, FIGURE_PERIODS, LABEL_NAMES, RELATION_TYPES, UNITS, type Names } from '../../../model/vocabulary.ts';
import { uiLang } from './lang.ts';

const named = (table: Record<string, Names>, key: string) => table[key]?.[uiLang] ?? key;

export const typeName = (label: string) => named(LABEL_NAMES, label);
export const relationName = (type: string) => named(RELATION_TYPES, type);
export const kindName = (k: string) => named(FIGURE_KINDS, k);
export const periodName = (p: string) => named(FIGURE_PERIODS, p);
export const measureName = (m: string) => named(FIGURE_MEASURES, m);
export const basisName = (b: string) => named(FIGURE_BASES, b);
export const unitName = (u: string | null) => (u ? named(UNITS, u) : '');
