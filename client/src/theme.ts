// Colour and shape per entity type: the one palette shared by the canvas, the legend, the search
// suggestions and the details panel. Names of types, relationships, figure kinds and units come from
// the vocabulary (model/vocabulary.ts); a type without a style here does not compile.
// the vocabulary module itself, not the contract's index: the browser validates nothing, so zod stays out of its bundle
import { uiLang } from './i18n/lang.ts';
import { ENTITY_LABELS, FIGURE_KINDS, LABEL_NAMES, MENTION_NAMES, MENTION_TYPE, RELATION_TYPES, UNITS, type EntityLabel } from '../../model/vocabulary.ts';

export interface TypeStyle {
  color: string;
  shape: string;
  zh: string;
  /** the type's name in the interface language */
  name: string;
}

const LOOKS: Record<EntityLabel, Omit<TypeStyle, 'zh' | 'name'>> = {
  Area: { color: '#2563eb', shape: 'round-rectangle' },
  Project: { color: '#ea580c', shape: 'diamond' },
  Park: { color: '#16a34a', shape: 'hexagon' },
  Facility: { color: '#0891b2', shape: 'rectangle' },
  Enterprise: { color: '#9333ea', shape: 'ellipse' },
  Strategy: { color: '#dc2626', shape: 'star' },
  Industry: { color: '#ca8a04', shape: 'round-triangle' },
  Organization: { color: '#4f46e5', shape: 'round-pentagon' },
  Event: { color: '#db2777', shape: 'round-tag' },
  Honor: { color: '#d97706', shape: 'vee' },
  Person: { color: '#475569', shape: 'ellipse' },
};

export const TYPE_STYLES: Record<string, TypeStyle> = Object.fromEntries(ENTITY_LABELS.map((l) => [l, { ...LOOKS[l], zh: LABEL_NAMES[l].zh, name: LABEL_NAMES[l][uiLang] }]));

export const FALLBACK_STYLE: TypeStyle = { color: '#94a3b8', shape: 'ellipse', zh: '其他', name: uiLang === 'zh' ? '其他' : 'Other' };

export const typeOf = (labels: string[]): string => labels.find((l) => TYPE_STYLES[l]) ?? labels[0] ?? 'other';

export const styleOf = (labels: string[]): TypeStyle => TYPE_STYLES[typeOf(labels)] ?? FALLBACK_STYLE;

/** Relationship types as people read them, in the interface language; the type itself stays visible as a tooltip. */
export const REL_NAMES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(RELATION_TYPES).map(([t, r]) => [t, r[uiLang]])),
  [MENTION_TYPE]: MENTION_NAMES[uiLang],
};

export const relName = (type: string) => REL_NAMES[type] ?? type;

/** Units of figures in the interface language. */
export const UNIT_NAMES: Record<string, string> = Object.fromEntries(Object.entries(UNITS).map(([u, n]) => [u, n[uiLang]]));

/** Figure kinds in the interface language. */
export const FIGURE_KIND_NAMES: Record<string, string> = Object.fromEntries(Object.entries(FIGURE_KINDS).map(([k, n]) => [k, n[uiLang]]));
