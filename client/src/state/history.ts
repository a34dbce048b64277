// Undo/redo over immutable snapshots: every change to the canvas pushes one; undo walks back.
export const DEFAULT_HISTORY_LIMIT = 200;

export class History<T> {
  private past: T[] = [];
  private future: T[] = [];

  constructor(
    private present: T,
    private readonly limit = DEFAULT_HISTORY_LIMIT,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`History: invalid limit ${limit}. Expecting a positive whole number.`);
  }

  get current(): T {
    return this.present;
  }
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** A new state: the redo branch is dropped, the oldest step is forgotten past the limit. */
  push(next: T): void {
    this.past.push(this.present);
    if (this.past.length > this.limit) this.past.shift();
    this.present = next;
    this.future = [];
  }

  /** Changes the present without a step (selection, language: not worth an undo). */
  replace(next: T): void {
    this.present = next;
  }

  undo(): T | undefined {
    const prev = this.past.pop();
    if (prev === undefined) return undefined;
    this.future.push(this.present);
    this.present = prev;
    return prev;
  }

  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.present);
    this.present = next;
    return next;
  }
}
