// The Cypher console: the editor with parameters (JSON), query history and examples on the left; on the
// right the session's result frames, one per run, newest on top (frame.ts), kept across reloads
// (frames.ts). The exploration canvas changes only when a frame's "Add to canvas" is clicked.
import { api, ApiError, type CypherResult } from '../api.ts';
import { h, fill } from '../dom.ts';
import { t, uiLang } from '../i18n/index.ts';
import type { GraphSchema } from '../types.ts';
import type { CypherEditor } from './editor.ts';
import { EXAMPLES, exampleQuery } from './examples.ts';
import { renderFrame, type FrameView } from './frame.ts';
import { FRAMES_MAX, loadFrames, saveFrames, type Frame, type FrameError } from './frames.ts';
import './console.css';

const HISTORY_KEY = 'kg.cypher.history';
const HISTORY_MAX = 30;

export interface ConsoleActions {
  /** puts a result's graph on the exploration canvas (added to it, or in place of it) */
  show(result: CypherResult, replace: boolean): void;
  focus(id: string): void;
  /** the console takes the lower part of the stage; the canvas shrinks above it */
  resized(): void;
}

interface HistoryItem {
  query: string;
  params: string;
}

const loadHistory = (): HistoryItem[] => {
  try {
    return JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
  } catch {
    return [];
  }
};

/** The server's position of a syntax error; the offset is derived from line and column when it sends none. */
function positionOf(details: unknown, query: string): FrameError['at'] {
  const d = (details ?? {}) as { line?: unknown; column?: unknown; offset?: unknown };
  if (typeof d.line !== 'number' || typeof d.column !== 'number') return undefined;
  const lines = query.split('\n');
  const offset = typeof d.offset === 'number' ? d.offset : lines.slice(0, d.line - 1).reduce((n, l) => n + l.length + 1, 0) + d.column - 1;
  return { line: d.line, column: d.column, offset };
}

