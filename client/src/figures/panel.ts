// The figures of an entity in its details panel: where reports disagree first (both sentences side by
// side), then the figures grouped by kind — a small chart per kind over the years for the kinds an entity
// has one value of per year (GDP, revenue, …), every figure a button that opens its sentence — and a
// table of all figures with a CSV export. Loaded from GET /api/nodes/:id/figures when the panel opens.
import { SINGLE_VALUED_KINDS, type FigureKind } from '../../../model/vocabulary.ts';
import { api } from '../api.ts';
import { h } from '../dom.ts';
import type { Evidence, Figure, FigureGroup } from '../../../model/index.ts';
import './figures.css';
import { figureChart, type FigureChart } from './chart.ts';
import { download, figuresCsv } from './csv.ts';
import { basisName, kindName, measureName, periodName, t, unitName } from '../i18n/index.ts';
import { formatValue, KIND_ORDER, qualifiers, seriesKey, shownValue } from './text.ts';

export type OpenEvidence = (ev: Pick<Evidence, 'article' | 'start' | 'end'>) => void;

const CHART_WIDTH = 296;

/** One figure as a line: its value (a button to its sentence), qualifiers, year and note. */
export function figureLine(f: Figure, open: OpenEvidence, conflict = false): HTMLElement {
  const q = qualifiers(f);
  return h(
    'li.figure',
    { 'data-figure': f.id, class: conflict ? 'conflict' : '' },
    h(
      'div.figure-main',
      {},
      h('button.figure-value', { title: `${f.evidence.quote}`, onclick: () => open(f.evidence) }, shownValue(f)),
      // the other form: the value read in Chinese, or the printed Chinese under an English value
      shownValue(f) !== f.text ? h('span.muted', { lang: 'zh-CN' }, ` (${f.text})`) : f.value !== null && formatValue(f) !== f.text ? h('span.muted', {}, ` = ${formatValue(f)}`) : null,
      h('span.muted', {}, ` · ${f.year ?? t('figures.undated')}${q.length ? ` · ${q.join(' · ')}` : ''}`),
      f.unparsed ? h('span.badge', { title: f.unparsed }, t('figures.unread')) : null,
    ),
    f.note ? h('div.note', {}, f.note) : null,
  );
}

/** A group stated by several reports: how many, first and last reported, and — when they disagree — both sentences side by side. */
function groupSummary(g: FigureGroup, open: OpenEvidence): HTMLElement {
  const conflict = g.conflicting.length > 0;
  return h(
    'div.figure-group',
    { class: conflict ? 'conflict' : '' },
    h('div.group-line', {}, h('strong', {}, conflict ? `⚠ ${t('figures.conflict')}` : t('figures.agree')), ` · ${g.articles} ${t('figures.articles')} · ${t('figures.first')} ${g.first_reported ?? '?'} · ${t('figures.last')} ${g.last_reported ?? '?'}`),
    h(
      'div.side-by-side',
      {},
      ...g.figures.map((f) =>
        h('button.side', { onclick: () => open(f.evidence), title: f.evidence.article }, h('strong', {}, shownValue(f)), h('small', {}, ` ${f.evidence.year ?? ''}`), h('span.quote', {}, `“${f.evidence.quote}”`)),
      ),
    ),
  );
}

function tableView(entity: string, figures: Figure[], open: OpenEvidence): HTMLElement {
  const head = ['kind', 'measure', 'period', 'basis', 'year', 'value', 'text', 'note', 'reported'] as const;
  return h(
    'div.figure-table-wrap',
    {},
    h('button.csv', { onclick: () => download(`${entity}-figures.csv`, figuresCsv(entity, figures)) }, t('figures.csv')),
    h(
      'table.figure-table',
      {},
      h('thead', {}, h('tr', {}, ...head.map((k) => h('th', {}, t(`figures.${k}`))))),
      h(
        'tbody',
        {},
        ...figures.map((f) =>
          h(
            'tr',
            { 'data-figure': f.id },
            h('td', {}, kindName(f.kind)),
            h('td', {}, measureName(f.measure)),
            h('td', {}, periodName(f.period)),
            h('td', {}, basisName(f.basis)),
            h('td', {}, f.year === null ? '' : String(f.year)),
            h('td.num', {}, f.value === null ? '' : `${formatValue(f)}`),
            h('td', {}, h('button.link', { onclick: () => open(f.evidence), title: f.evidence.quote }, f.text)),
            h('td', {}, f.note ?? ''),
            h('td', {}, String(f.evidence.year ?? '')),
          ),
        ),
      ),
    ),
  );
}

