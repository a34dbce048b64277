// URL encoding of the view: round-trips, omits defaults, and survives hand-edited links.
import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../types.ts';
import { decodeView, encodeView } from './url.ts';

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

  it('keeps the starting view as an empty query string and commas readable', () => {
    expect(encodeView(EMPTY_VIEW)).toBe('');
    expect(encodeView({ ...EMPTY_VIEW, nodes: ['e-1', 'e-2'] })).toBe('n=e-1,e-2');
  });

  it('drops "more" badges of nodes that are not on the canvas', () => {
    expect(encodeView({ ...EMPTY_VIEW, nodes: ['a'], more: { a: 3, b: 4 } })).toBe('n=a&more=a:3');
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
