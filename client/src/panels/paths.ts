// Paths: pick two entities (search, the details panel or the right-click menu) and see the k shortest
// paths between them, each a list of steps (relation, direction, evidence count); a step opens its fact
// and evidence, a path is highlighted on the canvas. Hubs and relation types can be avoided.
import { api } from '../api.ts';
import { h, toast, fill } from '../dom.ts';
import { relName } from '../theme.ts';
import { RELATION_TYPE_NAMES } from '../../../model/vocabulary.ts';
import { attachSuggest } from './search.ts';
import type { GraphEdge, PathsResult } from '../types.ts';
import { displayName, t } from '../i18n/index.ts';

/** "Avoid hubs" leaves out entities with more neighbours than this (市中区 has ~320). */
const HUB_DEGREE = 50;

export function createPaths(root: HTMLElement, on: { found(r: PathsResult, index: number): Promise<void>; step(edgeId: string): void; clear(): void; name(id: string): string }) {
  const ends: { from: { id: string; name: string } | null; to: { id: string; name: string } | null } = { from: null, to: null };
  const fromInput = h('input#path-from', { placeholder: t('paths.from'), type: 'search' });
  const toInput = h('input#path-to', { placeholder: t('paths.to'), type: 'search' });
  const all = h('input', { type: 'checkbox' });
  const hubs = h('input#path-avoid-hubs', { type: 'checkbox' });
  const count = h('select#path-k', { 'aria-label': t('paths.k') }, ...[1, 3, 5].map((k) => h('option', { value: k, selected: k === 3 }, t('paths.atMost', { k }))));
  // the facts' types only: a path never runs through an article, and the server refuses MENTIONED_IN here (400)
  const typeBoxes = RELATION_TYPE_NAMES.map((t) => h('input', { type: 'checkbox', value: t, 'data-type': t }));
  const result = h('p.path-result.muted');
  const list = h('div.path-list');
  const go = h('button.primary#path-go', { onclick: () => void find() }, t('paths.find'));

  async function find() {
    if (!ends.from || !ends.to) return toast(t('paths.pickBoth'), 'info');
    let r: PathsResult;
    try {
      r = await api.paths(ends.from.id, ends.to.id, {
        all: all.checked,
        k: Number(count.value),
        maxDegree: hubs.checked ? HUB_DEGREE : 0,
        excludeTypes: typeBoxes.filter((b) => b.checked).map((b) => b.value),
      });
    } catch {
      return;
    }
    list.replaceChildren();
    if (!r.paths.length) {
      result.textContent = t('paths.none', { from: ends.from.name, to: ends.to.name });
      return;
    }
    result.textContent = t('paths.found', { n: r.paths.length, hops: r.hops ?? 0 });
    renderList(r);
    void on.found(r, 0);
  }

  /** Each path: its hops, then its steps "A —支撑→ B · 3 条证据"; a step opens its fact. */
  function renderList(r: PathsResult) {
    const edges = new Map<string, GraphEdge>(r.edges.map((e) => [e.id, e]));
    const names = new Map(r.nodes.map((n) => [n.id, displayName(n)]));
    const nameOf = (id: string) => names.get(id) ?? on.name(id);
    fill(
      list,
      ...r.paths.map((nodes, i) =>
        h(
          'section.path-item',
          { 'data-path': i },
          h('button.link.path-show', { onclick: () => void on.found(r, i), title: t('paths.highlight') }, t('paths.item', { i: i + 1, hops: nodes.length - 1 })),
          h(
            'ol.path-steps',
            {},
            ...(r.steps[i] ?? []).map((edgeId, j) => {
              const e = edges.get(edgeId);
              const forward = e?.source === nodes[j];
              const rel = e ? relName(e.type) : '?';
              return h(
                'li.path-step',
                {},
                h(
                  'button.link',
                  { onclick: () => void on.found(r, i).then(() => on.step(edgeId)), title: t('paths.stepTitle', { type: e?.type ?? '' }), 'data-edge': edgeId },
                  `${nameOf(nodes[j])} ${forward ? `—${rel}→` : `←${rel}—`} ${nameOf(nodes[j + 1])}`,
                ),
                e ? h('small.muted', {}, ` ${t('details.evidenceCount', { n: e.evidence_count })}`) : null,
              );
            }),
          ),
        ),
      ),
    );
  }

  const wrap = (input: HTMLInputElement) => h('div.suggest-wrap', {}, input);
  fill(
    root,
    h('div.panel-head', {}, h('strong', {}, t('paths.title')), h('button.close', { 'aria-label': t('common.close'), onclick: () => close() }, '×')),
    wrap(fromInput),
    wrap(toInput),
    h('div.path-options', {}, count, h('label.check', {}, all, t('paths.all')), h('label.check', { title: t('paths.hubsTitle', { n: HUB_DEGREE }) }, hubs, t('paths.hubs'))),
    h('details.path-types', {}, h('summary', {}, t('paths.excludeTypes')), h('div.type-boxes', {}, ...typeBoxes.map((b) => h('label.check', {}, b, ` ${relName(b.value)}`)))),
    h('div.actions', {}, go, h('button', { onclick: () => (on.clear(), (result.textContent = ''), list.replaceChildren()) }, t('paths.clear'))),
    result,
    list,
  );
  attachSuggest(fromInput, (r) => (ends.from = { id: r.id, name: displayName(r) }));
  attachSuggest(toInput, (r) => (ends.to = { id: r.id, name: displayName(r) }));

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
