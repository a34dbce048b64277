// The interface language: chosen once, kept in the URL as ?lang=en (Chinese, the default, is no
// parameter), read once at start. Switching reloads the page with the new parameter: every panel is
// built in one language, and the view itself is in the URL, so nothing is lost.
export const UI_LANGS = ['zh', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The interface language a query string asks for; `lang=py` (pinyin labels) keeps the Chinese interface. */
export function uiLangOf(search: string): UiLang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh';
}

export const uiLang: UiLang = typeof location === 'undefined' ? 'zh' : uiLangOf(location.search);

/** The current address with the interface language set (and the rest of the view kept). */
export function withUiLang(href: string, lang: UiLang): string {
  const url = new URL(href);
  if (lang === 'zh') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  return url.toString();
}

export function switchUiLang(lang: UiLang): void {
  if (lang !== uiLang) location.assign(withUiLang(location.href, lang));
}
