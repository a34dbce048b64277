// The article reader: the full text with every mentioned entity marked (click → focus its node) and
// an evidence quote highlighted and scrolled into view, under a headline that stays in sight.
import { api } from '../api.ts';
import { h, fill } from '../dom.ts';
import { styleOf } from '../theme.ts';
import type { ArticleDetail } from '../types.ts';
import { t } from '../i18n/index.ts';

export interface Highlight {
  start: number;
  end: number;
}

type Mention = ArticleDetail['mentions'][number];

/** Mentions that do not overlap (the longest wins where names nest, e.g. 济南市市中区 ⊃ 市中区). */
export function nonOverlapping(mentions: Mention[]): Mention[] {
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of byLength) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** Text cut at every mention and highlight boundary; each piece knows its mention and whether it is highlighted. */
export function segments(text: string, mentions: Mention[], hl: Highlight | null): Array<{ text: string; mention: Mention | null; hl: boolean }> {
  const kept = nonOverlapping(mentions);
  const cuts = new Set([0, text.length]);
  for (const m of kept) (cuts.add(m.start), cuts.add(m.end));
  if (hl) (cuts.add(Math.max(0, hl.start)), cuts.add(Math.min(text.length, hl.end)));
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    out.push({ text: text.slice(a, b), mention: kept.find((m) => m.start <= a && b <= m.end) ?? null, hl: !!hl && hl.start <= a && b <= hl.end });
  }
  return out;
}

export interface Reader {
  open(articleId: string, highlight?: Highlight | null, entity?: string | null): Promise<void>;
}

export function createReader(root: HTMLElement, on: { mention(id: string): void; close(): void }): Reader {
  const cache = new Map<string, Promise<ArticleDetail>>();
  return {
    async open(articleId, highlight = null, entity = null) {
      const id = articleId.replace(/\.txt$/, '');
      if (!cache.has(id)) cache.set(id, api.article(id).catch((e) => (cache.delete(id), Promise.reject(e))));
      const a = await cache.get(id)!;
      const body = h('div.article-text', { lang: 'zh-CN' });
      let first: HTMLElement | null = null;
      let firstOfEntity: HTMLElement | null = null;
      for (const seg of segments(a.text, a.mentions, highlight)) {
        let el: HTMLElement | Text;
        if (seg.mention) {
          const m = seg.mention;
          el = h('span.mention', { 'data-id': m.entityId, title: `${m.name} · ${styleOf(m.labels).name}`, style: `--type:${styleOf(m.labels).color}`, onclick: () => on.mention(m.entityId) }, seg.text);
          if (entity && m.entityId === entity) (el.classList.add('current'), (firstOfEntity ??= el));
        } else el = document.createTextNode(seg.text);
        if (seg.hl) {
          const mark = h('mark.evidence', {}, el);
          first ??= mark;
          body.append(mark);
        } else body.append(el);
      }
      fill(root, 
        h('div.reader-head', {}, h('div.panel-head', {}, h('button.back', { onclick: on.close, title: t('reader.backTitle') }, t('reader.back')), h('span.muted', {}, t('reader.source'))), h('h2.headline', { title: a.headline }, a.headline)),
        h('p.byline', {}, [a.newspaper, String(a.year), a.byline].filter(Boolean).join(' · ')),
        h('p.hint', {}, t('reader.hint', { n: a.entities })),
        body,
      );
      root.hidden = false;
      const target = first ?? firstOfEntity;
      root.scrollTop = 0;
      if (target) requestAnimationFrame(() => target.scrollIntoView({ block: 'center' }));
    },
  };
}
