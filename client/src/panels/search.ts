// Search box with suggestions as you type (Chinese, alias, pinyin, English). The same suggester
// serves the path picker. Keyboard: ↑/↓ to move, Enter to pick, Esc to close.
import { api } from '../api.ts';
import { h } from '../dom.ts';
import { styleOf } from '../theme.ts';
import type { MatchField, SearchResult } from '../types.ts';
import { displayName, secondName, t } from '../i18n/index.ts';

const DEBOUNCE_MS = 120;

const MATCH_NAMES: Record<MatchField, string> = { name: t('search.match.name'), alias: t('search.match.alias'), pinyin: t('search.match.pinyin'), en: t('search.match.en'), description: t('search.match.description') };
const MATCH_TITLES: Record<MatchField, string> = {
  name: t('search.why.name'),
  alias: t('search.why.alias'),
  pinyin: t('search.why.pinyin'),
  en: t('search.why.en'),
  description: t('search.why.description'),
};

export function attachSuggest(input: HTMLInputElement, onPick: (r: SearchResult) => void): void {
  const list = h('ul.suggestions', { role: 'listbox', hidden: true });
  input.after(list);
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('role', 'combobox');
  let results: SearchResult[] = [];
  let active = -1;
  let timer = 0;
  let asked = '';
  /** the request in flight: a newer keystroke aborts it, so its answer never lands and the server stops its work */
  let inFlight: AbortController | undefined;
  const cancel = () => {
    inFlight?.abort();
    inFlight = undefined;
  };

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const pick = (r: SearchResult) => {
    close();
    input.value = displayName(r);
    input.blur();
    onPick(r);
  };

  function show() {
    list.replaceChildren(
      ...results.map((r, i) => {
        const s = styleOf(r.labels);
        // why it is here: a name match needs no word; anything else says which field matched and how
        const why = r.matched.field === 'name' ? null : h(`small.why.why-${r.matched.field}`, { title: MATCH_TITLES[r.matched.field] }, t('search.why', { field: MATCH_NAMES[r.matched.field], text: r.matched.text }));
        // the other name (Chinese under an English name, English under a Chinese one) and a few aliases
        const second = secondName(r) ?? (r.en && r.en !== r.name ? r.en : null);
        const also = why ? second : [second, ...r.aliases].filter(Boolean).slice(0, 3).join(' · ');
        return h(
          'li.suggestion',
          { role: 'option', 'aria-selected': String(i === active), 'data-id': r.id, onmousedown: (e: Event) => (e.preventDefault(), pick(r)) },
          h('span.type-chip', { style: `background:${s.color}` }, s.name),
          h('span.name', {}, displayName(r)),
          r.status === 'proposed' ? h('span.badge.proposed', { title: t('badge.proposedTitle') }, t('badge.proposed')) : null,
          why,
          also ? h('small', {}, also) : null,
        );
      }),
    );
    if (!results.length) list.replaceChildren(h('li.empty', {}, t('search.none', { q: input.value.trim() })));
    list.hidden = false;
  }

  async function ask() {
    cancel();
    const q = input.value.trim();
    if (!q) return close();
    asked = q;
    const mine = (inFlight = new AbortController());
    try {
      const res = await api.search(q, undefined, mine.signal);
      if (mine.signal.aborted) return; // a newer keystroke won while the answer was being read
      results = res.results;
      active = results.length ? 0 : -1;
      show();
    } catch {
      if (!mine.signal.aborted) close();
    } finally {
      if (inFlight === mine) inFlight = undefined;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // the answer on its way is for a text no longer in the box: drop it now, not after the debounce
    cancel();
    timer = window.setTimeout(ask, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => input.value.trim() && results.length && show());
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!results.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      show();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      if (results[active] && asked === input.value.trim()) pick(results[active]);
      else void ask().then(() => results[0] && pick(results[0]));
    } else if (e.key === 'Escape') {
      close();
      input.blur();
    }
  });
}
