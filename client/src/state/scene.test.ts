import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../types.ts';
import { groupNodeId } from '../view/explore.ts';
import { sceneOf, viewOfScene } from './scene.ts';

const view: ViewState = {
  ...EMPTY_VIEW,
  nodes: ['a', 'b'],
  edges: ['e1'],
  more: { a: 3, gone: 2 },
  groups: { a: [{ type: 'SUPPORTS', direction: 'out', label: 'Strategy', left: 77 }], gone: [{ type: 'SUPPORTS', direction: 'in', label: 'Area', left: 1 }] },
  pinned: ['b', 'gone'],
  hiddenLabels: ['Person'],
  reportedBy: 2024,
  lang: 'en',
  layout: 'breadthfirst',
  selected: 'a',
};
const box = groupNodeId('a', 'SUPPORTS.out.Strategy');
const camera = { zoom: 1.5, pan: { x: 10, y: 20 }, positions: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 }, [box]: { x: -90, y: 140 }, [groupNodeId('gone', 'SUPPORTS.in.Area')]: { x: 5, y: 5 }, badge: { x: 0, y: 0 } } };

describe('scene codec', () => {
  it('keeps the elements, positions (entities and group boxes), viewport, filters and layout of the view, and no language', () => {
    const p = sceneOf(view, camera);
    expect(p).toEqual({
      nodes: ['a', 'b'],
      positions: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 }, [box]: { x: -90, y: 140 } },
      camera: { zoom: 1.5, pan: { x: 10, y: 20 } },
      groups: { a: view.groups.a },
      more: { a: 3 },
      pinned: ['b'],
      filters: { hiddenLabels: ['Person'], hiddenTypes: [], reportedBy: 2024, article: null, hideProposed: false },
      layout: 'breadthfirst',
    });
    expect(JSON.stringify(p)).not.toContain('"lang"');
  });

  it('opens into the current languages, without entities the graph no longer holds', () => {
    const v = viewOfScene({ ...EMPTY_VIEW, lang: 'py' }, sceneOf(view, camera), new Set(['a']), []);
    expect(v).toMatchObject({ nodes: ['a'], lang: 'py', pinned: [], groups: { a: view.groups.a }, reportedBy: 2024, layout: 'breadthfirst', selected: null });
  });
});
