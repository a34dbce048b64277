// Query-string schemas shared by the operations: comma lists of labels/types, bounded integers.
import { z } from 'zod';
import { ENTITY_LABELS, RELATION_TYPE_NAMES } from '../../../graph-seed/src/vocabulary.ts';

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

export const labelsParam = commaList(ENTITY_LABELS, 'label');
export const typesParam = commaList(RELATION_TYPE_NAMES, 'relationship type');

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

export const idParam = z.string().min(1, 'an id is required').max(200, 'an id has at most 200 characters');
