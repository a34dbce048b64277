// The extraction pool: drafts are extracted in worker threads (task.ts) through piscina, so a long
// article (seconds of jieba and rules) never stalls the other requests. Bounded three ways: a few
// threads (one on a two-core machine: the other core serves requests and Neo4j), a short queue (a
// full one answers 503 extraction_busy with Retry-After at once instead of piling work up), and a
// timeout per extraction (the worker is terminated, piscina starts a new one; 503 extraction_timeout).
import { availableParallelism } from 'node:os';
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
}

const TASK = new URL('./task.ts', import.meta.url).href;

/** Workers load task.ts, TypeScript: they need tsx's loader when this process did not pass it on (vitest). */
const workerExecArgv = () => (process.execArgv.some((a) => /\btsx\b/.test(a)) ? process.execArgv : [...process.execArgv, '--import', 'tsx']);

export class ExtractPool {
  readonly threads: number;
  readonly queue: number;
  readonly timeoutMs: number;
  readonly idleMs: number;
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
  }

  /** threads alive now (each holds jieba and an extractor) */
  get liveThreads(): number {
    return this.#pool?.threads.length ?? 0;
  }

  /** extractions running or waiting now */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Threads start on first use (a CLI or a test that never extracts starts none) and exit after `idleMs` idle. */
  get #piscina(): Piscina<ExtractTask, Draft> {
    this.#pool ??= new Piscina<ExtractTask, Draft>({
      filename: TASK,
      minThreads: 0,
      maxThreads: this.threads,
      idleTimeout: this.idleMs,
      execArgv: workerExecArgv(),
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
      throw err;
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
