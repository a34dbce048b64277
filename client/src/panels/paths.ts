// Paths: pick two entities (search or "路径起点/终点" in the details panel), see the shortest path
// between them added to the canvas and highlighted.
import { api } from '../api.ts';
import { h, toast, fill } from '../dom.ts';
import { attachSuggest } from './search.ts';
import type { PathsResult } from '../types.ts';
import { t } from '../i18n/index.ts';

export function createPaths(root: HTMLElement, on: { found(r: PathsResult): void; clear(): void }) {
  const ends: { from: { id: string; name: string } | null; to: { id: string; name: string } | null } = { from: null, to: null };
  const fromInput = h('input#path-from', { placeholder: t('paths.from'), type: 'search' });
  const toInput = h('input#path-to', { placeholder: t('paths.to'), type: 'search' });
  const all = h('input', { type: 'checkbox' });
  const result = h('p.path-result.muted');
  const go = h('button.primary#path-go', { onclick: () => void find() }, t('paths.find'));

  async function find() {
    if (!ends.from || !ends.to) return toast(t('paths.pickBoth'), 'info');
    let r: PathsResult;
    try {
      r = await api.paths(ends.from.id, ends.to.id, all.checked);
    } catch {
      return;
    }
    if (!r.paths.length) {
      result.textContent = t('paths.none', { from: ends.from.name, to: ends.to.name });
      return;
    }
    result.textContent = t('paths.found', { hops: r.hops ?? 0, n: r.paths.length });
    on.found(r);
  }

  const wrap = (input: HTMLInputElement) => h('div.suggest-wrap', {}, input);
  fill(root, 
    h('div.panel-head', {}, h('strong', {}, t('paths.title')), h('button.close', { 'aria-label': t('common.close'), onclick: () => close() }, '×')),
    wrap(fromInput),
    wrap(toInput),
    h('label.check', {}, all, t('paths.all')),
    h('div.actions', {}, go, h('button', { onclick: () => (on.clear(), (result.textContent = '')) }, t('paths.clear'))),
    result,
  );
  attachSuggest(fromInput, (r) => (ends.from = { id: r.id, name: r.name }));
  attachSuggest(toInput, (r) => (ends.to = { id: r.id, name: r.name }));

  function open() {
    root.hidden = false;
    (ends.from ? toInput : fromInput).focus();
  }
  function close() {
    root.hidden = true;
  }
  return {
    open,
    close,
    toggle: () => (root.hidden ? open() : close()),
    set(which: 'from' | 'to', id: string, name: string) {
      ends[which] = { id, name };
      (which === 'from' ? fromInput : toInput).value = name;
      open();
      if (ends.from && ends.to) void find();
    },
  };
}
