// The extraction pool: drafts are extracted in worker threads (task.ts) through piscina, so a long
// article (seconds of jieba and rules) never stalls the other requests. Bounded three ways: a few
// threads (one on a two-core machine: the other core serves requests and Neo4j), a short queue (a
// full one answers 503 extraction_busy with Retry-After at once instead of piling work up), and a
// timeout per extraction (the worker is terminated, piscina starts a new one; 503 extraction_timeout).
// A thread that cannot start, or that throws or dies mid-article, fails that draft only (500
// extraction_unavailable / extraction_failed): the server goes on serving, and the next draft starts a
// new thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Draft } from '../../../model/index.ts';
import { HttpError } from '../errors.ts';
import type { ExtractTask } from './task.ts';

/** One thread per spare core, at least one, at most four (each holds jieba's dictionary, ~100 MB). */
export const DEFAULT_EXTRACT_THREADS = Math.max(1, Math.min(4, availableParallelism() - 1));
/** Extractions waiting for a thread beyond those running; more are refused (503) rather than queued. */
export const DEFAULT_EXTRACT_QUEUE = 4;
/** A 1 MB article extracts in well under this on a loaded two-core machine; past it the worker is stopped. */
export const DEFAULT_EXTRACT_TIMEOUT_MS = 60_000;
/**
 * A thread idle this long exits, and its memory with it: jieba's dictionary and the extractor over the
 * gazetteer are 180-230 MB of the server's RSS (bench/results/scale-1000000.md, "Memory, remeasured"),
 * held for a draft that may come once a day. A reviewer's run of drafts keeps it; the first draft after
 * a quiet minute rebuilds it (seconds).
 */
export const DEFAULT_EXTRACT_IDLE_MS = 60_000;

export interface ExtractPoolOptions {
  threads?: number;
  queue?: number;
  timeoutMs?: number;
  idleMs?: number;
  /** the worker module (task.ts); tests give one that throws or exits */
  filename?: string;
}

const TASK = new URL('./task.ts', import.meta.url).href;

/**
 * Workers load task.ts, TypeScript: they need tsx's loader when this process did not pass it on (vitest).
 * When it did (`npm start`), nothing is passed and the workers inherit the process's flags: Node refuses
 * per-process flags (`--title`, `--trace-gc`, …) in an execArgv given explicitly, not in an inherited one,
 * so `node --title=kg --import tsx server/main.ts` keeps working drafts.
 */
const workerExecArgv = () => (process.execArgv.some((a) => /\btsx\b/.test(a)) ? undefined : [...process.execArgv, '--import', 'tsx']);

/**
 * Why a worker with these flags would not start, or undefined. Node's Worker constructor throws
 * synchronously for refused flags; inside piscina.run that throw comes after the task was queued with
 * its abort signal, so the task's promise, which no caller holds, rejects later (timeout, destroy) and
 * the unhandled rejection ended the server. Asked before piscina is made, the throw stays ours.
 */
function workerStartError(execArgv: string[] | undefined): string | undefined {
  try {
    void new Worker('', { eval: true, execArgv }).terminate();
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

export class ExtractPool {
  readonly threads: number;
  readonly queue: number;
  readonly timeoutMs: number;
  readonly idleMs: number;
  readonly filename: string;
  #pool: Piscina<ExtractTask, Draft> | undefined;
  /** extractions running or waiting: counted here, as piscina's maxQueue does not count tasks given a signal */
  #inFlight = 0;
  /** extractions handed to piscina, at most one per thread; the rest wait in #waiting, their timeout not started */
  #running = 0;
  #waiting: Array<() => void> = [];

  constructor(options: ExtractPoolOptions = {}) {
    this.threads = options.threads ?? DEFAULT_EXTRACT_THREADS;
    this.queue = options.queue ?? DEFAULT_EXTRACT_QUEUE;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS;
    this.idleMs = options.idleMs ?? DEFAULT_EXTRACT_IDLE_MS;
    this.filename = options.filename ?? TASK;
  }

  /** threads alive now (each holds jieba and an extractor) */
  get liveThreads(): number {
    return this.#pool?.threads.length ?? 0;
  }

  /** extractions running or waiting now */
  get inFlight(): number {
    return this.#inFlight;
  }

  /**
   * Threads start on first use (a CLI or a test that never extracts starts none) and exit after `idleMs` idle.
   * Threads that cannot start fail the draft with extraction_unavailable rather than running the
   * extraction on the server's own thread: seconds of jieba there would stall every other request, and a
   * fault in the extractor could take the server with it. It is a fault of the deployment, logged, 500.
   */
  get #piscina(): Piscina<ExtractTask, Draft> {
    if (this.#pool) return this.#pool;
    const execArgv = workerExecArgv();
    const refused = workerStartError(execArgv);
    if (refused)
      throw new HttpError(500, 'extraction_unavailable', `the extraction threads cannot start (${refused}); the rest of the explorer works: restart the server without that Node option to extract articles`, { reason: refused });
    this.#pool = new Piscina<ExtractTask, Draft>({
      filename: this.filename,
      minThreads: 0,
      maxThreads: this.threads,
      idleTimeout: this.idleMs,
      ...(execArgv && { execArgv }),
    });
    return this.#pool;
  }

  /**
   * The draft of one article. The timeout counts its run only: an article waiting behind a long one is
   * not stopped for the other's seconds (a full queue answers extraction_busy instead). The wait is kept
   * here, not in piscina's queue, because piscina's abort signal would start ticking at the call.
   */
  async extract(task: ExtractTask, { timeoutMs = this.timeoutMs } = {}): Promise<Draft> {
    if (this.#inFlight >= this.threads + this.queue)
      throw new HttpError(503, 'extraction_busy', `${this.#inFlight} articles are being extracted or waiting already; try again shortly`, { threads: this.threads, queue: this.queue });
    this.#inFlight++;
    try {
      await this.#thread();
      try {
        return await this.#piscina.run(task, { signal: AbortSignal.timeout(timeoutMs) });
      } finally {
        this.#release();
      }
    } catch (err) {
      const e = err as Error;
      if (e.name === 'AbortError' || e.name === 'TimeoutError')
        throw new HttpError(503, 'extraction_timeout', `extracting the article took longer than ${timeoutMs / 1000} s and was stopped; split a long article into parts, or try again when the server is less busy`, { timeoutMs });
      if (err instanceof HttpError) throw err;
      // the task threw, or its thread died mid-article: piscina replaces the thread, so only this draft fails
      throw new HttpError(500, 'extraction_failed', `extracting the article failed: ${e.message}; the next draft starts a new extraction thread`, { reason: e.message });
    } finally {
      this.#inFlight--;
    }
  }

  /** Resolves when a thread is free for one more extraction (first come, first served). */
  #thread(): Promise<void> {
    if (this.#running < this.threads) {
      this.#running++;
      return Promise.resolve();
    }
    return new Promise((ok) => this.#waiting.push(ok));
  }

  /** A finished extraction hands its thread to the next waiting one. */
  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#running--;
  }

  async close(): Promise<void> {
    await this.#pool?.destroy();
    this.#pool = undefined;
  }
}

let shared: ExtractPool | undefined;

/** The process's pool (the server's and the ingest CLI's), made on first use with the defaults. */
export const extractPool = (): ExtractPool => (shared ??= new ExtractPool());

export async function closeExtractPool(): Promise<void> {
  await shared?.close();
  shared = undefined;
}
