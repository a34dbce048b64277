// The view ⇄ URL query string. Short keys keep a 400-node view under ~7 KB; defaults are omitted so a
// link to the starting view is just the address. Pure functions: tested in url.test.ts.
import { uiLang, uiLangOf, type UiLang } from '../i18n/lang.ts';
import { EMPTY_VIEW, LANGS, LAYOUTS, type GroupView, type Lang, type LayoutName, type ViewState } from '../types.ts';

const list = (s: string | null) => (s ? s.split(',').filter(Boolean) : []);

/** Edges are not encoded: a restored view has every relationship among its nodes. */
export function encodeView(v: ViewState, defaultLayout: LayoutName = EMPTY_VIEW.layout, ui: UiLang = uiLang): string {
  const p = new URLSearchParams();
  // the interface language (i18n/lang.ts); node labels follow it unless chosen otherwise
  if (ui !== 'zh') p.set('lang', ui);
  if (v.nodes.length) p.set('n', v.nodes.join(','));
  const more = Object.entries(v.more).filter(([id, c]) => c > 0 && v.nodes.includes(id));
  if (more.length) p.set('more', more.map(([id, c]) => `${id}:${c}`).join(','));
  if (v.hiddenLabels.length) p.set('hl', v.hiddenLabels.join(','));
  if (v.hiddenTypes.length) p.set('ht', v.hiddenTypes.join(','));
  if (v.lang !== ui) p.set('labels', v.lang);
  if (v.layout !== defaultLayout) p.set('layout', v.layout);
  if (v.reportedBy !== null) p.set('y', String(v.reportedBy));
  if (v.article) p.set('a', v.article);
  if (v.selected) p.set('sel', v.selected);
  if (v.path.length) p.set('path', v.path.join(','));
  if (v.hideProposed) p.set('np', '1');
  const groups = Object.entries(v.groups).flatMap(([c, gs]) => (v.nodes.includes(c) ? gs.map((g) => `${c}:${g.type}.${g.direction}.${g.label}.${g.left}`) : []));
  if (groups.length) p.set('g', groups.join(','));
  const pinned = v.pinned.filter((id) => v.nodes.includes(id));
  if (pinned.length) p.set('pin', pinned.join(','));
  // commas are safe in a query string and keep the link readable
  return p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** "center:TYPE.out.Label.12" items; a malformed one is skipped. */
function decodeGroups(items: string[]): Record<string, GroupView[]> {
  const out: Record<string, GroupView[]> = {};
  for (const item of items) {
    const m = /^(.+):([A-Z_]+)\.(out|in)\.(\w+)\.(\d+)$/.exec(item);
    if (!m || Number(m[5]) <= 0) continue;
    (out[m[1]] ??= []).push({ type: m[2], direction: m[3] as 'out' | 'in', label: m[4], left: Number(m[5]) });
  }
  return out;
}

/** Unknown or malformed values fall back to the defaults rather than breaking the page. */
export function decodeView(search: string, defaultLayout: LayoutName = EMPTY_VIEW.layout): ViewState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const nodes = [...new Set(list(p.get('n')))];
  const more: Record<string, number> = {};
  for (const item of list(p.get('more'))) {
    const i = item.lastIndexOf(':');
    const count = Number(item.slice(i + 1));
    if (i > 0 && Number.isInteger(count) && count > 0) more[item.slice(0, i)] = count;
  }
  const ui = uiLangOf(p.toString());
  // before ?labels, ?lang=py meant pinyin labels; old links keep working
  const lang = (p.get('labels') ?? (p.get('lang') === 'py' ? 'py' : ui)) as Lang;
  const layout = p.get('layout') as LayoutName;
  const year = Number(p.get('y'));
  return {
    ...EMPTY_VIEW,
    nodes,
    more,
    hiddenLabels: list(p.get('hl')),
    hiddenTypes: list(p.get('ht')),
    lang: LANGS.includes(lang) ? lang : ui,
    layout: LAYOUTS.includes(layout) ? layout : defaultLayout,
    reportedBy: p.get('y') && Number.isInteger(year) && year > 1900 && year < 2100 ? year : null,
    article: p.get('a') || null,
    selected: p.get('sel') || null,
    path: list(p.get('path')),
    hideProposed: p.get('np') === '1',
    groups: decodeGroups(list(p.get('g'))),
    pinned: list(p.get('pin')),
  };
}
