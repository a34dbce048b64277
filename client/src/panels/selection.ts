// The summary of a multi-selection (box or shift selection of two or more entities): how many of each
// type, the facts among them by relation type, the articles they come from; and what to do with them —
// export them with the facts among them (the export menu's formats, POST /api/export), hide, pin, expand.
import { api, type ExportFormat } from '../api.ts';
import { fill, h, toast } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { relName, styleOf, typeOf } from '../theme.ts';
import type { ArticleSummary, GraphEdge, GraphNode } from '../types.ts';
import { download } from './export.ts';
import './explore-panels.css';

export interface SelectionModel {
  nodes: GraphNode[];
  /** the facts on the canvas with both ends in the selection */
  facts: GraphEdge[];
  articles: Map<string, ArticleSummary>;
  allPinned: boolean;
}

export interface SelectionActions {
  hide(ids: string[]): void;
  pin(ids: string[]): void;
  expand(ids: string[]): void;
  clear(): void;
}

const FORMATS: Array<[ExportFormat, string]> = [
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['graphml', 'GraphML'],
  ['gexf', 'GEXF'],
  ['cypher', 'Cypher'],
];
/** "Expand" expands this many of the selected entities at most: each brings up to a page of neighbours. */
export const EXPAND_AT_MOST = 8;

function counts<T>(items: T[], key: (x: T) => string[]): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const x of items) for (const k of key(x)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function createSelection(root: HTMLElement, act: SelectionActions) {
  root.hidden = true;
  let current: SelectionModel | null = null;

  async function exportAs(format: ExportFormat) {
    if (!current) return;
    try {
      const { blob, filename } = await api.export(format, { selection: { nodeIds: current.nodes.map((n) => n.id), edgeIds: current.facts.map((e) => e.id) } });
      download(blob, filename);
      toast(t('export.done', { filename }), 'info');
    } catch {
      /* the toast shows the server's message */
    }
  }

  return {
    /** Shows the summary for two or more entities, hides it otherwise. */
    render(m: SelectionModel | null) {
      current = m && m.nodes.length >= 2 ? m : null;
      root.hidden = !current;
      if (!current) return;
      const { nodes, facts, articles } = current;
      const ids = nodes.map((n) => n.id);
      const byType = counts(nodes, (n) => [typeOf(n.labels)]);
      const byRel = counts(facts, (e) => [e.type]);
      const byArticle = counts(nodes, (n) => [...new Set(((n.articles as string[] | undefined) ?? []).map((a) => a.replace(/\.txt$/, '')))]);
      fill(
        root,
        h('div.panel-head', {}, h('strong.selection-title', {}, t('selection.title', { n: nodes.length })), h('button.close', { 'aria-label': t('selection.clear'), title: t('selection.clear'), onclick: () => act.clear() }, '×')),
        h('h4', {}, t('selection.byType')),
        h(
          'ul.selection-types',
          {},
          ...byType.map(([label, n]) => {
            const s = styleOf([label]);
            return h('li', { 'data-type': label }, h('span.swatch', { style: `background:${s.color}` }), `${s.name} `, h('b', {}, String(n)));
          }),
        ),
        h('h4', {}, t('selection.facts', { n: facts.length })),
        facts.length ? h('ul.selection-facts', {}, ...byRel.map(([type, n]) => h('li', { 'data-rel': type }, `${relName(type)} `, h('b', {}, String(n))))) : h('p.muted', {}, t('selection.noFacts')),
        h('h4', {}, t('selection.articles')),
        byArticle.length
          ? h('ul.selection-articles', {}, ...byArticle.map(([id, n]) => h('li', { 'data-article': id, title: id }, `${articles.get(id)?.headline ?? id} `, h('b', {}, String(n)))))
          : h('p.muted', {}, t('selection.noArticles')),
        h(
          'div.selection-actions',
          {},
          h('button', { 'data-action': 'hide', onclick: () => act.hide(ids) }, t('selection.hide')),
          h('button', { 'data-action': 'pin', onclick: () => act.pin(ids) }, current.allPinned ? t('selection.unpin') : t('selection.pin')),
          h('button', { 'data-action': 'expand', title: t('selection.expandTitle', { n: EXPAND_AT_MOST }), onclick: () => act.expand(ids.slice(0, EXPAND_AT_MOST)) }, t('selection.expand')),
        ),
        h('h4', {}, t('selection.export')),
        h('div.selection-export', {}, ...FORMATS.map(([f, label]) => h('button', { 'data-format': f, onclick: () => void exportAs(f) }, label))),
      );
    },
    get ids() {
      return current?.nodes.map((n) => n.id) ?? [];
    },
  };
}