/** The body of an entity's figures block (the panel gives it a heading); `destroy` frees its charts when the panel re-renders. */
export function figuresSection(entityId: string, entity: string, count: number, open: OpenEvidence): { el: HTMLElement; destroy(): void } {
  const charts: FigureChart[] = [];
  const body = h('div.figures-body', { 'aria-label': t('details.figures', { n: count }) }, h('p.muted', {}, '…'));
  void api
    .figures(entityId)
    .then((d) => {
      const conflicts = d.groups.filter((g) => g.conflicting.length);
      const several = d.groups.filter((g) => g.articles > 1 && !g.conflicting.length);
      const groupOf = new Map(d.groups.flatMap((g) => g.figures.map((f) => [f.id, g] as const)));
      const byKind = new Map<FigureKind, Figure[]>();
      for (const f of d.figures) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
      const chartsView = h(
        'div.figure-kinds',
        {},
        ...KIND_ORDER.filter((k) => byKind.has(k)).map((k) => {
          const fs = byKind.get(k)!;
          // a chart joins values of one thing over the years: only kinds an entity has one of per year
          const series = SINGLE_VALUED_KINDS.has(k) ? [...new Set(fs.map(seriesKey))] : [];
          const blocks = series.flatMap((key) => {
            const of = fs.filter((f) => seriesKey(f) === key);
            const chart = figureChart(of, CHART_WIDTH, (f) => open(f.evidence));
            if (!chart) return [];
            charts.push(chart);
            const unit = of[0].unit === 'percent' ? '%' : unitName(of[0].unit);
            return [h('div.figure-series', { 'data-series': key }, h('small.muted', {}, `${measureName(of[0].measure)}${unit ? ` (${unit})` : ''}`), chart.el)];
          });
          return h(
            'details.figure-kind',
            { 'data-kind': k, open: SINGLE_VALUED_KINDS.has(k) || byKind.size <= 2 },
            h('summary', {}, h('strong', {}, kindName(k)), h('small.muted', {}, ` ${fs.length}`)),
            ...blocks,
            h('ul.figures', {}, ...fs.map((f) => figureLine(f, open, (groupOf.get(f.id)?.conflicting.length ?? 0) > 0))),
          );
        }),
      );
      const table = tableView(entity, d.figures, open);
      table.hidden = true;
      const toggle = (showTable: boolean) => {
        table.hidden = !showTable;
        chartsView.hidden = showTable;
        chartBtn.setAttribute('aria-pressed', String(!showTable));
        tableBtn.setAttribute('aria-pressed', String(showTable));
      };
      const chartBtn = h('button', { 'aria-pressed': 'true', onclick: () => toggle(false) }, t('figures.chart'));
      const tableBtn = h('button', { 'aria-pressed': 'false', onclick: () => toggle(true) }, t('figures.table'));
      const parts: HTMLElement[] = [h('div.seg.figure-views', {}, chartBtn, tableBtn)];
      if (conflicts.length) parts.push(h('div.figure-conflicts', {}, ...conflicts.map((g) => h('div', {}, h('small.muted', {}, kindName(g.figures[0].kind)), groupSummary(g, open)))));
      if (several.length) parts.push(h('div.figure-agreeing', {}, ...several.map((g) => h('div', {}, h('small.muted', {}, kindName(g.figures[0].kind)), groupSummary(g, open)))));
      body.replaceChildren(...parts, chartsView, table);
    })
    .catch(() => body.replaceChildren(h('p.muted', {}, '—')));
  return { el: body, destroy: () => charts.splice(0).forEach((c) => c.destroy()) };
}
