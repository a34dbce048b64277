// The draft's article with every proposed mention highlighted in its type's colour: dashed while
// proposed, solid once accepted, struck through when rejected. Nested mentions (a curated name inside a
// longer one) are drawn as segments coloured by the innermost mention, so every span stays clickable.
import type { DraftEntityItem } from '../../../model/index.ts';
import { h } from '../dom.ts';
import { TYPE_STYLES } from '../theme.ts';
import { t, typeName, type MessageId } from '../i18n/index.ts';

interface Span {
  start: number;
  end: number;
  item: DraftEntityItem;
}

/** Cut the text at every mention boundary; each piece knows the mentions covering it. */
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

export function renderArticle(text: string, entities: DraftEntityItem[], pick: (id: string) => void): HTMLElement {
  const spans = entities.flatMap((item) => item.mentions.map((m) => ({ ...m, item })));
  const body = h('div.review-article-text', { lang: 'zh' });
  for (const seg of segments(text, spans)) {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.covering.length) {
      body.append(piece);
      continue;
    }
    const inner = seg.covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    const { item } = inner;
    const color = TYPE_STYLES[item.type]?.color ?? '#94a3b8';
    const mark = h(
      'mark.mention',
      {
        class: `status-${item.status}`,
        'data-item': item.id,
        'data-start': String(inner.start),
        title: `${item.name} · ${typeName(item.type)} · ${t(`review.${item.status}` as MessageId)}`,
        style: `--type-color: ${color}`,
        onclick: () => pick(item.id),
      },
      piece,
    );
    body.append(mark);
  }
  return body;
}
