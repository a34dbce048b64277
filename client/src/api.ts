// Typed calls to the explorer API. Every request shows the loading indicator; a failure shows the
// server's error, worded by its code in the interface language, in a toast and rejects with an ApiError carrying the body.
import type { Dashboard, DraftCreateRequest, GroupFilters, NeighborGroupsBatch, Scene, SceneList, ScenePayloadInput, DraftAddedEntity, DraftAddedRelation, DraftEdit, DraftList, DraftReviewResult, DraftView, EntityFigures, FigureConflicts } from '../../model/index.ts';
import { toast, withLoading } from './dom.ts';
import { errorText, t, uiLang } from './i18n/index.ts';
import type { ArticleDetail, ArticleSummary, CypherResult, EdgeDetails, ExportFormatName, ExportSelection, GraphSchema, NeighborGroups, NeighborsResult, NodeDetails, OverviewResult, PathsResult, SearchResult, SubgraphResult } from './types.ts';

export class ApiError extends Error {
  name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

export type { CypherResult };
export type ExportFormat = ExportFormatName;
/** The export menu sends selections (of the view, the selection or the last query's result). */
export type ExportSource = { selection: Pick<ExportSelection, 'nodeIds'> & Partial<Pick<ExportSelection, 'edgeIds'>> };

async function request(url: string, init?: RequestInit, opts: { quiet?: boolean } = {}): Promise<Response> {
  const res = await withLoading(fetch(url, init)).catch((err: Error) => {
    // a request its caller cancelled (a superseded search) is no failure to show
    if (init?.signal?.aborted) throw err;
    const e = new ApiError(t('api.unreachable', { reason: err.message }), 0, {});
    if (!opts.quiet) toast(e.message);
    throw e;
  });
  if (res.ok) return res;
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  // worded by its code in the interface language (i18n/errors.ts); the server's sentence otherwise
  const e = new ApiError(errorText(uiLang, body) || `${res.status} ${res.statusText}`, res.status, body);
  if (!opts.quiet) toast(e.message);
  throw e;
}

async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}, signal?: AbortSignal): Promise<T> {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '') as [string, string][]);
  const res = await request(`/api${path}${q.size ? `?${q}` : ''}`, signal && { signal });
  return (await res.json()) as T;
}

