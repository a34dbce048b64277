// Pinyin keys for search: full syllables without tones ("zhongyanghuoliqu") and initials ("zyhlq").
import { pinyin } from 'pinyin-pro';

export function pinyinKeys(text: string): { full: string; initials: string } {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const clean = (parts: string[]) => parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  return { full: clean(syllables), initials: clean(initials) };
}

/**
 * The search properties every entity carries, curated or proposed, so /api/search can match with
 * plain list predicates instead of rebuilding lowercased lists for every node on every query.
 */
export function searchProps(name: string, aliases: string[], en?: string | null) {
  const keys = pinyinKeys(name);
  const aliasPinyin = aliases.flatMap((a) => Object.values(pinyinKeys(a)));
  const namesLc = [name, ...aliases].map((x) => x.toLowerCase());
  const pyKeys = [keys.full, keys.initials, ...aliasPinyin];
  const enLc = (en ?? '').toLowerCase();
  return {
    alias_text: aliases.join(' '),
    pinyin: keys.full,
    pinyin_initials: keys.initials,
    alias_pinyin: aliasPinyin,
    names_lc: namesLc,
    py_keys: pyKeys,
    en_lc: enLc,
    // every key in one string, one per line: a single CONTAINS on it rules out most entities before
    // the per-key ranking runs (a user's query never holds a line break that could span two keys)
    search_keys: `\n${[...namesLc, enLc, ...pyKeys].filter(Boolean).join('\n')}\n`,
  };
}
