// The legend doubles as the type filter (click a type to hide/show it, double-click to show only it),
// and relationship types are filter chips. Counts are of what is on the canvas.
import { h, fill } from '../dom.ts';
import { REL_NAMES, relName, TYPE_STYLES } from '../theme.ts';
import { t } from '../i18n/index.ts';

export interface LegendModel {
  typeCounts: Map<string, number>;
  relCounts: Map<string, number>;
  hiddenLabels: string[];
  hiddenTypes: string[];
}

export function createLegend(root: HTMLElement, on: { labels(hidden: string[]): void; types(hidden: string[]): void }) {
  const toggle = (list: string[], x: string) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);
  let clickTimer = 0;

  return {
    render(m: LegendModel) {
      const labels = Object.keys(TYPE_STYLES);
      const types = Object.keys(REL_NAMES).filter((t) => t !== 'MENTIONED_IN');
      // a single click waits briefly so a double-click ("only this") does not toggle twice
      const click = (fn: () => void, only: () => void) => ({
        onclick: () => {
          clearTimeout(clickTimer);
          clickTimer = window.setTimeout(fn, 220);
        },
        ondblclick: () => {
          clearTimeout(clickTimer);
          only();
        },
      });
      fill(root, 
        h('h3', {}, t('legend.types'), h('small.muted', {}, t('legend.typesHint'))),
        h(
          'div.legend-types',
          {},
          ...labels.map((l) => {
            const s = TYPE_STYLES[l];
            const off = m.hiddenLabels.includes(l);
            const count = m.typeCounts.get(l) ?? 0;
            return h(
              'button.legend-item',
              {
                'data-label': l,
                'aria-pressed': String(!off),
                class: `${off ? 'off' : ''} ${count ? '' : 'absent'}`,
                title: t(off ? 'legend.hiddenTitle' : 'legend.shownTitle', { label: s.name }),
                ...click(
                  () => on.labels(toggle(m.hiddenLabels, l)),
                  () => on.labels(labels.filter((x) => x !== l)),
                ),
              },
              h('span.swatch', { style: `background:${s.color}`, class: `shape-${s.shape}` }),
              h('span', {}, s.name),
              h('small', {}, String(count)),
            );
          }),
        ),
        m.hiddenLabels.length ? h('button.link.reset', { onclick: () => on.labels([]) }, t('legend.showAllTypes')) : null,
        h('h3', {}, t('legend.relations')),
        h(
          'div.chips',
          {},
          ...types.map((t) => {
            const off = m.hiddenTypes.includes(t);
            const count = m.relCounts.get(t) ?? 0;
            return h(
              'button.chip',
              {
                'data-type': t,
                'aria-pressed': String(!off),
                class: `${off ? 'off' : ''} ${count ? '' : 'absent'}`,
                title: t,
                ...click(
                  () => on.types(toggle(m.hiddenTypes, t)),
                  () => on.types(types.filter((x) => x !== t)),
                ),
              },
              `${relName(t)} ${count}`,
            );
          }),
        ),
        m.hiddenTypes.length ? h('button.link.reset', { onclick: () => on.types([]) }, t('legend.showAllRelations')) : null,
      );
    },
  };
}
