// Paths: pick two entities (search or "路径起点/终点" in the details panel), see the shortest path
// between them added to the canvas and highlighted.
import { api } from '../api.ts';
import { h, toast, fill } from '../dom.ts';
import { attachSuggest } from './search.ts';
import type { PathsResult } from '../types.ts';

export function createPaths(root: HTMLElement, on: { found(r: PathsResult): void; clear(): void }) {
  const ends: { from: { id: string; name: string } | null; to: { id: string; name: string } | null } = { from: null, to: null };
  const fromInput = h('input#path-from', { placeholder: '起点：搜索实体', type: 'search' });
  const toInput = h('input#path-to', { placeholder: '终点：搜索实体', type: 'search' });
  const all = h('input', { type: 'checkbox' });
  const result = h('p.path-result.muted');
  const go = h('button.primary#path-go', { onclick: () => void find() }, '查找最短路径');

  async function find() {
    if (!ends.from || !ends.to) return toast('请先选定起点和终点', 'info');
    let r: PathsResult;
    try {
      r = await api.paths(ends.from.id, ends.to.id, all.checked);
    } catch {
      return;
    }
    if (!r.paths.length) {
      result.textContent = `${ends.from.name} 与 ${ends.to.name} 之间 6 跳内没有路径。`;
      return;
    }
    result.textContent = `${r.hops} 跳 · 共 ${r.paths.length} 条最短路径`;
    on.found(r);
  }

  const wrap = (input: HTMLInputElement) => h('div.suggest-wrap', {}, input);
  fill(root, 
    h('div.panel-head', {}, h('strong', {}, '最短路径'), h('button.close', { 'aria-label': '关闭', onclick: () => close() }, '×')),
    wrap(fromInput),
    wrap(toInput),
    h('label.check', {}, all, ' 显示全部最短路径'),
    h('div.actions', {}, go, h('button', { onclick: () => (on.clear(), (result.textContent = '')) }, '清除高亮')),
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
