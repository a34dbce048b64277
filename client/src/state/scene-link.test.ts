import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '../types.ts';
import { SceneLink } from './scene-link.ts';
import { Store } from './store.ts';

function opened() {
  const store = new Store({ ...EMPTY_VIEW, nodes: ['a'] });
  const link = new SceneLink();
  store.subscribe((e) => link.follow(e));
  store.update({ nodes: ['a', 'b'] }, 'restore');
  link.opened('s1', store.state);
  return { store, link };
}

describe('the scene a link carries', () => {
  it('is the scene while the view is the scene as opened, its counts refreshed, a node selected or the labels switched', () => {
    const { store, link } = opened();
    expect(link.idFor(store.state)).toBe('s1');
    store.update({ more: { a: 4 } }, 'groups', false);
    store.update({ selected: 'b' }, 'select', false);
    store.update({ lang: 'en' }, 'lang', false);
    expect(link.idFor(store.state)).toBe('s1');
  });

  it('is none after the view changes, and the scene again once undo brings the view back', () => {
    const { store, link } = opened();
    store.update({ more: { a: 4 } }, 'groups', false);
    store.update({ nodes: ['a', 'b', 'c'] }, 'expand');
    expect(link.idFor(store.state)).toBeNull();
    store.undo();
    expect(link.idFor(store.state)).toBe('s1');
    store.redo();
    expect(link.idFor(store.state)).toBeNull();
    store.update({ hiddenLabels: ['Person'] }, 'filter');
    expect(link.idFor(store.state)).toBeNull();
  });

  it('is none before any scene opened', () => {
    expect(new SceneLink().idFor(EMPTY_VIEW)).toBeNull();
  });
});
