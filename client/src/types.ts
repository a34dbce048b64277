// Client-side shapes: the view state the store holds (and the URL carries). Everything the server
// answers is typed by the contract (model/index.ts) and imported from there.
import type { CanvasEdge, CanvasNode } from '../../model/index.ts';

export type {
  ArticleDetail,
  ArticleSummary,
  CypherResult,
  EdgeDetails,
  Evidence,
  ExportFormatName,
  ExportSelection,
  Figure,
  GraphPayload,
  GraphSchema,
  MatchField,
  NeighborGroup,
  NeighborGroups,
  NeighborsResult,
  NodeDetails,
  NodeFact,
  OverviewResult,
  PathsResult,
  SearchResult,
  SubgraphResult,
} from '../../model/index.ts';

/** What the store caches and the canvas draws: the contract's canvas shapes. */
export type GraphNode = CanvasNode;
export type GraphEdge = CanvasEdge;

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
  /** centre id → a hub's neighbours not drawn yet, in groups (drawn as group nodes "支撑 · 战略 89") */
  groups: Record<string, GroupView[]>;
  /** node ids the user pinned: layouts leave them where they are */
  pinned: string[];
}

/** One group of a hub's neighbours not on the canvas yet: relation type, direction, neighbour type. */
export interface GroupView {
  type: string;
  direction: 'out' | 'in';
  label: string;
  /** neighbours of the group not on the canvas */
  left: number;
}

export const groupKey = (g: Pick<GroupView, 'type' | 'direction' | 'label'>) => `${g.type}.${g.direction}.${g.label}`;

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
  groups: {},
  pinned: [],
};
