// Shapes shared by the API and the client. Graph payloads have one shape everywhere.

export interface GraphNode {
  id: string;
  labels: string[];
  name: string;
  [property: string]: unknown;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  [property: string]: unknown;
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface Health {
  status: 'ok';
  neo4j: { version: string; edition: string };
}

export interface Stats {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

/** POST /api/cypher: a read-only query and its parameters (JSON values). */
export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

/** Bounds on one console query (config QUERY_TIMEOUT_MS, CYPHER_ROW_CAP, CYPHER_GRAPH_CAP). */
export interface CypherLimits {
  timeoutMs: number;
  rowCap: number;
  graphCap: number;
}

export interface CypherResult {
  columns: string[];
  /** JSON-safe; nodes, relationships and paths appear as `{kind: 'node' | 'relationship' | 'path', …}` */
  rows: Record<string, unknown>[];
  /** every node, relationship and path in the rows, as elsewhere in the API */
  graph: GraphPayload;
  summary: { queryType: string; resultAvailableAfterMs: number; truncated: boolean };
}
