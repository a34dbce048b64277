// The render benchmark's synthetic graphs: the same seeded data for both renderers, shaped like the
// explorer's (clustered, a few hubs, 1.5 edges per node, 4–14-character Chinese names, seven entity
// types), with laid-out positions for the "preset positions" runs.
import { ENTITY_LABELS, RELATION_TYPE_NAMES } from '../../model/vocabulary.ts';
import type { CanvasEdge, CanvasNode } from '../../model/index.ts';
import { prng } from '../prng.ts';

export interface BenchGraph {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  /** a finished-looking layout: communities on a spiral, their members around them */
  positions: Record<string, { x: number; y: number }>;
}

// Characters common in the district's news (place, project and company names), so text measurement and
// glyph drawing cost what they cost on the real data.
const CHARS =
  '济南市中区历下槐荫天桥山东省人民政府办公室发展改革委员会经济技术开发园区产业科技创新中心项目建设工程集团有限公司' +
  '街道社区片区城市更新文化旅游商业综合体医院学校金融服务数字智能制造新材料生物医药绿色低碳现代物流交通枢纽基础设施' +
  '公园广场大厦投资管理研究院实验室示范基地孵化器总部经济招商引资重点改造提升高质量营商环境民生保障老旧小区';

/** `elements` nodes + edges, 40 % nodes and 60 % edges (the e2e big view's 8,000 + 12,000 at 20k). */
export function benchGraph(elements: number, seed = 14): BenchGraph {
  const rand = prng(seed);
  const N = Math.round(elements * 0.4);
  const E = elements - N;
  const name = () => {
    const len = 4 + Math.floor(rand() * 11);
    let s = '';
    for (let i = 0; i < len; i++) s += CHARS[Math.floor(rand() * CHARS.length)];
    return s;
  };
  // communities of 10–150 members
  const community: number[] = [];
  const members: number[][] = [];
  while (community.length < N) {
    const size = Math.min(N - community.length, 10 + Math.floor(rand() * 140));
    const c = members.length;
    members.push([]);
    for (let i = 0; i < size; i++) {
      members[c].push(community.length);
      community.push(c);
    }
  }
  const nodes: CanvasNode[] = community.map((c, i) => {
    const rank = members[c].indexOf(i);
    return {
      id: 'n' + i,
      name: name(),
      labels: [ENTITY_LABELS[Math.floor(rand() * 7)]],
      // a few members of each community are its hubs and are mentioned far more often
      mention_count: Math.max(1, Math.round(120 / (1 + rank) ** 0.9 * rand())),
    };
  });
  const edges: CanvasEdge[] = [];
  const rel = () => RELATION_TYPE_NAMES[Math.floor(rand() * RELATION_TYPE_NAMES.length)];
  const add = (s: number, t: number) => edges.push({ id: 'e' + edges.length, type: rel(), source: 'n' + s, target: 'n' + t, evidence_count: 1 });
  // a tree inside each community, leaning on its first members (hubs), then random extra facts, 1 in 8 across communities
  for (const m of members) for (let k = 1; k < m.length && edges.length < E; k++) add(m[k], m[Math.floor(rand() ** 2 * k)]);
  while (edges.length < E) {
    const s = Math.floor(rand() * N);
    const m = rand() < 0.125 ? members[Math.floor(rand() * members.length)] : members[community[s]];
    const t = m[Math.floor(rand() * m.length)];
    if (t !== s) add(s, t);
  }
  const positions: BenchGraph['positions'] = {};
  const golden = Math.PI * (3 - Math.sqrt(5));
  members.forEach((m, c) => {
    const R = 260 * Math.sqrt(c);
    const cx = R * Math.cos(c * golden) * 2.2;
    const cy = R * Math.sin(c * golden) * 2.2;
    m.forEach((i, k) => {
      const r = 45 * Math.sqrt(k);
      positions['n' + i] = { x: cx + r * Math.cos(k * golden), y: cy + r * Math.sin(k * golden) };
    });
  });
  return { nodes, edges, positions };
}
