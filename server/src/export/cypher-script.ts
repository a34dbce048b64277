// cypher: a script that recreates the subgraph in an empty Neo4j: the id constraints, then one MERGE
// per node and per edge, each statement on one line ending in `;` (cypher-shell runs it as is; text
// never breaks a line because every string is written as an escaped literal, never spliced raw).
// Evidence records go back into the parallel ev_* arrays they were read from.
import type { ExportEdge, ExportNode } from '../../../model/index.ts';
import { derivedEdgeId, evidenceArrays } from '../../../model/storage/index.ts';
import { EDGE_STRUCTURE, NODE_STRUCTURE, propertiesOf, type ExportDocument } from './document.ts';

export const SCHEMA = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;',
];

/** A Cypher string literal. Controls and line separators become \uXXXX so a statement stays on one line. */
export function cypherString(s: string): string {
  // eslint-disable-next-line no-control-regex
  return `'${s.replace(/[\\']/g, (c) => `\\${c}`).replace(/[\u0000-\u001F\u007F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

/** A name (label, type, property key) in backticks, backticks doubled. */
export const cypherName = (name: string) => `\`${name.replace(/`/g, '``')}\``;

export function cypherValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cypher export: cannot write the number ${value}`);
    return String(value).replace('e+', 'e');
  }
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(', ')}]`;
  // Neo4j cannot store maps as properties; they were JSON text to begin with (toPlain of a point etc.)
  return cypherString(JSON.stringify(value));
}

// keys sorted: the script is the same whatever order the database kept the properties in
const cypherMap = (props: Record<string, unknown>) => `{${Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${cypherName(k)}: ${cypherValue(v)}`).join(', ')}}`;


/** Every node is an Entity (plus its kind) or an Article; the base label carries the id constraint. */
const baseLabel = (n: ExportNode) => (n.labels.includes('Article') ? 'Article' : 'Entity');

function nodeStatement(n: ExportNode): string {
  const base = baseLabel(n);
  const props: Record<string, unknown> = { ...propertiesOf(n, NODE_STRUCTURE), id: n.id, ...evidenceArrays(n.evidence) };
  if (base === 'Article') delete props.name; // an article's name is its headline, not a stored property
  const extra = n.labels.filter((l) => l !== base).map((l) => `:${cypherName(l)}`).join('');
  return `MERGE (n:${base} {id: ${cypherString(n.id)}}) SET n = ${cypherMap(props)}${extra ? `, n${extra}` : ''};`;
}

function edgeStatement(e: ExportEdge, nodes: Map<string, ExportNode>): string {
  const stored = e.id !== derivedEdgeId(e.type, e.source, e.target);
  const props = { ...propertiesOf(e, EDGE_STRUCTURE), ...(stored ? { id: e.id } : {}), ...evidenceArrays(e.evidence) };
  const end = (v: 's' | 't', id: string) => `(${v}:${baseLabel(nodes.get(id)!)} {id: ${cypherString(id)}})`;
  const key = stored ? ` {id: ${cypherString(e.id)}}` : '';
  return `MATCH ${end('s', e.source)} MATCH ${end('t', e.target)} MERGE (s)-[r:${cypherName(e.type)}${key}]->(t) SET r = ${cypherMap(props)};`;
}

export function toCypherScript(doc: ExportDocument): string {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const { counts, exportedAt, source } = doc.meta;
  return [
    `// 济南市市中区 knowledge graph subgraph: ${counts.nodes} nodes, ${counts.edges} edges, exported ${exportedAt}`,
    `// source: ${JSON.stringify(source).replace(/[\u2028\u2029]/g, ' ')}`,
    '// Run in an empty database, e.g. `cypher-shell -f this-file.cypher`.',
    ...SCHEMA,
    ...doc.nodes.map(nodeStatement),
    ...doc.edges.map((e) => edgeStatement(e, nodes)),
    '',
  ].join('\n');
}

/** Statements of a script written by toCypherScript (one per line; comments and blank lines skipped). */
export function scriptStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('//'))
    .map((l) => l.replace(/;\s*$/, ''));
}
