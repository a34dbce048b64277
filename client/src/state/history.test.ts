// History: undo walks back, redo forward, a new step drops the redo branch, the limit forgets the oldest.
import { describe, expect, it } from 'vitest';
import { History } from './history.ts';

describe('History', () => {
  it('undoes and redoes steps in order', () => {
    const h = new History(0);
    h.push(1);
    h.push(2);
    expect(h.undo()).toBe(1);
    expect(h.undo()).toBe(0);
    expect(h.undo()).toBeUndefined();
    expect(h.redo()).toBe(1);
    expect(h.current).toBe(1);
  });

  it('drops the redo branch when a new step is pushed', () => {
    const h = new History('a');
    h.push('b');
    h.undo();
    h.push('c');
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe('a');
  });

  it('replace changes the present without adding a step', () => {
    const h = new History(1);
    h.replace(5);
    expect(h.canUndo).toBe(false);
    expect(h.current).toBe(5);
  });

  it('forgets the oldest step past its limit', () => {
    const h = new History(0, 2);
    for (const n of [1, 2, 3]) h.push(n);
    expect(h.undo()).toBe(2);
    expect(h.undo()).toBe(1);
    expect(h.canUndo).toBe(false);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => new History(0, 0)).toThrow(/invalid limit 0/);
  });
});
