// Request validation with zod: a failure becomes 400 {code: invalid_parameter, error, details} naming the bad field.
import type { z } from 'zod';
import { BadRequestError } from '../errors.ts';

export function validate<S extends z.ZodType>(schema: S, input: unknown, where: 'query' | 'path' | 'body'): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ where, field: i.path.join('.') || '(root)', message: i.message }));
  const first = details[0];
  throw new BadRequestError('invalid_parameter', `invalid ${where} parameter "${first.field}": ${first.message}`, details);
}
