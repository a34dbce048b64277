// The packed part of a link (`v=`): the view's entities, hub groups, "+N" badges and pins, with the
// camera (every drawn node's position, group boxes included, and the viewport), as bytes in base64url.
// An entity id is `e-` + 12 hex digits (model/storage/ids.ts): 6 bytes here, 8 characters in the link,
// against 15 as text; positions are whole model pixels, each a zigzag varint of its step from the one
// before (nodes that arrived together sit together: 2-3 bytes a node). A 100-node view with its places
// is 1,266 characters of link where the text list and the lz-string camera took 2,280 (packed.test.ts);
// 市中区 expanded (60 entities, 19 group boxes with their places) takes 1,261 against 2,042 (views-stay e2e).
// Any other id is carried as UTF-8 text, so a link never loses a node. Pure: packed.test.ts.
import { groupKey, type GroupView } from '../types.ts';
import type { Camera } from '../view/renderer.ts';

/**
 * Bumped when the layout of the bytes changes; an unknown version reads as no view (the start view).
 * 2: groups name their relation type and neighbour type from a table (version 1, groups as text keys,
 * lived for an hour of one working session).
 */
const VERSION = 2;
const HEX_ID = /^e-[0-9a-f]{12}$/;

/** What a link packs: the id-bearing parts of the view, and the camera when the canvas has one. */
export interface Packed {
  nodes: string[];
  more: Record<string, number>;
  groups: Record<string, GroupView[]>;
  pinned: string[];
  /** positions keyed as the canvas keys its nodes: entity ids, and `boxId(center, key)` for group boxes */
  camera: Camera | null;
}

class Writer {
  private bytes: number[] = [];
  uint(n: number) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`packed link: expected a whole number ≥ 0, got ${n}`);
    while (n >= 0x80) {
      this.bytes.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.bytes.push(n);
  }
  int(n: number) {
    const r = Math.round(n);
    this.uint(r < 0 ? -2 * r - 1 : 2 * r);
  }
  raw(b: ArrayLike<number>) {
    for (let i = 0; i < b.length; i++) this.bytes.push(b[i]);
  }
  text(s: string) {
    const b = new TextEncoder().encode(s);
    this.uint(b.length);
    this.raw(b);
  }
  base64url(): string {
    let s = '';
    for (const b of this.bytes) s += String.fromCharCode(b);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get done() {
    return this.at >= this.bytes.length;
  }
  byte(): number {
    if (this.at >= this.bytes.length) throw new RangeError('packed link: ends early');
    return this.bytes[this.at++];
  }
  uint(): number {
    let n = 0;
    for (let scale = 1; ; scale *= 0x80) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      if (scale > 2 ** 42) throw new RangeError('packed link: number too long');
    }
  }
  int(): number {
    const z = this.uint();
    return z % 2 ? -(z + 1) / 2 : z / 2;
  }
  raw(n: number): Uint8Array {
    if (this.at + n > this.bytes.length) throw new RangeError('packed link: ends early');
    return this.bytes.subarray(this.at, (this.at += n));
  }
  text(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.raw(this.uint()));
  }
}

const hexOf = (b: Uint8Array) => `e-${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`;
const bytesOfHex = (id: string) => Array.from({ length: 6 }, (_, i) => parseInt(id.slice(2 + 2 * i, 4 + 2 * i), 16));

/**
 * Ids in runs: a count of hex ids and their 6 bytes each, then one other id as text, a count again …
 * A view of entities only is one count and its bytes.
 */
function writeIds(w: Writer, ids: string[]) {
  w.uint(ids.length);
  let run: string[] = [];
  const flush = () => {
    w.uint(run.length);
    for (const id of run) w.raw(bytesOfHex(id));
    run = [];
  };
  for (const id of ids) {
    if (HEX_ID.test(id)) run.push(id);
    else (flush(), w.text(id));
  }
  if (run.length) flush();
}

function readIds(r: Reader): string[] {
  const n = r.uint();
  const ids: string[] = [];
  while (ids.length < n) {
    const run = r.uint();
    if (ids.length + run > n) throw new RangeError('packed link: more ids than it says');
    for (let i = 0; i < run; i++) ids.push(hexOf(r.raw(6)));
    if (ids.length < n) ids.push(r.text());
  }
  return ids;
}

/** Positions of `count` items: all of them, or a bitmap of which have one; then the steps between them. */
function writePositions(w: Writer, points: Array<{ x: number; y: number } | undefined>) {
  const have = points.filter(Boolean).length;
  w.uint(have);
  if (have < points.length) {
    const bits = new Uint8Array(Math.ceil(points.length / 8));
    points.forEach((p, i) => p && (bits[i >> 3] |= 1 << (i & 7)));
    w.raw(bits);
  }
  let x = 0;
  let y = 0;
  for (const p of points) {
    if (!p) continue;
    const px = Math.round(p.x);
    const py = Math.round(p.y);
    w.int(px - x);
    w.int(py - y);
    x = px;
    y = py;
  }
}

