// The packed part of a link: every id comes back (entity ids as bytes, others as text), positions to the
// model pixel, and the link is small: sizes for 20/100/300-node views measured against the text form.
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { pack, unpack, type Packed } from './packed.ts';

const boxId = (c: string, k: string) => `group:${c}|${k}`;

/** A view as an expansion leaves it: hex ids, nodes on rings around hubs (neighbours arrive together). */
function view(count: number, seed = 7): Packed {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const hex = () => Array.from({ length: 12 }, () => Math.floor(rand() * 16).toString(16)).join('');
  const nodes = Array.from({ length: count }, () => `e-${hex()}`);
  const positions: Record<string, { x: number; y: number }> = {};
  nodes.forEach((id, i) => {
    const hub = Math.floor(i / 20);
    const a = (i % 20) * 0.31 + rand() * 0.1;
    const r = 110 + 70 * Math.floor((i % 20) / 8);
    positions[id] = { x: (hub % 4) * 900 + r * Math.cos(a) + rand(), y: Math.floor(hub / 4) * 700 + r * Math.sin(a) + rand() };
  });
  const groups = { [nodes[0]]: ['SUPPORTS.out.Strategy', 'PART_OF.in.Area', 'LOCATED_IN.in.Organization', 'HOLDS.out.Event'].map((k) => {
    const [type, direction, label] = k.split('.');
    positions[boxId(nodes[0], k)] = { x: -300 + rand() * 600, y: 400 + rand() * 100 };
    return { type, direction: direction as 'out' | 'in', label, left: 17 + Math.floor(rand() * 300) };
  }) };
  return { nodes, more: { [nodes[1]]: 12 }, groups, pinned: [nodes[2]], camera: { zoom: 0.8347, pan: { x: 412, y: -268 }, positions } };
}

/** The same view as links were written before packing: `n=` ids as text, `more`, `g`, `pin` and the lz-string `cam`. */
function textForm(p: Packed): string {
  const flat = [p.camera!.zoom, p.camera!.pan.x, p.camera!.pan.y, ...p.nodes.flatMap((id) => [Math.round(p.camera!.positions[id].x), Math.round(p.camera!.positions[id].y)])];
  const groups = Object.entries(p.groups).flatMap(([c, gs]) => gs.map((g) => `${c}:${g.type}.${g.direction}.${g.label}.${g.left}`));
  return `n=${p.nodes.join(',')}&more=${Object.entries(p.more).map(([id, c]) => `${id}:${c}`).join(',')}&g=${groups.join(',')}&pin=${p.pinned.join(',')}&cam=${LZString.compressToEncodedURIComponent(JSON.stringify(flat))}`;
}

describe('packed link', () => {
  it('gives back every id, badge, group, pin and position (to the model pixel), the zoom and the pan', () => {
    const p = view(100);
    const back = unpack(pack(p, boxId), boxId)!;
    expect(back.nodes).toEqual(p.nodes);
    expect([back.more, back.groups, back.pinned]).toEqual([p.more, p.groups, p.pinned]);
    expect(back.camera!.zoom).toBe(0.8347);
    expect(back.camera!.pan).toEqual(p.camera!.pan);
    const rounded = Object.fromEntries(Object.entries(p.camera!.positions).map(([id, q]) => [id, { x: Math.round(q.x), y: Math.round(q.y) }]));
    expect(back.camera!.positions).toEqual(rounded);
  });

  it('carries ids of any other shape as text, between the packed ones, and nodes without a place', () => {
    const p: Packed = { nodes: ['e-0123456789ab', '济南市:x', 'e-ffffffffffff', 'E-ABC'], more: { '济南市:x': 3 }, groups: {}, pinned: ['E-ABC'], camera: { zoom: 1, pan: { x: 0, y: 0 }, positions: { 'E-ABC': { x: -5, y: 7 } } } };
    expect(unpack(pack(p, boxId), boxId)).toEqual(p);
    expect(unpack(pack({ ...p, camera: null }, boxId), boxId)).toEqual({ ...p, camera: null });
  });

  it('answers null for a damaged, cut or unknown-version link', () => {
    const s = pack(view(20), boxId);
    expect(unpack(s.slice(0, -5), boxId)).toBeNull();
    expect(unpack(`${s}AA`, boxId)).toBeNull();
    expect(unpack('Aw', boxId)).toBeNull(); // version 3
    expect(unpack('AQ', boxId)).toBeNull(); // version 1 (groups as text keys): no longer read
    expect(unpack('!!', boxId)).toBeNull();
  });

  it('is at most 62% of the text form: 20 / 100 / 300 nodes with their places', () => {
    const sizes = [20, 100, 300].map((n) => {
      const p = view(n);
      return { n, before: textForm(p).length, after: `v=${pack(p, boxId)}`.length };
    });
    console.log(`link bytes (nodes: text form → packed): ${sizes.map((s) => `${s.n}: ${s.before} → ${s.after}`).join(', ')}`);
    // 20 nodes: 60% (the hub's group keys are text); 100 and 300: 55-56%
    for (const s of sizes) expect(s.after).toBeLessThan(s.before * 0.62);
    expect(sizes[1].after).toBeLessThan(1300);
  });
});
