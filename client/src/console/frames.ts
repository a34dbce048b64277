// The session's result frames: every console run, newest first, kept in sessionStorage so a reload (or
// switching the interface language, which reloads) keeps them, and a new tab starts clean.
import type { CypherResult } from '../api.ts';

export interface FrameError {
  /** the server's error code, when the server answered */
  code?: string;
  /** the server's English sentence, or the client's own message */
  message: string;
  details?: unknown;
  at?: { line: number; column: number; offset: number };
}

export interface Frame {
  id: number;
  query: string;
  /** the parameters as typed */
  params: string;
  /** when it ran (ms since epoch) */
  at: number;
  result?: CypherResult;
  error?: FrameError;
  /** dropped from storage to keep the session under its size limit: run again to see it */
  evicted?: boolean;
}

const KEY = 'kg.cypher.frames';
/** Neo4j Browser keeps about this many frames in its stream. */
export const FRAMES_MAX = 30;
/** sessionStorage holds ~5 MB per origin; results past this are kept as queries only. */
const STORED_MAX_CHARS = 2_000_000;

export function loadFrames(): Frame[] {
  try {
    const frames = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as Frame[];
    return Array.isArray(frames) ? frames.filter((f) => typeof f?.query === 'string' && typeof f.id === 'number') : [];
  } catch {
    return [];
  }
}

/** Stores the frames, the newest results first; older results past the size limit are left out. */
export function saveFrames(frames: Frame[]): void {
  let budget = STORED_MAX_CHARS;
  const stored = frames.slice(0, FRAMES_MAX).map((f) => {
    if (!f.result) return f;
    const size = JSON.stringify(f.result).length;
    if (size > budget) return { ...f, result: undefined, evicted: true };
    budget -= size;
    return f;
  });
  try {
    sessionStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // storage full or disabled: the frames live on in this page
  }
}
