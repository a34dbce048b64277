// Turns arbitrary Cypher result values into JSON-safe rows, collecting every node, relationship and
// path found anywhere in them (nested lists and maps included) as graph elements, up to a cap.
import { isNode, isPath, isRelationship, type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import type { RowNode, RowPath, RowRelationship } from '../../../model/index.ts';
import { toPlain, toRowNode, toRowRelationship } from '../../../model/storage/index.ts';

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

export class ResultCollector {
  readonly nodes = new Map<string, Node>();
  readonly relationships = new Map<string, Relationship>();
  /** set once an element was left out of the graph because of the cap */
  graphTruncated = false;

  constructor(private readonly graphCap: number) {}

  row(record: Neo4jRecord): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    for (const key of record.keys) row[String(key)] = this.value(record.get(key));
    return row;
  }

  value(v: unknown): unknown {
    if (isNode(v)) return this.node(v);
    if (isRelationship(v)) return this.relationship(v);
    if (isPath(v)) return this.path(v);
    if (Array.isArray(v)) return v.map((x) => this.value(x));
    if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.value(x)]));
    return toPlain(v);
  }

  /** Room left under the graph cap. */
  get room(): number {
    return Math.max(0, this.graphCap - this.nodes.size - this.relationships.size);
  }

  /** Element ids of relationship endpoints the result did not contain as nodes. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const r of this.relationships.values())
      for (const id of [r.startNodeElementId, r.endNodeElementId]) if (!this.nodes.has(id)) missing.add(id);
    return [...missing];
  }

  addNode(node: Node): void {
    this.keep(this.nodes, node);
  }

  private keep<T extends Node | Relationship>(into: Map<string, T>, el: T): void {
    if (into.has(el.elementId)) return;
    if (this.room === 0) this.graphTruncated = true;
    else into.set(el.elementId, el);
  }

  private node(node: Node): RowNode {
    this.keep(this.nodes, node);
    return toRowNode(node);
  }

  private relationship(rel: Relationship): RowRelationship {
    this.keep(this.relationships, rel);
    return toRowRelationship(rel);
  }

  private path(path: Path): RowPath {
    return {
      kind: 'path',
      nodes: [this.node(path.start), ...path.segments.map((s) => this.node(s.end))],
      relationships: path.segments.map((s) => this.relationship(s.relationship)),
    };
  }
}
