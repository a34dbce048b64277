// Driver values → rows and graph elements: nodes, relationships and paths are found at any depth,
// counted once, capped, and everything else is made JSON-safe.
import neo4j, { Node, Path, PathSegment, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ResultCollector } from './cypher-result.ts';

const int = neo4j.int;
const node = (n: number, labels: string[], props: Record<string, unknown>) => new Node(int(n), labels, props, `4:x:${n}`);
const rel = (n: number, from: number, to: number, type: string, props: Record<string, unknown> = {}) =>
  new Relationship(int(n), int(from), int(to), type, props, `5:x:${n}`, `4:x:${from}`, `4:x:${to}`);

const area = node(1, ['Entity', 'Area'], { id: 'e-1', name: '市中区', mention_count: int(7) });
const park = node(2, ['Entity', 'Park'], { id: 'e-2', name: '山大科技园' });
const locatedIn = rel(10, 2, 1, 'LOCATED_IN', { id: 'r-10', year: int(2020) });

describe('ResultCollector', () => {
  it('turns nodes and relationships into tagged row values that keep the graph ids', () => {
    const c = new ResultCollector(100);
    expect(c.value(area)).toEqual({
      kind: 'node',
      id: 'e-1',
      elementId: '4:x:1',
      labels: ['Entity', 'Area'],
      properties: { id: 'e-1', name: '市中区', mention_count: 7 },
    });
    expect(c.value(locatedIn)).toEqual({
      kind: 'relationship',
      id: 'r-10',
      elementId: '5:x:10',
      type: 'LOCATED_IN',
      startElementId: '4:x:2',
      endElementId: '4:x:1',
      properties: { id: 'r-10', year: 2020 },
    });
  });

  it('finds graph elements inside lists, maps and paths, once each', () => {
    const c = new ResultCollector(100);
    const path = new Path(park, area, [new PathSegment(park, locatedIn, area)]);
    const v = c.value({ outer: [[area], { deeper: path }], again: area }) as any;
    expect(v.outer[0][0].kind).toBe('node');
    expect(v.outer[1].deeper).toMatchObject({ kind: 'path', nodes: [{ id: 'e-2' }, { id: 'e-1' }], relationships: [{ id: 'r-10' }] });
    expect([...c.nodes.keys()]).toEqual(['4:x:1', '4:x:2']);
    expect([...c.relationships.keys()]).toEqual(['5:x:10']);
    expect(c.missingEndpoints()).toEqual([]);
    expect(c.graphTruncated).toBe(false);
  });

  it('makes integers, temporal values and points JSON-safe', () => {
    const c = new ResultCollector(10);
    expect(
      c.value({
        small: int(42),
        big: int('9007199254740993'),
        date: new neo4j.types.Date(2024, 1, 2),
        point: new neo4j.types.Point(int(7203), 1.5, 2),
        list: [int(1), null, 'x', true],
      }),
    ).toEqual({ small: 42, big: '9007199254740993', date: '2024-01-02', point: { srid: 7203, x: 1.5, y: 2 }, list: [1, null, 'x', true] });
  });

  it('stops collecting at the graph cap, says so, and reports endpoints it lacks', () => {
    const c = new ResultCollector(2);
    c.value([locatedIn, area, park]);
    expect(c.relationships.size + c.nodes.size).toBe(2);
    expect(c.graphTruncated).toBe(true);
    expect(c.missingEndpoints()).toEqual(['4:x:2']);
    expect(c.room).toBe(0);
  });
});
