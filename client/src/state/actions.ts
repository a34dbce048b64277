// What the user does to the view, as functions over the store and the API: expand, focus, collapse,
// the starting view, the overview. Panels and the canvas call these; none of them touches the DOM
// except through the `ui` hooks (a notice, centring the canvas on a node).
import { api } from '../api.ts';
import type { Settings } from '../settings.ts';
import { typeOf } from '../theme.ts';
import type { GroupFilters } from '../../../model/neighbor-groups.ts';
import { groupKey, type GraphEdge, type GraphPayload, type GroupView, type NeighborGroups, type NodeDetails } from '../types.ts';
import { withGroups, type Store } from './store.ts';
import { t } from '../i18n/index.ts';

export interface ActionHooks {
  notice(message: string): void;
  /** centre the canvas on a node; `fresh` = it just arrived (the layout is still placing it) */
  focus(id: string, fresh: boolean): void;
}

export type Direction = 'out' | 'in';
export interface ExpandOnly {
  types?: string[];
  labels?: string[];
  direction?: Direction;
}

export type Actions = ReturnType<typeof createActions>;

/** Hubs one groups request counts (the server's GROUPS_BATCH_CAP; a runtime import would put zod in the bundle). */
const BATCH = 50;

export function createActions(store: Store, settings: Settings, ui: ActionHooks) {
  /** The details a search pick or a mention already fetched, so selecting it does not fetch them again. */
  let picked: { id: string; details: Promise<NodeDetails> } | null = null;

  function select(id: string | null) {
    if (id && id === store.state.selected) return;
    store.update({ selected: id }, 'select', false);
  }

  /**
   * The canvas shows every relationship among its nodes (as Neo4j Browser's "connect result nodes"), so a
   * shared link, which restores exactly that, shows the same picture. New nodes get their links to the
   * rest of the canvas (and to each other) here.
   */
  async function withConnections(g: GraphPayload, replace = false): Promise<GraphPayload> {
    const onCanvas = new Set(replace ? [] : store.state.nodes);
    const fresh = g.nodes.map((n) => n.id).filter((id) => !onCanvas.has(id));
    if (!fresh.length || fresh.length + onCanvas.size < 2) return g;
    try {
      const res = await api.subgraph([...onCanvas, ...fresh], true);
      const freshSet = new Set(fresh);
      const touchesFresh = (e: GraphEdge) => freshSet.has(e.source) || freshSet.has(e.target);
      return { ...g, nodes: [...g.nodes, ...res.nodes.filter((n) => freshSet.has(n.id))], edges: [...g.edges, ...res.edges.filter(touchesFresh)] };
    } catch {
      return g; // connecting is a nicety; the elements themselves arrived
    }
  }

  /** Hubs drawn with groups, and the groups the user took off by hand (a refresh must not bring them back). */
  const hubs = new Map<string, Set<string>>();

  /** The view's filters as the server takes them (a group counts, and a page brings, only what the canvas would show); none when none is set. */
  function filtersOf(v = store.state): GroupFilters | undefined {
    const f = { hiddenLabels: v.hiddenLabels, hiddenTypes: v.hiddenTypes, reportedBy: v.reportedBy, article: v.article, hideProposed: v.hideProposed };
    return f.hiddenLabels.length || f.hiddenTypes.length || f.reportedBy !== null || f.article || f.hideProposed ? f : undefined;
  }

  /** A hub's groups as the canvas draws them: what is left of each (not on `canvas`), without the ones dropped by hand. */
  function groupViews(res: NeighborGroups): GroupView[] {
    const dropped = hubs.get(res.center) ?? new Set<string>();
    hubs.set(res.center, dropped);
    return res.groups
      .map((g) => ({ type: g.type, direction: g.direction, label: g.label, left: g.count - g.onCanvas }))
      .filter((g) => g.left > 0 && !dropped.has(groupKey(g)));
  }

  /** A hub's neighbours not on the canvas (`canvas`), by group, within the filters; null when the server could not say. */
  async function groupsOf(id: string, canvas: string[]): Promise<GroupView[] | null> {
    try {
      return groupViews(await api.groups(id, canvas, filtersOf()));
    } catch {
      return null;
    }
  }

  /**
   * Every hub's groups and every "+N" badge counted again against the canvas and the filters now: a page
   * of one group, an expansion of another node, hiding, undo/redo or a filter all change what a hub has
   * left. One request for all of them (in batches of BATCH ids); the answer is dropped if the view changed
   * meanwhile (that change asks again). Not an undo step: the counts belong to the view they describe.
   * `drawnOnly` (after undo/redo): only the hubs the snapshot draws with groups; a hub expanded later must
   * not put its boxes on the view from before its expansion (an undo that drew 19 boxes back).
   */
  async function refreshGroups(drawnOnly = false, attempt = 1): Promise<void> {
    const asked = store.state;
    const onCanvas = new Set(asked.nodes);
    const grouped = [...new Set([...Object.keys(asked.groups), ...(drawnOnly ? [] : hubs.keys())])].filter((c) => onCanvas.has(c));
    const badged = Object.keys(asked.more).filter((c) => onCanvas.has(c) && !grouped.includes(c));
    const ids = [...grouped, ...badged];
    if (!ids.length) return;
    let answers: NeighborGroups[];
    try {
      const batches = [];
      for (let i = 0; i < ids.length; i += BATCH) batches.push(api.groupsBatch(ids.slice(i, i + BATCH), asked.nodes, filtersOf(asked)));
      answers = (await Promise.all(batches)).flatMap((b) => b.hubs);
    } catch {
      // a busy database past its deadline: ask again while the view is the same (a change asks by itself)
      if (attempt < 3) setTimeout(() => store.state.nodes === asked.nodes && void refreshGroups(drawnOnly, attempt + 1), 2000 * attempt);
      return;
    }
    const now = store.state;
    if (now.nodes !== asked.nodes || JSON.stringify(filtersOf(now)) !== JSON.stringify(filtersOf(asked))) return;
    const byId = new Map(answers.map((a) => [a.center, a]));
    const groups = withGroups(now.groups, Object.fromEntries(grouped.filter((c) => byId.has(c)).map((c) => [c, groupViews(byId.get(c)!)])));
    // a badge is the neighbours not drawn (within the filters); a hub with groups shows them instead
    const more = { ...now.more };
    for (const c of badged) {
      const a = byId.get(c);
      if (!a) continue;
      if (a.total - a.onCanvas > 0) more[c] = a.total - a.onCanvas;
      else delete more[c];
    }
    if (JSON.stringify(groups) !== JSON.stringify(now.groups) || JSON.stringify(more) !== JSON.stringify(now.more)) store.set({ ...now, groups, more }, 'groups', false);
  }

  /**
   * One round trip for the neighbours and every fact between them and the canvas. What the cap left out
   * is a "+N 更多" badge when it is small, and the hub's groups ("支撑 · 战略 89") when it is more than
   * `groupAbove`: one click must never draw hundreds of nodes.
   */
  async function expand(id: string, limit = settings.expandLimit, only?: ExpandOnly): Promise<number> {
    let res;
    try {
      res = await api.expand(id, limit, store.state.nodes, only, filtersOf());
    } catch {
      return 0;
    }
    const before = store.state.nodes.length;
    const all = limit >= settings.moreLimit;
    let more: Record<string, number> | undefined;
    let groups: Record<string, GroupView[]> | undefined;
    const hadGroups = !!store.state.groups[id];
    if (!only && res.omitted.total > settings.groupAbove) {
      const canvas = [...new Set([...store.state.nodes, ...res.nodes.map((n) => n.id)])];
      const g = await groupsOf(id, canvas);
      if (g) (groups = { [id]: g }), (more = { [id]: 0 });
      else more = { [id]: res.omitted.total };
    } else if (!only) {
      more = { [id]: res.omitted.total };
      if (hadGroups) groups = { [id]: [] };
    } else if (hadGroups) {
      // a group's page: refresh the hub's groups (a neighbour may sit in several)
      const canvas = [...new Set([...store.state.nodes, ...res.nodes.map((n) => n.id)])];
      const g = await groupsOf(id, canvas);
      if (g) groups = { [id]: g };
    }
    // one group's remainder says nothing about the entity's other neighbours: the badge keeps its count
    store.addGraph(res, all ? 'more' : 'expand', { more, groups });
    const added = store.state.nodes.length - before;
    if (!added && !all) ui.notice(t(res.nodes.length > 1 ? 'notice.neighboursShown' : 'notice.noMore'));
    return added;
  }

  /**
   * The next page of one of a hub's groups, or all of it. "All" past `warnAbove` nodes asks first
   * (`confirm` answers, an in-app dialog): more than that on one canvas is a hairball.
   */
  async function expandGroup(center: string, key: string, all: boolean, confirm: (count: number) => Promise<boolean>): Promise<number> {
    const g = store.state.groups[center]?.find((x) => groupKey(x) === key);
    if (!g) return 0;
    if (all && g.left > settings.warnAbove && !(await confirm(g.left))) return 0;
    const limit = all ? Math.min(settings.moreLimit, g.left) : settings.expandLimit;
    return expand(center, Math.max(1, limit), { types: [g.type], labels: [g.label], direction: g.direction });
  }

  /** Takes a group off the canvas without loading it. */
  function dropGroup(center: string, key: string) {
    (hubs.get(center) ?? hubs.set(center, new Set()).get(center)!).add(key);
    const kept = (store.state.groups[center] ?? []).filter((x) => groupKey(x) !== key);
    store.update({ groups: withGroups(store.state.groups, { [center]: kept }) }, 'group');
  }

  function togglePin(ids: string[]) {
    const pinned = new Set(store.state.pinned);
    const pin = ids.some((id) => !pinned.has(id));
    for (const id of ids) pin ? pinned.add(id) : pinned.delete(id);
    store.update({ pinned: [...pinned] }, pin ? 'pin' : 'unpin');
  }

  /** Search pick, reader mention, table cell: put the entity (with its neighbours) on the canvas and centre it. */
  async function focusEntity(id: string, loadNeighbours: boolean) {
    const onCanvas = store.state.nodes.includes(id);
    if (loadNeighbours || !onCanvas) {
      if (loadNeighbours) await expand(id);
      else {
        try {
          const pending = api.node(id);
          picked = { id, details: pending };
          const d = await pending;
          const g = await withConnections({ nodes: [d.node], edges: [], truncated: false });
          store.addGraph(g, 'add');
        } catch {
          picked = null;
          return;
        }
      }
    }
    // clear filters that would hide it, rather than focusing on nothing
    const n = store.nodeData.get(id);
    if (n && store.state.hiddenLabels.includes(typeOf(n.labels))) store.update({ hiddenLabels: store.state.hiddenLabels.filter((l) => l !== typeOf(n.labels)) }, 'filter');
    select(id);
    ui.focus(id, !onCanvas);
  }

  function collapse(id: string) {
    const leaves = store.leavesOf(id).filter((x) => x !== store.state.selected || x === id);
    const more = { ...store.state.more };
    delete more[id];
    const groups = { ...store.state.groups };
    delete groups[id];
    hubs.delete(id);
    if (!leaves.length && !store.state.more[id] && !store.state.groups[id]) return ui.notice(t('notice.nothingToCollapse'));
    const gone = new Set(leaves);
    store.set(
      {
        ...store.state,
        more,
        groups,
        pinned: store.state.pinned.filter((n) => !gone.has(n)),
        nodes: store.state.nodes.filter((n) => !gone.has(n)),
        edges: store.state.edges.filter((eid) => {
          const e = store.edgeData.get(eid);
          return e && !gone.has(e.source) && !gone.has(e.target);
        }),
      },
      'collapse',
    );
  }

  async function home() {
    try {
      const g = await api.overview({ limit: settings.homeSize });
      hubs.clear();
      store.addGraph(g, 'home', { replace: true, select: null });
    } catch {
      /* toast shown */
    }
  }

  async function overview() {
    try {
      const g = await api.overview({ reportedBy: store.state.reportedBy, articles: store.state.article });
      hubs.clear();
      store.addGraph(g, 'overview', { replace: true, select: null });
      // at scale the overview is a sample: say of how many (the count store's total)
      if (g.truncated) ui.notice(g.total === null ? t('notice.overviewTruncated') : t('notice.overviewSample', { shown: g.nodes.length.toLocaleString(), total: g.total.toLocaleString() }));
    } catch {
      /* toast shown */
    }
  }

  /** A view replaced as a whole (a scene, a query's result): only its own hubs keep their groups fresh. */
  function resetHubs(centers: string[] = []) {
    hubs.clear();
    for (const c of centers) hubs.set(c, new Set());
  }

  function clear() {
    hubs.clear();
    store.set({ ...store.state, nodes: [], edges: [], more: {}, groups: {}, pinned: [], selected: null, path: [] }, 'clear');
  }

  /** The details already on their way for `id`, once (the details panel takes them instead of fetching). */
  function takePicked(id: string): Promise<NodeDetails> | undefined {
    const p = picked?.id === id ? picked.details : undefined;
    picked = null;
    return p;
  }

  /** The menu's "expand by type": a node's groups within the view's filters (as its pages bring them). */
  const groupsFor = (id: string) => api.groups(id, store.state.nodes, filtersOf()).then((r) => r.groups);

  return { select, withConnections, expand, expandGroup, dropGroup, refreshGroups, groupsFor, resetHubs, togglePin, focusEntity, collapse, home, overview, clear, takePicked };
}
