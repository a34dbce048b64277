// The details panel: an entity's properties, aliases, figures (client/src/figures/) and evidence, or a
// relationship's; every evidence quote opens the article reader at that sentence.
import { api } from '../api.ts';
import { h, fill } from '../dom.ts';
import { figuresSection } from '../figures/panel.ts';
import { FIGURE_KIND_NAMES, relName, styleOf, typeOf } from '../theme.ts';
import type { ArticleSummary, EdgeDetails, Evidence, Figure, GraphEdge, GraphNode, NodeDetails, NodeFact } from '../types.ts';
import { pinyinOf } from '../i18n/pinyin.ts';
import { displayName, secondName, t } from '../i18n/index.ts';

export interface DetailsActions {
  expand(id: string): void;
  /** the next neighbours by one relation type and direction only (a group of the inspector) */
  expandGroup(id: string, type: string, direction: 'out' | 'in'): void;
  collapse(id: string): void;
  hide(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  select(id: string): void;
  evidence(ev: { article: string; start: number; end: number }, entity?: string): void;
  /** put a fact (and its other end) on the canvas if needed, select it and open its evidence */
  fact(f: NodeFact): void;
}

/** Facts shown per group before "show all": a hub's panel must still show every group on its first screen. */
const FACTS_PER_GROUP = 5;

const years = (f: { first_reported?: number; last_reported?: number }) =>
  f.first_reported === undefined ? '' : f.first_reported === f.last_reported ? `${f.first_reported}` : `${f.first_reported}–${f.last_reported}`;

/** Shown on top (the contract's named fields are shown by name); the raw table lists the other properties. */
const SHOWN = new Set(['pinyin_initials', 'type', 'figure_kinds', 'figure_texts']);

/** A hub's figures start collapsed under a summary, so its facts keep the first screen; a few figures show at once. */
const FIGURES_OPEN_UP_TO = 20;

/** "地区生产总值 4 · 数量 93 …": what the collapsed figures hold, most frequent kinds first. */
function figureSummary(figures: Figure[]): string {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, c]) => `${FIGURE_KIND_NAMES[k] ?? k} ${c}`).join(' · ');
}

