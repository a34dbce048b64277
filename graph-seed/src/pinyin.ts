// Pinyin keys for search: full syllables without tones ("zhongyanghuoliqu") and initials ("zyhlq").
import { pinyin } from 'pinyin-pro';

export function pinyinKeys(text: string): { full: string; initials: string } {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const clean = (parts: string[]) => parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  return { full: clean(syllables), initials: clean(initials) };
}
