// The extraction pool's threads come on demand and go when idle: jieba and the extractor they hold are
// most of the server's memory, and a draft may come once a day.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError } from '../errors.ts';
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

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const failure = (p: Promise<unknown>) => p.then(() => undefined, (err: unknown) => err as HttpError);

describe('the extraction pool when threads fail', () => {
  it('extracts in a server started with a Node flag that worker threads refuse (node --title=… --import tsx)', async () => {
    // the task piscina had queued before the refused Worker threw used to reject unhandled when the
    // pool closed (or at its timeout) and end the process with code 1
    const { stdout } = await promisify(execFile)(process.execPath, ['--title=kg-explorer', '--import', 'tsx', here('./refused-flag.fixture.ts')], { timeout: 60_000 });
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toMatchObject({ entities: expect.arrayContaining(['市中区']) });
  }, 90_000);

  it('answers extraction_unavailable, and nothing rejects later, when the flags it must pass are refused', async () => {
    // vitest's process has no tsx loader, so the pool passes its flags explicitly: a refused one is
    // found before piscina is made, and its timeout and close have no orphaned task to reject
    process.execArgv.push('--title=kg-explorer');
    try {
      pool = new ExtractPool({ threads: 1, timeoutMs: 300 });
      const err = await failure(pool.extract(task));
      expect(err).toMatchObject({ status: 500, code: 'extraction_unavailable' });
      expect(err!.message).toContain('--title=kg-explorer');
      await new Promise((r) => setTimeout(r, 600)); // past the timeout
    } finally {
      process.execArgv.pop();
    }
    await pool.close();
    // the flag gone, the same pool starts its thread
    expect((await pool.extract(task, { timeoutMs: 30_000 })).entities.map((e) => e.name)).toContain('市中区');
  }, 60_000);

  it('fails only the draft whose thread throws or exits mid-task; the next draft gets a new thread', async () => {
    pool = new ExtractPool({ threads: 1, filename: here('./faulty-task.ts') });
    const threw = await failure(pool.extract({ ...task, text: `${text}FAULT:throw` }));
    expect(threw).toMatchObject({ status: 500, code: 'extraction_failed' });
    expect(threw!.message).toContain('the extractor threw');
    const exited = await failure(pool.extract({ ...task, text: `${text}FAULT:exit` }));
    expect(exited).toMatchObject({ status: 500, code: 'extraction_failed' });
    expect((await pool.extract(task)).entities.map((e) => e.name)).toContain('市中区');
  }, 60_000);
});
