// Query-string parsing shared by the request schemas: comma lists of labels/types, bounded integers,
// ids. Query strings arrive as text; these turn them into typed values or a 400 naming what was wrong.
import { z } from 'zod';
import { ENTITY_LABELS, RELATION_TYPE_NAMES, type EntityLabel, type RelationTypeName } from './vocabulary.ts';

const commaList = <T extends string>(allowed: readonly T[], what: string) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      const items = (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
      const bad = items.filter((x) => !(allowed as readonly string[]).includes(x));
      if (bad.length) {
        ctx.addIssue({ code: 'custom', message: `unknown ${what} ${bad.map((b) => `"${b}"`).join(', ')}; expected one of ${allowed.join(', ')}` });
        return z.NEVER;
      }
      return items as T[];
    });

export const labelsParam = commaList<EntityLabel>(ENTITY_LABELS, 'label');
export const typesParam = commaList<RelationTypeName>(RELATION_TYPE_NAMES, 'relationship type');

export const boundedInt = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s === '') return fallback;
      if (!/^-?\d+$/.test(s)) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      const n = Number(s);
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}, got ${s}` });
        return z.NEVER;
      }
      return n;
    });

/** The same bound for a JSON body, where numbers arrive as numbers. */
export const boundedJsonInt = (min: number, max: number, fallback: number) => {
  const message = `expected a whole number from ${min} to ${max}`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message).default(fallback);
};

export const idParam = z.string().min(1, 'an id is required').max(200, 'an id has at most 200 characters');
