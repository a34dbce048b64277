// The Cypher console: editor, parameters (JSON), history, examples; results as graph (add to or
// replace the canvas), table and JSON; errors shown with their line and column.
import { api, ApiError, type CypherResult } from '../api.ts';
import { h, fill } from '../dom.ts';
import type { GraphSchema } from '../types.ts';
import type { CypherEditor } from './editor.ts';
import { EXAMPLES } from './examples.ts';

const HISTORY_KEY = 'kg.cypher.history';
const HISTORY_MAX = 30;

type Tab = 'graph' | 'table' | 'json';

export interface ConsoleActions {
  /** puts the result graph on the canvas */
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

export function createConsole(root: HTMLElement, act: ConsoleActions) {
  let editor: CypherEditor | null = null;
  let last: { result: CypherResult; query: string; params: Record<string, unknown> } | null = null;
  let tab: Tab = 'table';
  let history = loadHistory();

  const editorBox = h('div.editor');
  const params = h('textarea.params', { spellcheck: 'false', rows: 2, placeholder: '参数（JSON），如 {"year": 2022}', 'aria-label': '参数' });
  const errorBox = h('div.console-error', { role: 'alert', hidden: true });
  const summary = h('span.summary.muted');
  const results = h('div.results');
  const tabs = h('div.tabs', { role: 'tablist' });
  const historySelect = h('select.history', { 'aria-label': '历史' });
  const exampleSelect = h(
    'select.examples',
    { 'aria-label': '示例查询' },
    h('option', { value: '' }, '示例查询…'),
    ...EXAMPLES.map((e, i) => h('option', { value: String(i) }, e.title)),
  );
  const runButton = h('button.primary.run', { onclick: () => void run(), title: 'Ctrl-Enter' }, '▶ 运行');

  exampleSelect.addEventListener('change', () => {
    const ex = EXAMPLES[Number(exampleSelect.value)];
    exampleSelect.value = '';
    if (!ex) return;
    editor?.set(ex.query);
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
    historySelect.replaceChildren(h('option', { value: '' }, `历史（${history.length}）`), ...history.map((it, i) => h('option', { value: String(i) }, it.query.replace(/\s+/g, ' ').slice(0, 80))));
  }

  /** An error takes the place of the result: the old table, graph and summary go, so nobody reads them as this query's. */
  function showError(message: string, at?: { line: number; column: number; offset: number }) {
    last = null;
    summary.textContent = '';
    tabs.replaceChildren();
    results.replaceChildren();
    errorBox.hidden = false;
    // Neo4j lists every token it expected; the first clause says what is wrong, the rest is a tooltip
    const short = message.replace(/(expected [^,]+(?:, [^,]+){0,3}),.*$/s, '$1 …');
    fill(errorBox, h('strong', {}, '查询出错'), at ? h('span.pos', {}, ` 第 ${at.line} 行，第 ${at.column} 列`) : null, h('div', { title: message }, short));
    editor?.markError(at ? { offset: at.offset, message } : null);
  }

  /** The server's position of a syntax error; the offset is derived from line and column when it sends none. */
  function positionOf(details: unknown, query: string): { line: number; column: number; offset: number } | undefined {
    const d = (details ?? {}) as { line?: unknown; column?: unknown; offset?: unknown };
    if (typeof d.line !== 'number' || typeof d.column !== 'number') return undefined;
    const lines = query.split('\n');
    const offset = typeof d.offset === 'number' ? d.offset : lines.slice(0, d.line - 1).reduce((n, l) => n + l.length + 1, 0) + d.column - 1;
    return { line: d.line, column: d.column, offset };
  }

  async function run() {
    if (!editor) return;
    const query = editor.value();
    editor.closeCompletion();
    errorBox.hidden = true;
    editor.markError(null);
    let p: Record<string, unknown> = {};
    if (params.value.trim()) {
      try {
        p = JSON.parse(params.value);
        if (typeof p !== 'object' || p === null || Array.isArray(p)) throw new Error('参数必须是 JSON 对象');
      } catch (e) {
        return showError(`参数不是有效的 JSON 对象：${(e as Error).message}`);
      }
    }
    history = [{ query, params: params.value.trim() }, ...history.filter((x) => x.query !== query)].slice(0, HISTORY_MAX);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    renderHistory();
    try {
      const result = await api.cypher(query, p, true);
      errorBox.hidden = true;
      last = { result, query, params: p };
      const hasGraph = result.graph.nodes.length > 0;
      tab = hasGraph ? 'graph' : 'table';
      if (hasGraph) act.show(result, false);
      renderResult();
    } catch (e) {
      const err = e as ApiError;
      showError(err.message, positionOf(err.body?.details, query));
    }
  }

  const cell = (v: unknown): Node | string => {
    if (v === null || v === undefined) return h('span.null', {}, 'null');
    if (typeof v === 'object' && !Array.isArray(v) && (v as { kind?: string }).kind === 'node') {
      const n = v as { id: string; labels: string[]; properties: Record<string, unknown> };
      return h('button.node-ref', { onclick: () => act.focus(n.id), title: n.labels.join(':') }, String(n.properties.name ?? n.properties.headline ?? n.id));
    }
    if (typeof v === 'object' && !Array.isArray(v) && (v as { kind?: string }).kind === 'relationship') return h('code', {}, `[:${(v as { type: string }).type}]`);
    if (typeof v === 'object' && !Array.isArray(v) && (v as { kind?: string }).kind === 'path') return h('code', {}, `path · ${(v as { relationships: unknown[] }).relationships.length} 跳`);
    if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) return v.join('、');
    if (typeof v === 'object') return h('code', {}, JSON.stringify(v).slice(0, 300));
    return String(v);
  };

  function renderResult() {
    if (!last) return;
    const r = last.result;
    summary.textContent = `${r.rows.length} 行 · ${r.graph.nodes.length} 个节点 · ${r.graph.edges.length} 条关系 · ${r.summary.resultAvailableAfterMs} ms${r.summary.truncated ? ' · 已截断' : ''}`;
    tabs.replaceChildren(
      ...(
        [
          ['graph', '图'],
          ['table', '表'],
          ['json', 'JSON'],
        ] as Array<[Tab, string]>
      ).map(([t, label]) => h('button.tab', { role: 'tab', 'data-tab': t, 'aria-selected': String(tab === t), onclick: () => ((tab = t), renderResult()) }, label)),
    );
    if (tab === 'graph') {
      fill(results, 
        r.graph.nodes.length
          ? h(
              'div.graph-actions',
              {},
              h('p', {}, `结果含 ${r.graph.nodes.length} 个节点、${r.graph.edges.length} 条关系，已加入画布。`),
              h('button', { onclick: () => act.show(r, false) }, '加入画布'),
              h('button', { onclick: () => act.show(r, true) }, '替换画布'),
            )
          : h('p.muted', {}, '结果中没有节点或关系；请看“表”。'),
      );
    } else if (tab === 'table') {
      const cols = r.columns;
      fill(results, 
        h('table.result-table', {}, h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', {}, c)))), h('tbody', {}, ...r.rows.map((row) => h('tr', {}, ...cols.map((c) => h('td', {}, cell((row as Record<string, unknown>)[c]))))))),
      );
    } else {
      fill(results, h('pre.json', {}, JSON.stringify(r.rows, null, 2).slice(0, 200_000)));
    }
  }

  fill(root, 
    h(
      'div.console-head',
      {},
      h('strong', {}, 'Cypher 控制台'),
      h('span.muted', {}, ' 只读 · Ctrl-Enter 运行'),
      exampleSelect,
      historySelect,
      h('button.close', { 'aria-label': '关闭', onclick: () => close() }, '×'),
    ),
    h('div.console-body', {}, h('div.console-input', {}, editorBox, params, h('div.actions', {}, runButton, summary)), h('div.console-output', {}, errorBox, tabs, results)),
  );
  renderHistory();

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
    lastResult: () => last,
  };
}
