// JSON and Cytoscape.js exports: our graph shape (or cy elements) that parse back to the same subgraph.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { nastyDocument } from '../../../tests/support/export-formats.ts';
import { toCyjs } from './cyjs.ts';
import { toJson } from './json.ts';

describe('json export', () => {
  it('holds the nodes and edges with full properties and evidence, plus meta', () => {
    const doc = nastyDocument();
    const back = JSON.parse(toJson(doc));
    expect(back.nodes).toEqual(doc.nodes);
    expect(back.edges).toEqual(doc.edges);
    expect(back.meta).toEqual({
      exportedAt: '2026-11-21T08:30:00.000Z',
      source: { selection: { nodeIds: doc.nodes.map((n) => n.id) } },
      includeEvidence: true,
      counts: { nodes: 3, edges: 2, evidence: 4 },
    });
  });

  it('drops the evidence key when evidence is not wanted', () => {
    const back = JSON.parse(toJson(nastyDocument(false)));
    expect(back.nodes.every((n: object) => !('evidence' in n))).toBe(true);
    expect(back.meta.includeEvidence).toBe(false);
  });
});

describe('cyjs export', () => {
  it('is read by cy.json() into the same elements', () => {
    const doc = nastyDocument();
    const cy = cytoscape({ headless: true });
    cy.json(JSON.parse(toCyjs(doc)));
    expect(cy.nodes().map((n) => n.data())).toEqual(doc.nodes);
    expect(cy.edges().map((e) => e.data())).toEqual(doc.edges);
    cy.destroy();
  });

  it('carries the export meta as network data, as Cytoscape desktop expects', () => {
    const back = JSON.parse(toCyjs(nastyDocument()));
    expect(back.format_version).toBe('1.0');
    expect(back.data.counts).toEqual({ nodes: 3, edges: 2, evidence: 4 });
  });
});
