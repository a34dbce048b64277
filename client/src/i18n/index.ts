// The interface's words: t(id, params) looks a message up in the dictionary of the interface language
// (zh.ts, en.ts; English has every id Chinese has, or it does not compile) and fills its {params};
// translateDocument() does the same for index.html's data-i18n attributes. Server errors are worded
// by code in errors.ts. No library: two languages, no plural rules beyond English's one/other.
import { en } from './en.ts';
import { switchUiLang, uiLang, type UiLang } from './lang.ts';
import { zh, type MessageId, type Messages, type Params } from './zh.ts';

export { errorText } from './errors.ts';
export { displayName, fullName, secondName, type Named } from './names.ts';
export { basisName, kindName, measureName, periodName, relationName, typeName, unitName } from './vocabulary.ts';
export { switchUiLang, uiLang, uiLangOf, withUiLang, UI_LANGS, type UiLang } from './lang.ts';
export type { MessageId, Params };

const DICTIONARIES: Record<UiLang, Messages> = { zh, en };

/** The message in `lang` (the interface language by default) with its {params} filled. */
export function t(id: MessageId, params: Params = {}, lang: UiLang = uiLang): string {
  const msg = DICTIONARIES[lang][id];
  const text = typeof msg === 'function' ? msg(params) : msg;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export { plural } from './plural.ts';

const ATTRIBUTES = ['title', 'placeholder', 'aria-label'] as const;

/**
 * Words the static page: an element's text from data-i18n, and its title, placeholder and aria-label
 * from data-i18n-title etc. The Chinese in index.html stays for the first paint and for crawlers.
 */
export function translateDocument(root: ParentNode = document, lang: UiLang = uiLang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageId, {}, lang);
  for (const attr of ATTRIBUTES)
    for (const el of root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`)) el.setAttribute(attr, t(el.getAttribute(`data-i18n-${attr}`) as MessageId, {}, lang));
}

/** The top bar's language button (#ui-lang) names the other language and switches to it. */
export function mountLanguageSwitch(button: HTMLElement | null = document.getElementById('ui-lang')): void {
  if (!button) return;
  const other: UiLang = uiLang === 'zh' ? 'en' : 'zh';
  button.setAttribute('lang', other === 'zh' ? 'zh-CN' : 'en');
  button.addEventListener('click', () => switchUiLang(other));
}
