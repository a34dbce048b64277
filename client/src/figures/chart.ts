// A small uPlot chart of one series of figures (one kind, measure and unit) over the years they refer
// to: a line per period and basis (全年, 上半年, 目标, …), and a second line where another report gives
// the same year again, so disagreeing reports stand side by side. Clicking a point opens its sentence.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Figure } from '../../../model/index.ts';
import { basisName, periodName, t, unitName } from '../i18n/index.ts';
import { axisScale, shownValue } from './text.ts';

const COLORS = ['#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2'];
/** How near (CSS px) a click must land to a point to open it. */
const HIT_RADIUS = 12;

/** Values on the axis in 亿/万 (Chinese) or billion/million (English) of the unit when the numbers are that large. */
function scaleOf(figures: Figure[]): { div: number; label: string } {
  const max = Math.max(...figures.map((f) => Math.abs(f.value ?? 0)));
  const unit = figures[0].unit === 'count' ? '' : unitName(figures[0].unit);
  if (figures[0].unit === 'percent') return { div: 1, label: '%' };
  return axisScale(max, unit);
}

/** Splits the figures into lines: one per period and basis, a further one wherever a year repeats. */
export function seriesOf(figures: Figure[]): Array<{ label: string; byYear: Map<number, Figure> }> {
  const lines: Array<{ key: string; label: string; byYear: Map<number, Figure> }> = [];
  for (const f of figures) {
    if (f.year === null || f.value === null) continue;
    const key = `${f.period}|${f.basis}`;
    let line = lines.find((l) => l.key === key && !l.byYear.has(f.year!));
    if (!line) {
      const repeat = lines.filter((l) => l.key === key).length;
      const label = [periodName(f.period), basisName(f.basis)].join(' · ') + (repeat ? ` (${t('figures.report', { n: repeat + 1 })})` : '');
      line = { key, label, byYear: new Map() };
      lines.push(line);
    }
    line.byYear.set(f.year, f);
  }
  return lines;
}

export interface FigureChart {
  el: HTMLElement;
  destroy(): void;
}

export function figureChart(figures: Figure[], width: number, onPoint: (f: Figure) => void): FigureChart | null {
  const lines = seriesOf(figures);
  if (!lines.length) return null;
  const years = [...new Set(lines.flatMap((l) => [...l.byYear.keys()]))].sort((a, b) => a - b);
  const { div, label } = scaleOf(figures.filter((f) => f.value !== null));
  const data: uPlot.AlignedData = [years, ...lines.map((l) => years.map((y) => (l.byYear.has(y) ? l.byYear.get(y)!.value! / div : null)))];
  const el = document.createElement('div');
  el.className = 'figure-chart';
  el.title = t('figures.pointHint');
  // a button on each point, inside the plotting area: keyboard users tab to it, tests click it; placed
  // in uPlot's draw hook, when its scales are set (they are committed after construction)
  const buttons: Array<[HTMLButtonElement, number, Figure]> = [];
  for (const l of lines)
    for (const [year, f] of l.byYear) {
      const b = document.createElement('button');
      b.className = 'figure-point';
      b.title = `${year} · ${shownValue(f)}`;
      b.setAttribute('aria-label', `${year} ${shownValue(f)}`);
      b.dataset.figure = f.id;
      b.addEventListener('click', (e) => {
        e.stopPropagation();
        onPoint(f);
      });
      buttons.push([b, year, f]);
    }
  const place = (u: uPlot) => {
    for (const [b, year, f] of buttons) {
      b.style.left = `${u.valToPos(year, 'x')}px`;
      b.style.top = `${u.valToPos(f.value! / div, 'y')}px`;
    }
  };
  const plot = new uPlot(
    {
      hooks: { draw: [place] },
      width,
      height: 150,
      legend: { show: lines.length > 1, live: false },
      cursor: { drag: { x: false, y: false }, points: { size: 9 } },
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] } },
      axes: [
        { size: 28, incrs: [1], values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')), font: '11px sans-serif' },
        { size: 46, label, labelSize: 14, labelFont: '11px sans-serif', font: '11px sans-serif' },
      ],
      series: [{}, ...lines.map((l, i) => ({ label: l.label, stroke: COLORS[i % COLORS.length], width: 1.5, spanGaps: true, points: { show: true, size: 7, fill: COLORS[i % COLORS.length] } }))],
    },
    data,
    el,
  );
  // the nearest drawn point to the click, within HIT_RADIUS
  plot.over.addEventListener('click', () => {
    const { left, top } = plot.cursor;
    if (left === undefined || top === undefined || left < 0) return;
    let best: { d: number; f: Figure } | null = null;
    lines.forEach((l) => {
      for (const [year, f] of l.byYear) {
        const dx = plot.valToPos(year, 'x') - left;
        const dy = plot.valToPos(f.value! / div, 'y') - top;
        const d = Math.hypot(dx, dy);
        if (d <= HIT_RADIUS && (!best || d < best.d)) best = { d, f };
      }
    });
    if (best) onPoint((best as { f: Figure }).f);
  });
  for (const [b] of buttons) plot.over.append(b);
  return { el, destroy: () => plot.destroy() };
}
