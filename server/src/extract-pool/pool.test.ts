// The extraction pool's threads come on demand and go when idle: jieba and the extractor they hold are
// most of the server's memory, and a draft may come once a day.
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractPool } from './pool.ts';
import type { ExtractTask } from './task.ts';

const text = '市中区人民政府在中央活力区举办招商大会。';
const task: ExtractTask = {
  key: 'test',
  entries: [{ name: '市中区', type: 'Area', aliases: [] }],
  text,
  article: { file: 'test.txt', encoding: 'utf-8', convertedFromTraditional: false, length: text.length },
};

let pool: ExtractPool | undefined;
afterEach(() => pool?.close());

const until = async (ok: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !ok() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
};

describe('the extraction pool', () => {
  it('starts no thread before the first draft, and ends an idle thread after idleMs', async () => {
    pool = new ExtractPool({ threads: 1, idleMs: 300 });
    expect(pool.liveThreads).toBe(0);
    await pool.extract(task);
    expect(pool.liveThreads).toBe(1);
    await until(() => pool!.liveThreads === 0, 10_000);
    expect(pool.liveThreads).toBe(0);
    // the next draft starts a thread again
    const draft = await pool.extract(task);
    expect(draft).toBeTruthy();
    expect(pool.liveThreads).toBe(1);
  });

  it('keeps a thread that drafts keep busy', async () => {
    pool = new ExtractPool({ threads: 1, idleMs: 5_000 });
    await pool.extract(task);
    await new Promise((r) => setTimeout(r, 500));
    await pool.extract(task);
    expect(pool.liveThreads).toBe(1);
  });
});
