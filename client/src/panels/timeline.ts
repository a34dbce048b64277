// Time and source filters: a slider "as reported by 2020 … 2024" (the rightmost stop = every year)
// and the article filter. Both filter the canvas; the overview button honours them too.
import { h, fill } from '../dom.ts';
import type { ArticleSummary } from '../types.ts';
import { t } from '../i18n/index.ts';

export function createTimeline(root: HTMLElement, on: { year(y: number | null): void; article(id: string | null): void; proposed(hide: boolean): void }) {
  let years: number[] = [];
  const slider = h('input#year', { type: 'range', min: 0, max: 0, step: 1, value: 0, 'aria-label': t('timeline.year') });
  const out = h('output.year-label', {}, t('timeline.allYears'));
  const select = h('select#article', { 'aria-label': t('timeline.byArticle') }, h('option', { value: '' }, t('timeline.allArticles')));
  const labelOf = (i: number) => (i >= years.length ? t('timeline.allYears') : t('timeline.upTo', { year: years[i] }));
  slider.addEventListener('input', () => (out.textContent = labelOf(Number(slider.value))));
  slider.addEventListener('change', () => {
    const i = Number(slider.value);
    on.year(i >= years.length ? null : years[i]);
  });
  select.addEventListener('change', () => on.article(select.value || null));
  const hideProposed = h('input#hide-proposed', { type: 'checkbox' }) as HTMLInputElement;
  hideProposed.addEventListener('change', () => on.proposed(hideProposed.checked));
  const proposedRow = h('label.proposed-row', { title: t('timeline.proposedTitle') }, hideProposed, t('timeline.hideProposed'));
  fill(root, h('h3', {}, t('timeline.time')), h('div.year-row', {}, slider, out), h('div.ticks'), h('h3', {}, t('timeline.articles')), select, proposedRow);

  return {
    setArticles(list: ArticleSummary[]) {
      years = [...new Set(list.map((a) => a.year).filter((y): y is number => y !== null))].sort();
      slider.max = String(years.length);
      // past five years the full numbers run into each other in the sidebar: 2020 21 22 … 2025
      const short = (y: number, i: number) => years.length > 5 && i > 0 && i < years.length - 1;
      const tick = (y: number, i: number) => h('span', { title: String(y) }, short(y, i) ? String(y).slice(-2) : String(y));
      root.querySelector('.ticks')!.replaceChildren(...years.map(tick), h('span', {}, t('timeline.all')));
      select.replaceChildren(h('option', { value: '' }, t('timeline.allArticles')), ...list.map((a) => h('option', { value: a.id }, `${a.year} · ${a.headline.split(' / ')[0]}`)));
    },
    render(year: number | null, article: string | null, hide = false) {
      hideProposed.checked = hide;
      const i = year === null ? years.length : Math.max(0, years.indexOf(year));
      slider.value = String(i);
      out.textContent = labelOf(i);
      select.value = article ?? '';
    },
  };
}