export function createDetails(root: HTMLElement, articles: () => Map<string, ArticleSummary>, act: DetailsActions) {
  const headline = (a: string) => articles().get(a.replace(/\.txt$/, ''));
  let token = 0;

  const evidenceItem = (ev: Pick<Evidence, 'article' | 'start' | 'end'> & { quote?: string; year?: number | null }, entity?: string) => {
    const art = headline(ev.article);
    return h(
      'li.evidence',
      {},
      h('button.quote', { title: t('details.openQuote'), onclick: () => act.evidence(ev, entity) }, ev.quote ? `“${ev.quote}”` : t('details.span', { start: ev.start, end: ev.end })),
      h('small', {}, `${art?.year ?? ev.year ?? ''} · ${art?.headline.split(' / ')[0] ?? ev.article}`),
    );
  };

  const section = (title: string, ...children: Array<Node | null>) => h('section.block', {}, h('h3', {}, title), ...children);

  // the figures view (client/src/figures/): charts per kind, conflicts side by side, a table with CSV
  let figureView: { destroy(): void } | null = null;
  const figuresBlock = (id: string, name: string, figures: Figure[]) => {
    const view = figuresSection(id, name, figures.length, (ev) => act.evidence(ev, id));
    figureView = view;
    return h('details.block.figures-block', { open: figures.length <= FIGURES_OPEN_UP_TO }, h('summary', {}, h('h3', {}, t('details.figures', { n: figures.length })), h('small.muted', {}, figureSummary(figures))), view.el);
  };
  const dropFigures = () => {
    figureView?.destroy();
    figureView = null;
  };

  const propTable = (props: Record<string, unknown>) => {
    const rows = Object.entries(props).filter(([k, v]) => !SHOWN.has(k) && v !== null && v !== undefined);
    if (!rows.length) return null;
    return h('details.props', {}, h('summary', {}, t('details.allProps', { n: rows.length })), h('table', {}, ...rows.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, Array.isArray(v) ? v.join(t('common.listSeparator')) : String(v))))));
  };

  function empty() {
    fill(root, 
      h('div.empty-state', {}, h('h2', {}, t('details.emptyTitle')), h('p', {}, t('details.emptyClick')), h('p', {}, t('details.emptyKeys'))),
    );
  }

  /**
   * The inspector's list: an entity's facts grouped by relation type and direction, each opening its
   * evidence. Every group the entity has is listed with its full count (`degree`), the facts of the pages
   * loaded so far under it; "More facts" loads the next page (a hub's first answer lists NODE_FACTS_CAP).
   */
  function factsSection(d: NodeDetails) {
    const facts = [...d.facts];
    let next = d.factsNext;
    /** groups whose every loaded fact is shown ("show all" clicked): kept open when a page arrives */
    const open = new Set<string>();
    const item = (f: NodeFact) => {
      const s = styleOf(f.other.labels);
      const when = years(f);
      return h(
        'li.fact',
        {},
        h(
          'button.fact-link',
          { onclick: () => act.fact(f), title: t('details.factTitle', { rel: relName(f.type), type: f.type }), 'data-fact': f.id },
          h('span.dot', { style: `background:${s.color}`, title: s.name }),
          h('span.fact-other', {}, displayName(f.other), secondName(f.other) ? h('small.second-name', { lang: 'zh-CN' }, f.other.name) : null),
          f.status === 'proposed' ? h('span.badge.proposed', { title: t('details.proposedTitle') }, t('details.proposed')) : null,
          h('small.muted', {}, ` ${t('details.evidenceCount', { n: f.evidence_count })}${when ? ` · ${when}` : ''}`),
        ),
      );
    };
    const group = (key: string, count: number, loaded: NodeFact[]) => {
      const [type, direction] = key.split('|');
      const all = open.has(key);
      const list = h('ul.facts', {}, ...(all ? loaded : loaded.slice(0, FACTS_PER_GROUP)).map(item));
      // "show all 96" shows 96: a hub's first answer holds only some of a group's facts, the rest come page by page
      const more =
        !all && (loaded.length > FACTS_PER_GROUP || loaded.length < count)
          ? h('button.link.more-facts', { onclick: () => void showAll(key, count) }, t('details.showAll', { n: count }))
          : null;
      const title = direction === 'out' ? `${relName(type)} →` : `← ${relName(type)}`;
      const expandGroup = h('button.link.expand-group', { title: t('details.expandGroupTitle'), onclick: () => act.expandGroup(d.node.id, type, direction as 'out' | 'in') }, t('details.expand'));
      return h('div.fact-group', { 'data-type': type, 'data-direction': direction }, h('h4', { title: type }, title, h('small.muted', {}, ` ${count} `), expandGroup), list, more);
    };
    const body = h('div.fact-groups', {});
    const heading = h('h3', {});
    const nextButton = h('button.next-facts', { onclick: () => void loadNext() });
    const draw = () => {
      const loaded = new Map<string, NodeFact[]>();
      for (const f of facts) {
        const key = `${f.type}|${f.direction}`;
        (loaded.get(key) ?? loaded.set(key, []).get(key)!).push(f);
      }
      const counts = Object.entries(d.degree).flatMap(([type, c]) => [[`${type}|out`, c.out], [`${type}|in`, c.in]] as Array<[string, number]>).filter(([, c]) => c > 0);
      body.replaceChildren(...counts.sort((a, b) => b[1] - a[1]).map(([key, count]) => group(key, count, loaded.get(key) ?? [])));
      heading.textContent = facts.length < d.factsTotal ? t('details.relationsOf', { n: facts.length, total: d.factsTotal }) : t('details.relations', { n: d.factsTotal });
      nextButton.textContent = t('details.moreFacts', { n: facts.length, total: d.factsTotal });
      nextButton.hidden = next === null;
    };
    /** The next page of facts; false when there is none, the panel moved on or the request failed. */
    async function loadNext(): Promise<boolean> {
      if (next === null) return false;
      const my = token;
      nextButton.disabled = true;
      try {
        const page = await api.node(d.node.id, next);
        if (my !== token) return false;
        facts.push(...page.facts);
        next = page.factsNext;
        draw();
        return true;
      } catch {
        // the toast says why; the button stays for another try
        return false;
      } finally {
        nextButton.disabled = false;
      }
    }
    async function showAll(key: string, count: number) {
      open.add(key);
      const listed = () => facts.filter((f) => `${f.type}|${f.direction}` === key).length;
      while (listed() < count && (await loadNext()));
      draw();
    }
    draw();
    return h('section.block.facts-block', {}, heading, body, nextButton);
  }

  /** `pending`: the details already being fetched for this pick (a search pick loads them to place the node). */
  async function showNode(id: string, cached: GraphNode | undefined, pending?: Promise<NodeDetails>) {
    const my = ++token;
    dropFigures();
    const s = styleOf(cached?.labels ?? []);
    if (cached) fill(root, h('div.panel-head', {}, h('span.type-chip', { style: `background:${s.color}` }, s.name), h('h2', {}, displayName(cached))), h('p.muted', {}, t('details.loading')));
    let d: NodeDetails;
    try {
      d = await (pending ?? api.node(id));
    } catch {
      return;
    }
    if (my !== token) return;
    const n = d.node;
    const st = styleOf(n.labels);
    const figures = d.figures;
    fill(root, 
      h(
        'div.panel-head',
        {},
        h('span.type-chip', { style: `background:${st.color}`, title: typeOf(n.labels) }, st.name),
        n.status === 'proposed' ? h('span.badge.proposed', { title: t('details.proposedTitle') }, t('details.proposed')) : null,
      ),
      h('h2.entity-name', {}, displayName(n)),
      // the other name (the printed Chinese under an English heading, the English under a Chinese one) and its pinyin
      h('p.sub', {}, [secondName(n) ?? n.en, pinyinOf(n.name, n.pinyin)].filter(Boolean).join(' · ')),
      h(
        'div.actions',
        {},
        h('button', { onclick: () => act.expand(id), title: t('details.expandTitle') }, t('details.expand')),
        h('button', { onclick: () => act.collapse(id) }, t('details.collapse')),
        h('button', { onclick: () => act.hide(id), title: 'Delete' }, t('details.hide')),
        h('button', { onclick: () => act.pathFrom(id) }, t('details.pathFrom')),
        h('button', { onclick: () => act.pathTo(id) }, t('details.pathTo')),
      ),
      n.description ? h('p.description', {}, String(n.description)) : null,
      d.aliases.length ? section(t('details.aliases'), h('p.aliases', {}, ...d.aliases.map((a) => h('span.alias', {}, a)))) : null,
      d.facts.length ? factsSection(d) : null,
      figures.length ? figuresBlock(id, n.name, figures) : null,
      d.evidence.length ? section(t('details.evidence', { n: d.evidence.length }), h('ul.evidence-list', {}, ...d.evidence.map((e) => evidenceItem(e, id)))) : null,
      d.mentions.length
        ? section(
            t('details.reports'),
            h('ul.mentions', {}, ...d.mentions.map((m) => h('li', {}, h('button.link', { onclick: () => act.evidence({ article: m.article, start: -1, end: -1 }, id) }, `${m.year ? `${m.year} · ` : ''}${m.headline.split(' / ')[0]}`), h('small', {}, t('details.mentioned', { n: m.count }))))),
          )
        : null,
      propTable(n.properties),
    );
  }

  /** The canvas knows a fact's endpoints and evidence count; its quotes come from the edge endpoint. */
  async function showEdge(e: GraphEdge, nodes: Map<string, GraphNode>) {
    const my = ++token;
    dropFigures();
    const count = e.evidence_count;
    render(e, nodes, count ? h('p.muted', {}, t('details.evidenceLoading', { n: count })) : null);
    if (!count) return;
    let d: EdgeDetails;
    try {
      d = await api.edge(e.id);
    } catch {
      // the toast says why; the panel must not promise quotes that are not coming
      if (my === token) render(e, nodes, h('p.muted', {}, t('details.evidenceFailed', { n: count })));
      return;
    }
    if (my !== token) return;
    render(d.edge, nodes, section(t('details.evidence', { n: d.evidence.length }), h('ul.evidence-list', {}, ...d.evidence.map((ev) => evidenceItem(ev)))));
  }

  function render(e: GraphEdge & { properties?: Record<string, unknown> }, nodes: Map<string, GraphNode>, evidence: Node | null) {
    const src = nodes.get(e.source);
    const tgt = nodes.get(e.target);
    fill(root, 
      h('div.panel-head', {}, h('span.type-chip.rel', {}, relName(e.type)), h('code', {}, e.type)),
      h(
        'h2.edge-title',
        {},
        h('button.link', { onclick: () => act.select(e.source) }, src ? displayName(src) : e.source),
        ` → `,
        h('button.link', { onclick: () => act.select(e.target) }, tgt ? displayName(tgt) : e.target),
      ),
      e.amount_text ? h('p', {}, h('strong', {}, String(e.amount_text))) : null,
      e.role ? h('p', {}, t('details.role', { role: e.role })) : null,
      evidence,
      e.properties ? propTable(e.properties) : null,
    );
  }

  return { empty, showNode, showEdge };
}
