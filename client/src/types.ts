// Client-side shapes: the view state the store holds (and the URL carries), and re-exports of the
// server's response types so client and server share one contract.
export type { GraphEdge, GraphNode, GraphPayload, Stats } from '../../server/src/types.ts';
export type { SearchResult } from '../../server/src/operations/search.ts';
export type { NodeDetails, Figure } from '../../server/src/operations/node-details.ts';
export type { EdgeDetails } from '../../server/src/operations/edge-details.ts';
export type { NeighborsResult } from '../../server/src/operations/neighbors.ts';
export type { PathsResult } from '../../server/src/operations/paths.ts';
export type { GraphSchema } from '../../server/src/operations/schema.ts';
export type { ArticleDetail, ArticleSummary } from '../../server/src/operations/articles.ts';
export type { EvidenceRecord } from '../../server/src/store/evidence.ts';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LANGS = ['zh', 'en', 'py'] as const;
export type Lang = (typeof LANGS)[number];

/** Everything a shared link reproduces. Element ids only: their data lives in the store's cache. */
export interface ViewState {
  /** entity ids on the canvas, in the order they arrived */
  nodes: string[];
  /** relationship ids on the canvas */
  edges: string[];
  /** centre id → neighbours left out by the expansion cap (drawn as an "N more" badge) */
  more: Record<string, number>;
  hiddenLabels: string[];
  hiddenTypes: string[];
  lang: Lang;
  layout: LayoutName;
  /** "as reported by" year; null = every year */
  reportedBy: number | null;
  /** only elements reported in this article (id without .txt); null = all */
  article: string | null;
  selected: string | null;
  /** node ids of a highlighted path */
  path: string[];
  /** hide what the extractor proposed and nobody has reviewed yet (status: 'proposed') */
  hideProposed: boolean;
}

export const EMPTY_VIEW: ViewState = {
  nodes: [],
  edges: [],
  more: {},
  hiddenLabels: [],
  hiddenTypes: [],
  lang: 'zh',
  layout: 'fcose',
  reportedBy: null,
  article: null,
  selected: null,
  path: [],
  hideProposed: false,
};
