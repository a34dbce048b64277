// Which stored properties are ours alone. Derived search fields and the canvas cache are never shown in
// details, console rows, the schema or exports; everything else a node or fact stores is public.
import { CANVAS_PROPERTY } from './canvas.ts';

/** Derived on every write (search-keys.ts, canvas.ts); a user never sees them. */
export const INTERNAL_PROPERTIES: ReadonlySet<string> = new Set([
  'alias_text',
  'alias_pinyin',
  'names_lc',
  'py_keys',
  'en_lc',
  'search_keys',
  CANVAS_PROPERTY,
]);

export const isPublicProperty = (key: string) => !INTERNAL_PROPERTIES.has(key);

/** A property map without the internal keys (values untouched). */
export function publicProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!INTERNAL_PROPERTIES.has(k)) out[k] = v;
  return out;
}
