// The district dashboard: the headline figures of one area (GDP, fiscal revenue, investment, retail
// sales, market entities, new enterprises) as a table of kinds by year over the canvas, every number a
// button that opens its sentence in the reader beside it. A target, an estimate, a half year or a growth
// rate says so under its number, so no one reads a plan as a result.
import type { Dashboard } from '../../../model/index.ts';
import { api } from '../api.ts';
import { h } from '../dom.ts';
import type { OpenEvidence } from './panel.ts';
import { displayName, kindName, t } from '../i18n/index.ts';
import { qualifiers, shownValue } from './text.ts';

export interface DashboardPage {
  open(entity?: string): Promise<void>;
  close(): void;
  readonly isOpen: boolean;
}

export function createDashboard(open: (ev: Parameters<OpenEvidence>[0], entity: string) => void): DashboardPage {
  const root = h('section#figure-dashboard', { role: 'dialog', 'aria-label': t('figures.dashboard'), hidden: true });
  document.body.append(root);
  const close = () => (root.hidden = true);

  function render(d: Dashboard) {
    const cell = (kind: string, year: number) => {
      const fs = d.rows.find((r) => r.kind === kind)!.figures.filter((f) => f.year === year);
      return h(
        'td',
        {},
        ...fs.map((f) =>
          h(
            'button.dash-figure',
            { 'data-figure': f.id, title: `“${f.evidence.quote}” — ${f.evidence.article}`, class: f.basis !== 'actual' ? 'planned' : '', onclick: () => open(f.evidence, d.entity.id) },
            h('strong', {}, shownValue(f)),
            qualifiers(f).length ? h('small', {}, qualifiers(f).join(' · ')) : null,
          ),
        ),
        fs.length ? null : h('span.muted', {}, t('figures.none')),
      );
    };
    root.replaceChildren(
      h('div.dash-head', {}, h('h2', {}, `${displayName(d.entity)} · ${t('figures.dashboard')}`), h('button.close', { 'aria-label': t('figures.close'), title: `${t('figures.close')} (Esc)`, onclick: close }, '×')),
      h('p.muted', {}, t('figures.dashboardHint')),
      h(
        'table.dash-table',
        {},
        h('thead', {}, h('tr', {}, h('th', {}, ''), ...d.years.map((y) => h('th', {}, String(y))))),
        h('tbody', {}, ...d.rows.map((r) => h('tr', { 'data-kind': r.kind }, h('th', {}, kindName(r.kind)), ...d.years.map((y) => cell(r.kind, y))))),
      ),
    );
  }

  return {
    async open(entity?: string) {
      root.hidden = false;
      root.replaceChildren(h('p.muted', {}, '…'));
      try {
        render(await api.figureDashboard(entity));
      } catch {
        close();
      }
    },
    close,
    get isOpen() {
      return !root.hidden;
    },
  };
}