async function postJson<T>(path: string, body: unknown, opts: { quiet?: boolean } = {}): Promise<T> {
  const res = await request(`/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, opts);
  return (await res.json()) as T;
}

async function sendJson<T>(method: 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const res = await request(`/api${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return (await res.json()) as T;
}

export const api = {
  /** `signal` cancels it: the search box drops the request a newer keystroke superseded. */
  search: (q: string, limit = 12, signal?: AbortSignal) => getJson<{ results: SearchResult[] }>('/search', { q, limit }, signal),
  /** `offset`: a later page of its facts (the previous answer's `factsNext`). */
  node: (id: string, offset?: number) => getJson<NodeDetails>(`/nodes/${encodeURIComponent(id)}`, { offset: offset || undefined }),
  edge: (id: string) => getJson<EdgeDetails>(`/edges/${encodeURIComponent(id)}`),
  /** An entity's figures, grouped by what they state, with the reports that disagree (client/src/figures/). */
  figures: (id: string) => getJson<EntityFigures>(`/nodes/${encodeURIComponent(id)}/figures`),
  /** A district's headline figures by year; without an id, the area with the most. */
  figureDashboard: (entity?: string) => getJson<Dashboard>('/figures/dashboard', { entity }),
  /** Every group of figures that reports state differently. */
  figureConflicts: (limit = 100) => getJson<FigureConflicts>('/figures/conflicts', { limit }),
  /** Neighbours of `id`, with the facts between them and the entities already on the canvas (one round trip). */
  expand: (id: string, limit: number, canvas: string[], only: { types?: string[]; labels?: string[]; direction?: 'out' | 'in' } = {}, filters?: GroupFilters) =>
    postJson<NeighborsResult>(`/nodes/${encodeURIComponent(id)}/neighbors`, { limit, canvas, ...only, filters }),
  /** The entity's neighbours counted by relation type, direction and neighbour type (a hub's groups). */
  groups: (id: string, canvas: string[], filters?: GroupFilters) => postJson<NeighborGroups>(`/nodes/${encodeURIComponent(id)}/groups`, { canvas, filters }),
  /** Several hubs' groups in one request (at most 50 ids: the server's GROUPS_BATCH_CAP); a background refresh, so quiet. */
  groupsBatch: (ids: string[], canvas: string[], filters?: GroupFilters) => postJson<NeighborGroupsBatch>('/groups', { ids, canvas, filters }, { quiet: true }),
  /** Shortest paths: all of the shortest length, or the k shortest; avoiding hubs (maxDegree) and relation types. */
  paths: (from: string, to: string, o: { all?: boolean; k?: number; maxDegree?: number; excludeTypes?: string[] } = {}) =>
    getJson<PathsResult>('/paths', { from, to, all: String(!!o.all), k: o.k ?? 1, maxDegree: o.maxDegree || undefined, excludeTypes: o.excludeTypes?.join(',') || undefined, maxHops: 6 }),
  overview: (q: { limit?: number; reportedBy?: number | null; articles?: string | null } = {}) =>
    getJson<OverviewResult>('/graph', { limit: q.limit, reportedBy: q.reportedBy ?? undefined, articles: q.articles ?? undefined }),
  schema: () => getJson<GraphSchema>('/schema'),
  articles: () => getJson<{ articles: ArticleSummary[] }>('/articles'),
  article: (id: string) => getJson<ArticleDetail>(`/articles/${encodeURIComponent(id.replace(/\.txt$/, ''))}`),
  /** Errors are shown by the console itself (with their position), hence quiet. */
  cypher: (query: string, params: Record<string, unknown> = {}, quiet = false) => postJson<CypherResult>('/cypher', { query, params }, { quiet }),
  subgraph: (ids: string[], quiet = false) => postJson<SubgraphResult>('/subgraph', { ids }, { quiet }),

  // the review workflow (client/src/review/): a refused review is shown by the view itself, hence quiet
  drafts: () => getJson<DraftList>('/drafts'),
  draft: (id: string) => getJson<DraftView>(`/drafts/${encodeURIComponent(id)}`),
  createDraft: (body: DraftCreateRequest) => postJson<DraftView>('/drafts', body, { quiet: true }),
  reviewDraft: (id: string, body: { accept: string[]; reject: string[]; edits?: Record<string, DraftEdit>; add?: { entities?: DraftAddedEntity[]; relations?: DraftAddedRelation[] } }) =>
    postJson<DraftReviewResult>(`/drafts/${encodeURIComponent(id)}/review`, body, { quiet: true }),

  // named scenes (panels/scenes.ts): views saved on the server, opened by ?scene=<id>
  scenes: () => getJson<SceneList>('/scenes'),
  scene: (id: string) => getJson<Scene>(`/scenes/${encodeURIComponent(id)}`),
  saveScene: (name: string, payload: ScenePayloadInput) => postJson<Scene>('/scenes', { name, payload }),
  updateScene: (id: string, patch: { name?: string; payload?: ScenePayloadInput }) => sendJson<Scene>('PATCH', `/scenes/${encodeURIComponent(id)}`, patch),
  deleteScene: (id: string) => sendJson<{ id: string; deleted: true }>('DELETE', `/scenes/${encodeURIComponent(id)}`),

  /** The export API answers with a file: returned as a blob with the server's file name. */
  async export(format: ExportFormat, source: ExportSource): Promise<{ blob: Blob; filename: string }> {
    const res = await request('/api/export', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ format, ...source }) });
    const cd = res.headers.get('content-disposition') ?? '';
    const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
    const plain = /filename="?([^";]+)"?/i.exec(cd);
    const filename = star ? decodeURIComponent(star[1]) : plain ? plain[1] : `shizhong-graph.${format === 'cypher' ? 'cypher' : format}`;
    return { blob: await res.blob(), filename };
  },
};
