// Entry of the client: loads the overview graph and draws it with Cytoscape, coloured by type.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphPayload } from '../../server/src/types.ts';
import { TYPE_STYLES, styleOf } from './theme.ts';

cytoscape.use(fcose);

const status = document.getElementById('status')!;

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

function renderLegend(counts: Map<string, number>) {
  const legend = document.getElementById('legend')!;
  legend.innerHTML = '';
  for (const [label, style] of Object.entries(TYPE_STYLES)) {
    if (!counts.get(label)) continue;
    const item = document.createElement('div');
    item.className = 'item';
    item.innerHTML = `<span class="swatch" style="background:${style.color}"></span>${style.zh} <small>${label} · ${counts.get(label)}</small>`;
    legend.append(item);
  }
}

async function main() {
  status.textContent = '加载中…';
  const graph = await getJson<GraphPayload>('/api/graph');
  const counts = new Map<string, number>();
  for (const n of graph.nodes) {
    const t = styleOf(n.labels);
    const key = n.labels.find((l) => TYPE_STYLES[l]) ?? 'other';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    void t;
  }
  renderLegend(counts);
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, color: styleOf(n.labels).color, shape: styleOf(n.labels).shape } })),
      ...graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.type } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          shape: 'data(shape)' as never,
          label: 'data(label)',
          'font-size': 11,
          'text-wrap': 'wrap',
          'text-max-width': '90px',
          'text-overflow-wrap': 'anywhere',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          width: 18,
          height: 18,
          'min-zoomed-font-size': 7,
        },
      },
      { selector: 'edge', style: { width: 1, 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.7 } },
    ],
    layout: { name: 'fcose', animate: false, quality: 'default', randomize: true, nodeRepulsion: () => 8000, idealEdgeLength: () => 70 } as never,
    wheelSensitivity: 0.3,
  });
  status.textContent = `${graph.nodes.length} 个实体 · ${graph.edges.length} 条关系${graph.truncated ? '（已截断）' : ''}`;
  (window as unknown as { cy: unknown }).cy = cy;
}

main().catch((err) => {
  status.textContent = `出错了：${(err as Error).message}`;
});