function readPositions(r: Reader, ids: string[], into: Camera['positions']) {
  const have = r.uint();
  const bits = have < ids.length ? r.raw(Math.ceil(ids.length / 8)) : null;
  let x = 0;
  let y = 0;
  ids.forEach((id, i) => {
    if (bits && !(bits[i >> 3] & (1 << (i & 7)))) return;
    x += r.int();
    y += r.int();
    into[id] = { x, y };
  });
}

/** The packed form of a view (`boxId` names a hub's group box as the canvas does). */
export function pack(p: Packed, boxId: (center: string, key: string) => string): string {
  const w = new Writer();
  w.uint(VERSION);
  const index = new Map(p.nodes.map((id, i) => [id, i]));
  writeIds(w, p.nodes);
  const more = Object.entries(p.more).filter(([id, c]) => index.has(id) && c > 0);
  w.uint(more.length);
  for (const [id, c] of more) (w.uint(index.get(id)!), w.uint(c));
  const groups = Object.entries(p.groups).flatMap(([c, gs]) => (index.has(c) ? gs.filter((g) => g.left > 0).map((g) => [c, g] as const) : []));
  w.uint(groups.length);
  if (groups.length) {
    // a hub's 19 groups name ~8 relation types and ~8 neighbour types: each once, then by number
    const words = [...new Set(groups.flatMap(([, g]) => [g.type, g.label]))];
    const word = new Map(words.map((x, i) => [x, i]));
    w.uint(words.length);
    for (const x of words) w.text(x);
    for (const [c, g] of groups) (w.uint(index.get(c)!), w.uint(word.get(g.type)!), w.uint(2 * word.get(g.label)! + (g.direction === 'in' ? 1 : 0)), w.uint(g.left));
  }
  const pinned = p.pinned.filter((id) => index.has(id));
  w.uint(pinned.length);
  for (const id of pinned) w.uint(index.get(id)!);
  const cam = p.camera;
  w.uint(cam ? 1 : 0);
  if (cam) {
    // zoom to 1/10,000: at 2,000 model pixels from the origin that is 0.2 screen pixels
    w.uint(Math.round(cam.zoom * 10_000));
    w.int(cam.pan.x);
    w.int(cam.pan.y);
    writePositions(w, p.nodes.map((id) => cam.positions[id]));
    writePositions(w, groups.map(([c, g]) => cam.positions[boxId(c, groupKey(g))]));
  }
  return w.base64url();
}

/** The view a packed link holds, or null when it is damaged or of an unknown version (the caller starts afresh). */
export function unpack(s: string, boxId: (center: string, key: string) => string): Packed | null {
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const r = new Reader(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    if (r.uint() !== VERSION) return null;
    const nodes = readIds(r);
    const at = (i: number) => {
      if (i >= nodes.length) throw new RangeError(`packed link: node ${i} of ${nodes.length}`);
      return nodes[i];
    };
    const more: Packed['more'] = {};
    for (let i = r.uint(); i > 0; i--) more[at(r.uint())] = r.uint();
    const groupList: Array<[string, GroupView]> = [];
    const groupCount = r.uint();
    if (groupCount) {
      const words = Array.from({ length: r.uint() }, () => r.text());
      const word = (i: number) => {
        if (i >= words.length) throw new RangeError('packed link: a damaged group');
        return words[i];
      };
      for (let i = 0; i < groupCount; i++) {
        const center = at(r.uint());
        const type = word(r.uint());
        const labelDir = r.uint();
        const label = word(Math.floor(labelDir / 2));
        if (!/^[A-Z_]+$/.test(type) || !/^\w+$/.test(label)) throw new RangeError('packed link: a damaged group');
        groupList.push([center, { type, direction: labelDir % 2 ? 'in' : 'out', label, left: r.uint() }]);
      }
    }
    const groups: Packed['groups'] = {};
    for (const [c, g] of groupList) if (g.left > 0) (groups[c] ??= []).push(g);
    const pinned: string[] = [];
    for (let i = r.uint(); i > 0; i--) pinned.push(at(r.uint()));
    let camera: Camera | null = null;
    if (r.uint() === 1) {
      const zoom = r.uint() / 10_000;
      const pan = { x: r.int(), y: r.int() };
      const positions: Camera['positions'] = {};
      readPositions(r, nodes, positions);
      readPositions(r, groupList.map(([c, g]) => boxId(c, groupKey(g))), positions);
      camera = zoom > 0 ? { zoom, pan, positions } : null;
    }
    if (!r.done) return null;
    return { nodes: [...new Set(nodes)], more, groups, pinned: [...new Set(pinned)], camera };
  } catch {
    return null;
  }
}
