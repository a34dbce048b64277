// The one store of the client: which elements are on the canvas, the filters, the selection and the
// undo/redo history. Element data is cached here (append-only); snapshots hold ids, so undo is cheap.
import { History } from './history.ts';
import { typeOf } from '../theme.ts';
import type { GraphEdge, GraphNode, GraphPayload, GroupView, ViewState } from '../types.ts';

export interface StoreEvent {
  state: ViewState;
  prev: ViewState;
  /** node ids that were not on the canvas before this change (the layout moves only these) */
  added: string[];
  reason: string;
}

type Listener = (e: StoreEvent) => void;

const articleKey = (a: string) => a.replace(/\.txt$/, '');

/** Whether a node passes the type, time and article filters. */
export function nodePasses(n: GraphNode, v: ViewState): boolean {
  if (v.hiddenLabels.includes(typeOf(n.labels))) return false;
  if (v.hideProposed && n.status === 'proposed') return false;
  if (v.reportedBy !== null && typeof n.first_reported === 'number' && n.first_reported > v.reportedBy) return false;
  if (v.article && Array.isArray(n.articles) && !(n.articles as string[]).some((a) => articleKey(a) === v.article)) return false;
  return true;
}

export function edgePasses(e: GraphEdge, v: ViewState): boolean {
  if (v.hiddenTypes.includes(e.type)) return false;
  if (v.hideProposed && e.status === 'proposed') return false;
  if (v.reportedBy !== null && typeof e.first_reported === 'number' && e.first_reported > v.reportedBy) return false;
  if (v.article && Array.isArray(e.articles) && !(e.articles as string[]).some((a) => articleKey(a) === v.article)) return false;
  return true;
}

/** Adds a payload's ids to a view (no duplicates); edges whose endpoints are missing are left out. */
export function withGraph(v: ViewState, g: Pick<GraphPayload, 'nodes' | 'edges'>, replace = false): ViewState {
  const nodes = replace ? [] : [...v.nodes];
  const known = new Set(nodes);
  for (const n of g.nodes) if (!known.has(n.id)) (known.add(n.id), nodes.push(n.id));
  const edges = replace ? [] : [...v.edges];
  const knownEdges = new Set(edges);
  for (const e of g.edges) if (!knownEdges.has(e.id) && known.has(e.source) && known.has(e.target)) (knownEdges.add(e.id), edges.push(e.id));
  return replace ? { ...v, nodes, edges, more: {}, path: [], groups: {}, pinned: [] } : { ...v, nodes, edges };
}

/** Lays centres' groups over a view's, dropping empty groups and centres left without any. */
export function withGroups(current: Record<string, GroupView[]>, patch: Record<string, GroupView[]>): Record<string, GroupView[]> {
  const next = { ...current };
  for (const [id, groups] of Object.entries(patch)) {
    const kept = groups.filter((g) => g.left > 0);
    if (kept.length) next[id] = kept;
    else delete next[id];
  }
  return next;
}

export class Store {
  readonly nodeData = new Map<string, GraphNode>();
  readonly edgeData = new Map<string, GraphEdge>();
  private readonly history: History<ViewState>;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState) {
    this.history = new History(initial);
  }

  get state(): ViewState {
    return this.history.current;
  }
  get canUndo() {
    return this.history.canUndo;
  }
  get canRedo() {
    return this.history.canRedo;
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  cache(g: Pick<GraphPayload, 'nodes' | 'edges'>): void {
    for (const n of g.nodes) this.nodeData.set(n.id, { ...this.nodeData.get(n.id), ...n });
    for (const e of g.edges) this.edgeData.set(e.id, { ...this.edgeData.get(e.id), ...e });
  }

  /** A change to the view. `record` makes it an undo step; selection and language are not. */
  set(next: ViewState, reason: string, record = true): void {
    const prev = this.state;
    if (record) this.history.push(next);
    else this.history.replace(next);
    this.emit(prev, reason);
  }

  update(patch: Partial<ViewState>, reason: string, record = true): void {
    this.set({ ...this.state, ...patch }, reason, record);
  }

  /** `groups`: a centre's groups replace what it had (an empty list removes them). */
  addGraph(g: GraphPayload, reason: string, opts: { replace?: boolean; more?: Record<string, number>; groups?: Record<string, GroupView[]>; select?: string | null } = {}): void {
    this.cache(g);
    const next = withGraph(this.state, g, opts.replace);
    if (opts.more) next.more = { ...next.more, ...opts.more };
    for (const [id, c] of Object.entries(next.more)) if (c <= 0) delete next.more[id];
    if (opts.groups) next.groups = withGroups(next.groups, opts.groups);
    if (opts.select !== undefined) next.selected = opts.select;
    this.set(next, reason);
  }

  removeNodes(ids: string[], reason: string): void {
    const gone = new Set(ids);
    const v = this.state;
    const more = Object.fromEntries(Object.entries(v.more).filter(([id]) => !gone.has(id)));
    this.set(
      {
        ...v,
        nodes: v.nodes.filter((id) => !gone.has(id)),
        edges: v.edges.filter((id) => {
          const e = this.edgeData.get(id);
          return e && !gone.has(e.source) && !gone.has(e.target);
        }),
        more,
        groups: Object.fromEntries(Object.entries(v.groups).filter(([id]) => !gone.has(id))),
        pinned: v.pinned.filter((id) => !gone.has(id)),
        selected: v.selected && gone.has(v.selected) ? null : v.selected,
        path: v.path.some((p) => gone.has(p)) ? [] : v.path,
      },
      reason,
    );
  }

  /** Collapse: removes the neighbours of `id` that hang only on it (leaves), and its "more" badge. */
  leavesOf(id: string): string[] {
    const degree = new Map<string, Set<string>>();
    for (const eid of this.state.edges) {
      const e = this.edgeData.get(eid);
      if (!e || e.source === e.target) continue;
      (degree.get(e.source) ?? degree.set(e.source, new Set()).get(e.source)!).add(e.target);
      (degree.get(e.target) ?? degree.set(e.target, new Set()).get(e.target)!).add(e.source);
    }
    return [...(degree.get(id) ?? [])].filter((n) => degree.get(n)!.size === 1);
  }

  undo(): boolean {
    const prev = this.state;
    if (!this.history.undo()) return false;
    this.emit(prev, 'undo');
    return true;
  }

  redo(): boolean {
    const prev = this.state;
    if (!this.history.redo()) return false;
    this.emit(prev, 'redo');
    return true;
  }

  private emit(prev: ViewState, reason: string): void {
    const before = new Set(prev.nodes);
    const added = this.state.nodes.filter((id) => !before.has(id));
    for (const fn of this.listeners) fn({ state: this.state, prev, added, reason });
  }
}
