// A result frame's own small graph (like Neo4j Browser's): the query's nodes and relationships drawn
// apart from the exploration canvas, which changes only when the user adds the result to it.
import cytoscape, { type Core } from 'cytoscape';
import type { CypherResult } from '../api.ts';
import { uiLang } from '../i18n/index.ts';
import { relName, styleOf } from '../theme.ts';

/** Names as the interface reads them: English names in the English interface when there is one. */
const nameOf = (n: CypherResult['graph']['nodes'][number]) => (uiLang === 'en' && n.en ? String(n.en) : n.name);

export function drawFrameGraph(container: HTMLElement, graph: CypherResult['graph']): Core {
  const cy = cytoscape({
    container,
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id, label: nameOf(n), color: styleOf(n.labels).color, shape: styleOf(n.labels).shape } })),
      ...graph.edges.map((e) => ({ data: { id: `e:${e.id}`, source: e.source, target: e.target, label: uiLang === 'en' ? e.type : relName(e.type) } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          shape: 'data(shape)' as never,
          width: 18,
          height: 18,
          label: 'data(label)',
          'font-size': 10,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'wrap',
          'text-max-width': '90px',
          // English and pinyin break between words only; Chinese may break anywhere
          'text-overflow-wrap': uiLang === 'en' ? 'whitespace' : 'anywhere',
          color: '#1e293b',
          'text-background-color': '#fff',
          'text-background-opacity': 0.7,
          'text-background-padding': '1px',
        },
      },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#0f172a' } },
      {
        selector: 'edge',
        style: {
          width: 1.4,
          'line-color': '#94a3b8',
          'target-arrow-color': '#94a3b8',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#475569',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
        },
      },
    ],
    layout: { name: graph.nodes.length > 1 ? 'cose' : 'grid', animate: false, nodeDimensionsIncludeLabels: true, padding: 16 } as cytoscape.LayoutOptions,
    minZoom: 0.2,
    maxZoom: 3,
  });
  return cy;
}
