// URL encoding of the view: round-trips, omits defaults, survives hand-edited links, and opens links
// made in the earlier text form.
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../types.ts';
import { groupNodeId } from '../view/explore.ts';
import { decodeLinkCamera, decodeView, encodeView, LINK_MAX } from './url.ts';

describe('view ⇄ URL', () => {
  it('round-trips every field a link reproduces', () => {
    const v: ViewState = {
      ...EMPTY_VIEW,
      nodes: ['e-1', 'e-2', 'e-3'],
      more: { 'e-1': 12 },
      hiddenLabels: ['Honor'],
      hiddenTypes: ['SUPPORTS', 'DEVELOPS'],
      lang: 'py',
      layout: 'concentric',
      reportedBy: 2022,
      article: '000_3b9feea827c40a6b',
      selected: 'e-2',
      path: ['e-1', 'e-3'],
      groups: { 'e-1': [{ type: 'SUPPORTS', direction: 'out', label: 'Strategy', left: 77 }, { type: 'PART_OF', direction: 'in', label: 'Area', left: 23 }] },
      pinned: ['e-2'],
    };
    expect(decodeView(encodeView(v))).toEqual(v);
  });

  it('keeps the starting view as an empty query string, the filters readable', () => {
    expect(encodeView(EMPTY_VIEW)).toBe('');
    expect(encodeView({ ...EMPTY_VIEW, hiddenTypes: ['SUPPORTS', 'DEVELOPS'], reportedBy: 2022 })).toBe('ht=SUPPORTS,DEVELOPS&y=2022');
    expect(encodeView({ ...EMPTY_VIEW, nodes: ['e-0123456789ab'] })).toMatch(/^v=[A-Za-z0-9_-]+$/);
  });

  it('drops "more" badges, groups and pins of nodes that are not on the canvas', () => {
    const v = decodeView(encodeView({ ...EMPTY_VIEW, nodes: ['a'], more: { a: 3, b: 4 }, pinned: ['a', 'b'], groups: { b: [{ type: 'SUPPORTS', direction: 'out', label: 'Strategy', left: 3 }] } }));
    expect([v.nodes, v.more, v.pinned, v.groups]).toEqual([['a'], { a: 3 }, ['a'], {}]);
  });

  it('carries the camera: entity and group box positions to the model pixel, zoom and pan', () => {
    const g = { type: 'SUPPORTS', direction: 'out' as const, label: 'Strategy', left: 77 };
    const v = { ...EMPTY_VIEW, nodes: ['e-0123456789ab', 'e-ba9876543210'], groups: { 'e-0123456789ab': [g] } };
    const box = groupNodeId('e-0123456789ab', 'SUPPORTS.out.Strategy');
    const camera = { zoom: 0.8347, pan: { x: 412, y: -268 }, positions: { 'e-0123456789ab': { x: 10.4, y: -20.6 }, 'e-ba9876543210': { x: 240, y: 75 }, [box]: { x: -180, y: 96 } } };
    expect(decodeLinkCamera(encodeView(v, EMPTY_VIEW.layout, 'zh', camera))).toEqual({
      zoom: 0.8347,
      pan: { x: 412, y: -268 },
      positions: { 'e-0123456789ab': { x: 10, y: -21 }, 'e-ba9876543210': { x: 240, y: 75 }, [box]: { x: -180, y: 96 } },
    });
  });

  it('opens a link of the earlier text form (n, more, g, pin and the lz-string cam) as it was made', () => {
    const cam = LZString.compressToEncodedURIComponent(JSON.stringify([1.25, -40, 310, 10, -20, 300, 5]));
    const search = `?n=e-1,e-2&more=e-2:4&g=e-1:SUPPORTS.out.Strategy.77&pin=e-2&ht=SUPPORTS&layout=grid&cam=${cam}`;
    const v = decodeView(search);
    expect(v).toMatchObject({ nodes: ['e-1', 'e-2'], more: { 'e-2': 4 }, pinned: ['e-2'], hiddenTypes: ['SUPPORTS'], layout: 'grid' });
    expect(v.groups).toEqual({ 'e-1': [{ type: 'SUPPORTS', direction: 'out', label: 'Strategy', left: 77 }] });
    expect(decodeLinkCamera(search)).toEqual({ zoom: 1.25, pan: { x: -40, y: 310 }, positions: { 'e-1': { x: 10, y: -20 }, 'e-2': { x: 300, y: 5 } } });
  });

  it('leaves the camera out of a link past LINK_MAX characters, never a node', () => {
    const nodes = Array.from({ length: 12_000 }, (_, i) => `e-${i.toString(16).padStart(12, '0')}`);
    const positions = Object.fromEntries(nodes.map((id, i) => [id, { x: (i * 7919) % 20_000, y: (i * 104_729) % 15_000 }]));
    const q = encodeView({ ...EMPTY_VIEW, nodes }, EMPTY_VIEW.layout, 'zh', { zoom: 0.2, pan: { x: 0, y: 0 }, positions });
    expect(q.length).toBeLessThan(LINK_MAX);
    expect(decodeView(q).nodes).toEqual(nodes);
    expect(decodeLinkCamera(q)).toBeNull();
    const small = encodeView({ ...EMPTY_VIEW, nodes: nodes.slice(0, 100) }, EMPTY_VIEW.layout, 'zh', { zoom: 0.2, pan: { x: 0, y: 0 }, positions });
    expect(Object.keys(decodeLinkCamera(small)!.positions)).toHaveLength(100);
  });

  it('reads a damaged packed view as the starting view, keeping the readable keys', () => {
    const v = decodeView('?v=AAAA_not-a-view&layout=grid');
    expect([v.nodes, v.layout]).toEqual([[], 'grid']);
    expect(decodeLinkCamera('?v=%%%')).toBeNull();
  });

  it('falls back to defaults for unknown or malformed values', () => {
    const v = decodeView('?n=a,a,,b&lang=fr&layout=spiral&y=soon&more=a:x,b:2');
    expect(v.nodes).toEqual(['a', 'b']);
    expect(v.lang).toBe('zh');
    expect(v.layout).toBe('fcose');
    expect(v.reportedBy).toBeNull();
    expect(v.more).toEqual({ b: 2 });
  });
});

describe('hideProposed in the URL', () => {
  it('round-trips and is omitted when off', async () => {
    const { encodeView, decodeView } = await import('./url.ts');
    const { EMPTY_VIEW } = await import('../types.ts');
    expect(encodeView({ ...EMPTY_VIEW, hideProposed: true })).toBe('np=1');
    expect(decodeView('np=1').hideProposed).toBe(true);
    expect(encodeView(EMPTY_VIEW)).toBe('');
  });
});
