// An entity's name as the interface language reads it. Every entity carries an English name (the
// contract's `en`); the English interface leads with it and keeps the printed Chinese as the second
// name, because the articles, quotes and aliases stay Chinese and a reader must match them up.
import { uiLang } from './lang.ts';

export interface Named {
  name: string;
  en?: string | null;
}

/** "Central Vitality Zone" in English, "中央活力区" in Chinese (and in English when there is no English name). */
export const displayName = (e: Named): string => (uiLang === 'en' && e.en ? e.en : e.name);

/** The other name worth showing beside displayName: the Chinese in English, null otherwise. */
export const secondName = (e: Named): string | null => (uiLang === 'en' && e.en && e.en !== e.name ? e.name : null);

/** One line for toasts and titles: "Central Vitality Zone (中央活力区)" in English, "中央活力区" in Chinese. */
export function fullName(e: Named): string {
  const second = secondName(e);
  return second ? `${displayName(e)} (${second})` : e.name;
}
