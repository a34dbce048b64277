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
