// The store: graph merging, removal, collapse, filters and undo/redo of canvas changes.
import { describe, expect, it } from 'vitest';
import { edgePasses, nodePasses, Store } from './store.ts';
import { EMPTY_VIEW, type GraphEdge, type GraphNode } from '../types.ts';

const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({ id, name: id, labels: ['Area'], ...extra });
const edge = (id: string, source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({ id, type: 'PART_OF', source, target, evidence_count: 1, ...extra });

describe('Store', () => {
  it('adds a graph without duplicates and reports only the new nodes', () => {
    const s = new Store(EMPTY_VIEW);
    s.addGraph({ nodes: [node('a'), node('b')], edges: [edge('r1', 'a', 'b')], truncated: false }, 'load');
    let added: string[] = [];
    s.subscribe((e) => (added = e.added));
    s.addGraph({ nodes: [node('b'), node('c')], edges: [edge('r2', 'b', 'c'), edge('r3', 'c', 'zz')], truncated: false }, 'expand');
    expect(s.state.nodes).toEqual(['a', 'b', 'c']);
    expect(s.state.edges).toEqual(['r1', 'r2']);
    expect(added).toEqual(['c']);
  });

  it('undoes and redoes every change to the canvas, but not the selection', () => {
    const s = new Store(EMPTY_VIEW);
    s.addGraph({ nodes: [node('a')], edges: [], truncated: false }, 'load');
    s.addGraph({ nodes: [node('b')], edges: [edge('r', 'a', 'b')], truncated: false }, 'expand');
    s.update({ selected: 'b' }, 'select', false);
    s.removeNodes(['b'], 'hide');
    expect(s.state.edges).toEqual([]);
    expect(s.state.selected).toBeNull();
    s.undo();
    expect(s.state.nodes).toEqual(['a', 'b']);
    s.undo();
    expect(s.state.nodes).toEqual(['a']);
    s.redo();
    expect(s.state.nodes).toEqual(['a', 'b']);
  });

  it('collapse finds the neighbours that hang only on the node', () => {
    const s = new Store(EMPTY_VIEW);
    s.addGraph({ nodes: ['a', 'b', 'c', 'd'].map((id) => node(id)), edges: [edge('1', 'a', 'b'), edge('2', 'a', 'c'), edge('3', 'c', 'd'), edge('4', 'd', 'a')], truncated: false }, 'load');
    expect(s.leavesOf('a')).toEqual(['b']);
  });

  it('replace starts a fresh canvas and forgets the badges', () => {
    const s = new Store(EMPTY_VIEW);
    s.addGraph({ nodes: [node('a')], edges: [], truncated: false }, 'load', { more: { a: 4 } });
    s.addGraph({ nodes: [node('x')], edges: [], truncated: false }, 'query', { replace: true });
    expect(s.state.nodes).toEqual(['x']);
    expect(s.state.more).toEqual({});
  });
});

describe('filters', () => {
  const v = { ...EMPTY_VIEW, hiddenLabels: ['Honor'], hiddenTypes: ['SUPPORTS'], reportedBy: 2021, article: '001_x' };
  it('hide nodes of a hidden type, reported later, or not in the article', () => {
    expect(nodePasses(node('a', { first_reported: 2020, articles: ['001_x.txt'] }), v)).toBe(true);
    expect(nodePasses(node('a', { labels: ['Honor'] }), v)).toBe(false);
    expect(nodePasses(node('a', { first_reported: 2023 }), v)).toBe(false);
    expect(nodePasses(node('a', { articles: ['002_y.txt'] }), v)).toBe(false);
  });
  it('hide relationships of a hidden type', () => {
    expect(edgePasses(edge('r', 'a', 'b', { type: 'SUPPORTS' }), v)).toBe(false);
    expect(edgePasses(edge('r', 'a', 'b', { first_reported: 2020 }), v)).toBe(true);
  });
});

describe('proposed facts', () => {
  it('are hidden by the hideProposed filter, curated ones stay', async () => {
    const { nodePasses, edgePasses } = await import('./store.ts');
    const { EMPTY_VIEW } = await import('../types.ts');
    const proposed = { id: 'p', labels: ['Project'], name: '新项目', status: 'proposed' as const };
    const curated = { id: 'c', labels: ['Area'], name: '市中区', status: 'curated' as const };
    const edge = { id: 'r', type: 'LOCATED_IN', source: 'p', target: 'c', status: 'proposed' as const, evidence_count: 1 };
    expect(nodePasses(proposed, EMPTY_VIEW)).toBe(true);
    expect(nodePasses(proposed, { ...EMPTY_VIEW, hideProposed: true })).toBe(false);
    expect(nodePasses(curated, { ...EMPTY_VIEW, hideProposed: true })).toBe(true);
    expect(edgePasses(edge, { ...EMPTY_VIEW, hideProposed: true })).toBe(false);
  });
});
