// One result frame: the query that ran, its summary, and its result as graph, table or JSON (or its
// error, worded by code in the interface language). Adding the result to the exploration canvas is
// an explicit button; nothing here touches the canvas by itself.
import type { Core } from 'cytoscape';
import { h, fill } from '../dom.ts';
import { errorText, t, uiLang } from '../i18n/index.ts';
import { drawFrameGraph } from './frame-graph.ts';
import type { Frame } from './frames.ts';

type Tab = 'graph' | 'table' | 'json';

export interface FrameActions {
  add(frame: Frame, replace: boolean): void;
  focus(id: string): void;
  rerun(frame: Frame): void;
  remove(frame: Frame): void;
}

export interface FrameView {
  el: HTMLElement;
  destroy(): void;
}

const time = (at: number) => new Date(at).toLocaleTimeString(uiLang === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Neo4j lists every token it expected; the first few say what is wrong, the whole list is a tooltip. */
const shorten = (message: string) => message.replace(/(expected [^,]+(?:, [^,]+){0,3}),.*$/s, '$1 …');

export function renderFrame(frame: Frame, act: FrameActions, opts: { collapsed?: boolean } = {}): FrameView {
  const r = frame.result;
  let tab: Tab = r && r.graph.nodes.length ? 'graph' : 'table';
  let cy: Core | null = null;
  let collapsed = !!opts.collapsed;

  const body = h('div.frame-body');
  const tabs = h('div.tabs', { role: 'tablist' });
  const view = h('div.results');
  const collapseButton = h('button.icon.collapse', { onclick: () => toggle(), title: t('console.collapse'), 'aria-label': t('console.collapse') }, '▾');
  const el = h(
    'article.frame',
    { 'data-frame': String(frame.id), 'data-state': frame.error ? 'error' : r ? 'result' : 'evicted' },
    h(
      'header.frame-head',
      {},
      h('code.frame-query', { title: frame.query }, frame.query.replace(/\s+/g, ' ')),
      h('span.frame-time.muted', {}, time(frame.at)),
      h('button.icon.rerun', { onclick: () => act.rerun(frame), title: t('console.rerunTitle'), 'aria-label': t('console.rerun') }, '↻'),
      collapseButton,
      h('button.icon.remove', { onclick: () => act.remove(frame), title: t('console.removeFrame'), 'aria-label': t('console.removeFrame') }, '×'),
    ),
    body,
  );

  function stopGraph() {
    cy?.destroy();
    cy = null;
  }

  function renderBody() {
    stopGraph();
    body.hidden = collapsed;
    collapseButton.textContent = collapsed ? '▸' : '▾';
    collapseButton.title = t(collapsed ? 'console.expand' : 'console.collapse');
    if (collapsed) return;
    if (frame.error) return fill(body, errorBox(frame));
    if (!r) return fill(body, h('p.muted', {}, t('console.framesEmpty')));
    const summary = t('console.summary', { rows: r.rows.length, nodes: r.graph.nodes.length, edges: r.graph.edges.length, ms: r.summary.resultAvailableAfterMs }) + (r.summary.truncated ? t('console.truncated') : '');
    tabs.replaceChildren(
      ...(['graph', 'table', 'json'] as Tab[]).map((name) =>
        h('button.tab', { role: 'tab', 'data-tab': name, 'aria-selected': String(tab === name), onclick: () => ((tab = name), renderBody()) }, t(`console.tab.${name}`)),
      ),
    );
    const canAdd = r.graph.nodes.length > 0;
    fill(
      body,
      h(
        'div.frame-bar',
        {},
        tabs,
        h('span.summary.muted', {}, summary),
        canAdd ? h('button.add', { onclick: () => act.add(frame, false), title: t('console.addTitle') }, t('console.addToCanvas')) : null,
        canAdd ? h('button.replace', { onclick: () => act.add(frame, true), title: t('console.replaceTitle') }, t('console.replaceCanvas')) : null,
      ),
      view,
    );
    if (tab === 'graph') {
      if (!canAdd) return fill(view, h('p.muted', {}, t('console.noGraph')));
      const box = h('div.frame-graph');
      fill(view, box, h('p.hint.muted', {}, t('console.graphHint')));
      // drawn once the box is in the page, so Cytoscape measures a real size
      requestAnimationFrame(() => {
        if (box.isConnected && tab === 'graph' && !collapsed) cy = drawFrameGraph(box, r.graph);
      });
    } else if (tab === 'table') {
      if (!r.rows.length) return fill(view, h('p.muted', {}, t('console.noRows')));
      fill(
        view,
        h(
          'table.result-table',
          {},
          h('thead', {}, h('tr', {}, ...r.columns.map((c) => h('th', {}, c)))),
          h('tbody', {}, ...r.rows.map((row) => h('tr', {}, ...r.columns.map((c) => h('td', {}, cell(row[c], act)))))),
        ),
      );
    } else {
      fill(view, h('p.hint.muted', {}, t('console.jsonNote')), h('pre.json', {}, JSON.stringify(r.rows, null, 2).slice(0, 200_000)));
    }
  }

  function toggle() {
    collapsed = !collapsed;
    renderBody();
  }

  renderBody();
  return { el, destroy: stopGraph };
}

function errorBox(frame: Frame): HTMLElement {
  const e = frame.error!;
  const text = e.code ? errorText(uiLang, { code: e.code, error: e.message, details: e.details }) : e.message;
  return h(
    'div.console-error',
    { role: 'alert' },
    h('strong', {}, t('console.error')),
    // a syntax error's wording names the position already
    e.at && e.code !== 'cypher_syntax' ? h('span.pos', {}, t('console.errorAt', { line: e.at.line, column: e.at.column })) : null,
    h('div', { title: e.message }, shorten(text)),
  );
}

function cell(v: unknown, act: FrameActions): Node | string {
  if (v === null || v === undefined) return h('span.null', {}, 'null');
  const kind = typeof v === 'object' && !Array.isArray(v) ? (v as { kind?: string }).kind : undefined;
  if (kind === 'node') {
    const n = v as { id: string; labels: string[]; properties: Record<string, unknown> };
    const name = uiLang === 'en' && n.properties.en ? n.properties.en : (n.properties.name ?? n.properties.headline ?? n.id);
    return h('button.node-ref', { onclick: () => act.focus(n.id), title: n.labels.join(':') }, String(name));
  }
  if (kind === 'relationship') return h('code', {}, `[:${(v as { type: string }).type}]`);
  if (kind === 'path') return h('code', {}, t('console.hops', { n: (v as { relationships: unknown[] }).relationships.length }));
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) return v.join(uiLang === 'zh' ? '、' : ', ');
  if (typeof v === 'object') return h('code', {}, JSON.stringify(v).slice(0, 300));
  return String(v);
}