export function createConsole(root: HTMLElement, act: ConsoleActions) {
  let editor: CypherEditor | null = null;
  let history = loadHistory();
  let frames = loadFrames();
  const views = new Map<number, FrameView>();

  const editorBox = h('div.editor');
  const params = h('textarea.params', { spellcheck: 'false', rows: 2, placeholder: t('console.params'), 'aria-label': t('console.paramsAria') });
  const stream = h('div.frames', { 'aria-live': 'polite' });
  const framesTitle = h('span.frames-title');
  const historySelect = h('select.history', { 'aria-label': t('console.historyAria') });
  const exampleSelect = h(
    'select.examples',
    { 'aria-label': t('console.examplesAria') },
    h('option', { value: '' }, t('console.examples')),
    ...EXAMPLES.map((e, i) => h('option', { value: String(i) }, uiLang === 'en' ? e.en : e.title)),
  );
  const runButton = h('button.primary.run', { onclick: () => void run(), title: 'Ctrl-Enter' }, t('console.run'));

  exampleSelect.addEventListener('change', () => {
    const ex = EXAMPLES[Number(exampleSelect.value)];
    exampleSelect.value = '';
    if (!ex) return;
    editor?.set(exampleQuery(ex, uiLang));
    params.value = ex.params ? JSON.stringify(ex.params) : '';
    editor?.focus();
  });
  historySelect.addEventListener('change', () => {
    const item = history[Number(historySelect.value)];
    historySelect.value = '';
    if (!item) return;
    editor?.set(item.query);
    params.value = item.params;
  });

  function renderHistory() {
    historySelect.replaceChildren(
      h('option', { value: '' }, t('console.history', { n: history.length })),
      ...history.map((it, i) => h('option', { value: String(i) }, it.query.replace(/\s+/g, ' ').slice(0, 80))),
    );
  }

  const frameActions = {
    add: (frame: Frame, replace: boolean) => frame.result && act.show(frame.result, replace),
    focus: (id: string) => act.focus(id),
    rerun: (frame: Frame) => {
      editor?.set(frame.query);
      params.value = frame.params;
      void run();
    },
    remove: (frame: Frame) => {
      frames = frames.filter((f) => f.id !== frame.id);
      saveFrames(frames);
      renderFrames();
    },
  };

  /** Draws the stream: frames already drawn are kept as they are (their tab, their graph). */
  function renderFrames() {
    const ids = new Set(frames.map((f) => f.id));
    for (const [id, v] of views) if (!ids.has(id)) (v.destroy(), views.delete(id));
    const els = frames.map((f, i) => {
      let v = views.get(f.id);
      // frames restored from the session start collapsed, but the newest
      if (!v) views.set(f.id, (v = renderFrame(f, frameActions, { collapsed: i > 0 && !fresh.has(f.id) })));
      return v.el;
    });
    fill(stream, ...(els.length ? els : [h('p.muted.frames-empty', {}, t('console.framesEmpty'))]));
    framesTitle.textContent = t('console.frames', { n: frames.length });
  }
  /** frames run in this page (drawn open) */
  const fresh = new Set<number>();

  function addFrame(frame: Frame) {
    fresh.add(frame.id);
    frames = [frame, ...frames].slice(0, FRAMES_MAX);
    saveFrames(frames);
    renderFrames();
    stream.scrollTop = 0;
  }

  async function run() {
    if (!editor) return;
    const query = editor.value();
    editor.closeCompletion();
    editor.markError(null);
    const frame: Frame = { id: Date.now() + Math.random(), query, params: params.value.trim(), at: Date.now() };
    let p: Record<string, unknown> = {};
    if (frame.params) {
      try {
        p = JSON.parse(frame.params);
      } catch (e) {
        return addFrame({ ...frame, error: { message: t('console.paramsInvalid', { reason: (e as Error).message }) } });
      }
      if (typeof p !== 'object' || p === null || Array.isArray(p)) return addFrame({ ...frame, error: { message: t('console.paramsNotObject') } });
    }
    history = [{ query, params: frame.params }, ...history.filter((x) => x.query !== query)].slice(0, HISTORY_MAX);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    renderHistory();
    runButton.disabled = true;
    runButton.textContent = t('console.running');
    try {
      addFrame({ ...frame, result: await api.cypher(query, p, true) });
    } catch (e) {
      const body = e instanceof ApiError ? e.body : {};
      const at = positionOf(body.details, query);
      addFrame({ ...frame, error: { code: typeof body.code === 'string' ? body.code : undefined, message: (e as Error).message, details: body.details, at } });
      editor.markError(at ? { offset: at.offset, message: (e as Error).message } : null);
    } finally {
      runButton.disabled = false;
      runButton.textContent = t('console.run');
    }
  }

  fill(
    root,
    h(
      'div.console-head',
      {},
      h('strong', {}, t('console.title')),
      h('span.muted', {}, t('console.hint')),
      exampleSelect,
      historySelect,
      h('button.close', { 'aria-label': t('common.close'), title: t('common.close'), onclick: () => close() }, '×'),
    ),
    h(
      'div.console-body',
      {},
      h('div.console-input', {}, editorBox, params, h('div.actions', {}, runButton)),
      h(
        'div.console-output',
        {},
        h(
          'div.frames-head',
          {},
          framesTitle,
          h('button.link.clear-frames', { onclick: () => ((frames = []), saveFrames(frames), renderFrames()), title: t('console.clearFrames') }, t('console.clearFrames')),
        ),
        stream,
      ),
    ),
  );
  renderHistory();
  renderFrames();

  // the editor (CodeMirror + Neo4j's Cypher grammar) is a third of the bundle: loaded on first open
  let loading: Promise<CypherEditor> | null = null;
  function ensureEditor(): Promise<CypherEditor> {
    loading ??= import('./editor.ts').then((m) => (editor = m.createEditor(editorBox, history[0]?.query ?? EXAMPLES[0].query, () => void run(), () => m.parameterNames(params.value))));
    return loading;
  }

  async function open() {
    root.hidden = false;
    document.body.classList.add('console-open');
    act.resized();
    (await ensureEditor()).focus();
  }
  function close() {
    root.hidden = true;
    document.body.classList.remove('console-open');
    act.resized();
  }
  return {
    open,
    close,
    toggle: () => (root.hidden ? void open() : close()),
    get isOpen() {
      return !root.hidden;
    },
    setSchema: (s: GraphSchema) => void ensureEditor().then((e) => e.setSchema(s)),
    /** the newest frame with a result (the export menu's "query result") */
    lastResult: () => {
      const f = frames.find((x) => x.result);
      return f?.result ? { result: f.result, query: f.query } : null;
    },
  };
}
