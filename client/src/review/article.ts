// The draft's article with every proposed mention highlighted in its type's colour and every proposed
// figure's amount boxed in its kind's colour: dashed while proposed, solid once accepted, struck through
// when rejected. Nested spans (a curated name inside a longer one) are drawn as segments coloured by the
// innermost span, so every span stays clickable.
import type { DraftEntityItem, DraftFigureItem } from '../../../model/index.ts';
import type { FigureKind } from '../../../model/vocabulary.ts';
import { h } from '../dom.ts';
import { TYPE_STYLES } from '../theme.ts';
import { formatValue } from '../figures/text.ts';
import { kindName, t, typeName, type MessageId } from '../i18n/index.ts';

/** Kinds drawn alike: twenty colours would not be told apart, four families are (what the amount counts). */
export const FIGURE_GROUPS = ['money', 'area', 'count', 'other'] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];
const GROUP_OF: Partial<Record<FigureKind, FigureGroup>> = {
  floor_area: 'area',
  land_area: 'area',
  count: 'count',
  market_entities: 'count',
  new_enterprises: 'count',
  other: 'other',
};
export const figureGroup = (kind: FigureKind): FigureGroup => GROUP_OF[kind] ?? 'money';
/** Colours apart from the entity types' (theme.ts), each readable as a tint behind black text. */
export const FIGURE_COLORS: Record<FigureGroup, string> = { money: '#d97706', area: '#0d9488', count: '#9333ea', other: '#64748b' };

interface Span {
  start: number;
  end: number;
  /** a rejected span never hides a live one around it (济南文旅发展集团 stays whole when 文旅 is rejected) */
  rejected: boolean;
  mark: () => HTMLElement;
}

/** Cut the text at every span boundary; each piece knows the spans covering it. */
function segments(text: string, spans: Span[]): Array<{ start: number; end: number; covering: Span[] }> {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Array<{ start: number; end: number; covering: Span[] }> = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    out.push({ start, end, covering: spans.filter((s) => s.start <= start && s.end >= end) });
  }
  return out;
}

const status = (s: string) => t(`review.${s}` as MessageId);

export function renderArticle(text: string, entities: DraftEntityItem[], figures: DraftFigureItem[], pick: (id: string) => void): HTMLElement {
  const entitySpans: Span[] = entities.flatMap((item) =>
    item.mentions.map((m) => ({
      ...m,
      rejected: item.status === 'rejected',
      mark: () =>
        h('mark.mention', {
          class: `status-${item.status}`,
          'data-item': item.id,
          'data-start': String(m.start),
          title: `${item.name} · ${typeName(item.type)} · ${status(item.status)}`,
          style: `--type-color: ${TYPE_STYLES[item.type]?.color ?? '#94a3b8'}`,
          onclick: () => pick(item.id),
        }),
    })),
  );
  const owner = new Map(entities.map((e) => [e.id, e.name]));
  const figureSpans: Span[] = figures.map((f) => {
    const group = figureGroup(f.kind);
    return {
      ...f.span,
      rejected: f.status === 'rejected',
      mark: () =>
        h('mark.mention.figure', {
          class: `status-${f.status} figure-${group}`,
          'data-item': f.id,
          'data-kind': f.kind,
          'data-start': String(f.span.start),
          title: `${owner.get(f.entity) ?? ''} · ${kindName(f.kind)} · ${formatValue({ ...f, value_max: null, text: f.amount })} · ${status(f.status)}`,
          style: `--type-color: ${FIGURE_COLORS[group]}`,
          onclick: () => pick(f.id),
        }),
    };
  });
  const body = h('div.review-article-text', { lang: 'zh' });
  for (const seg of segments(text, [...entitySpans, ...figureSpans])) {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.covering.length) {
      body.append(piece);
      continue;
    }
    const live = seg.covering.filter((c) => !c.rejected);
    const inner = (live.length ? live : seg.covering).reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    const mark = inner.mark();
    mark.append(piece);
    body.append(mark);
  }
  return body;
}

/** What the figure colours mean, under the article's heading. */
export function figureLegend(figures: DraftFigureItem[]): HTMLElement | null {
  const groups = FIGURE_GROUPS.filter((g) => figures.some((f) => figureGroup(f.kind) === g));
  if (!groups.length) return null;
  return h(
    'div.review-figure-legend',
    {},
    t('review.figureLegend'),
    ...groups.map((g) => h('span.figure-swatch', { style: `--type-color: ${FIGURE_COLORS[g]}` }, t(`review.figureGroup.${g}` as MessageId))),
  );
}
