// The explorer's settings: one interface, the defaults, and a validation that fails fast with a
// message a person can act on. Power users override them in localStorage "kg.settings" (JSON).
import { LAYOUTS, type LayoutName } from './types.ts';

export interface Settings {
  /** Neighbours one expansion (double-click, a group's "next") brings. */
  expandLimit: number;
  /** A node with more neighbours than this expands into groups (relation type × neighbour type) first. */
  groupAbove: number;
  /** "All" of a group asks for confirmation past this many nodes: more is a hairball. */
  warnAbove: number;
  /** The most one "all" brings at once. */
  moreLimit: number;
  /** Entities of the starting view (the most mentioned, with the links among them). */
  homeSize: number;
  /** Paths listed by the path panel (k shortest). */
  pathCount: number;
  /** From this many visible nodes, labels depend on the zoom (only the most mentioned at a distance). */
  labelBudgetAbove: number;
  /** The layout of a fresh view. */
  layout: LayoutName;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  expandLimit: 20,
  groupAbove: 30,
  warnAbove: 150,
  moreLimit: 1000,
  homeSize: 40,
  pathCount: 3,
  labelBudgetAbove: 300,
  layout: 'fcose',
});

const WHOLE: Array<[keyof Settings, number, number]> = [
  ['expandLimit', 1, 500],
  ['groupAbove', 1, 10_000],
  ['warnAbove', 1, 10_000],
  ['moreLimit', 1, 5000],
  ['homeSize', 1, 2000],
  ['pathCount', 1, 10],
  ['labelBudgetAbove', 1, 100_000],
];

/** Throws on the first bad value, naming it and what was expected (as sigma's validateSettings). */
export function validateSettings(s: Partial<Settings>): void {
  for (const [key, min, max] of WHOLE) {
    const v = s[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new Error(`Settings: invalid "${key}". Expecting a whole number from ${min} to ${max}.`);
  }
  if (s.layout !== undefined && !LAYOUTS.includes(s.layout)) throw new Error(`Settings: invalid "layout". Expecting one of ${LAYOUTS.join(', ')}.`);
  const known = new Set(Object.keys(DEFAULT_SETTINGS));
  for (const key of Object.keys(s)) if (!known.has(key)) throw new Error(`Settings: unknown "${key}". Expecting one of ${[...known].join(', ')}.`);
}

/** The defaults with the overrides laid over them, validated. */
export function resolveSettings(overrides: Partial<Settings> = {}): Settings {
  validateSettings(overrides);
  return { ...DEFAULT_SETTINGS, ...overrides };
}
