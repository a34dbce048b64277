// The Cypher editor: Neo4j's CodeMirror 6 language support (@neo4j-cypher/codemirror: highlighting,
// linting, keyword and function completion), our own completion of labels, relationship types, property
// keys and $parameters from the live schema as you type, Mod-Enter to run, and error marks at the
// position the server reports.
import { createCypherEditor } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { autocompletion, closeCompletion, completionStatus, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { setDiagnostics } from '@codemirror/lint';
import { Prec } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';
import type { GraphSchema } from '../types.ts';
import { t } from '../i18n/index.ts';

export interface CypherEditor {
  value(): string;
  set(value: string): void;
  focus(): void;
  setSchema(schema: GraphSchema): void;
  /** closes the completion popup (a query that runs no longer needs it, and it must not cover the result) */
  closeCompletion(): void;
  /** marks the error at a 0-based offset (or clears marks with null) */
  markError(at: { offset: number; message: string } | null): void;
}

interface Vocabulary {
  labels: Completion[];
  types: Completion[];
  properties: Completion[];
}

/** A name as Cypher needs it written: backquoted unless it is a plain identifier. */
const quoted = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``);

const option = (name: string, type: string, detail: string): Completion => ({ label: name, apply: quoted(name), type, detail });

/** Brackets still open before the cursor, strings and comments skipped: which pattern (or map) the cursor is in. */
function openBrackets(text: string): { brackets: string; inString: boolean } {
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return { brackets: stack.join(''), inString: true };
      i = end;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      if (end < 0) return { brackets: stack.join(''), inString: true };
      i = end;
    } else if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c === ')' || c === ']' || c === '}') stack.pop();
  }
  return { brackets: stack.join(''), inString: false };
}

/**
 * Completion from the schema, started by the character that asks for it: `:` inside a node pattern
 * lists labels, inside a relationship pattern relationship types; `.` after a variable lists property
 * keys; `$` lists the parameters of the parameters panel. Everything else (keywords, functions) is left
 * to Neo4j's completion once a word is typed.
 */
function schemaCompletions(vocab: () => Vocabulary, params: () => string[]) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const before = ctx.state.sliceDoc(Math.max(0, ctx.pos - 2000), ctx.pos);
    const m = /([:.$])(\w*)$/.exec(before);
    if (!m) return null;
    const { brackets, inString } = openBrackets(before.slice(0, before.length - m[0].length));
    if (inString) return null;
    const from = ctx.pos - m[2].length;
    const v = vocab();
    let options: Completion[] = [];
    if (m[1] === ':') {
      const inner = brackets.at(-1);
      // `{name: …}` is a map, not a pattern; `:` outside any bracket is e.g. `n:Label` in WHERE
      if (inner === '[') options = v.types;
      else if (inner === '(' || inner === undefined) options = v.labels;
    } else if (m[1] === '.') {
      // a property of a variable (`n.`), not a decimal point (`1.`)
      if (/[A-Za-z_\u00c0-\uffff`][\w`]*\.\w*$/.test(before)) options = v.properties;
    } else {
      options = params().map((p) => option(p, 'variable', t('editor.param')));
    }
    if (!options.length) return null;
    return { from, options, validFor: /^\w*$/ };
  };
}

/** The parameter names of the panel's JSON, when it parses. */
export function parameterNames(json: string): string[] {
  try {
    const p = JSON.parse(json || '{}');
    return p && typeof p === 'object' && !Array.isArray(p) ? Object.keys(p) : [];
  } catch {
    return [];
  }
}

export function createEditor(parent: HTMLElement, initial: string, run: () => void, params: () => string[] = () => []): CypherEditor {
  let vocab: Vocabulary = { labels: [], types: [], properties: [] };
  const runKey = Prec.highest(
    keymap.of([
      { key: 'Mod-Enter', run: (view) => (closeCompletion(view), run(), true) },
      { key: 'Shift-Enter', run: (view) => (closeCompletion(view), run(), true) },
    ]),
  );
  const schemaSource = schemaCompletions(() => vocab, params);
  const created = createCypherEditor(parent, {
    value: initial,
    lineNumbers: true,
    lineWrapping: true,
    // the library's completion only opens on Ctrl-Space or its key-up trigger; ours is configured below
    autocomplete: false,
    lint: true,
    theme: 'light',
    placeholder: "MATCH (n:Area {name: '市中区'}) RETURN n",
    preExtensions: [runKey],
    // its keymap (arrows, Enter, Escape) comes with it, at the highest precedence
    postExtensions: [autocompletion({ activateOnTyping: true, closeOnBlur: true, override: [(ctx) => schemaSource(ctx) ?? neo4jCompletions(ctx)] })],
  }) as unknown as { editor?: unknown };
  // 1.0.3 returns {editor}; its typings say the api itself — accept both
  const api = (created.editor ?? created) as ReturnType<typeof createCypherEditor> & {
    codemirror: EditorView;
    editorSupport: { update(value: string): void; positionConverter: { toRelative(pos: number): { line: number; column: number } }; getCompletion(line: number, column: number, filter: boolean): { items: Array<{ type: string; view: string; content: string; postfix?: string }>; from: { line: number; column: number } } };
  };
  const view = api.codemirror;

  // ours runs as you type (activateOnTyping): the schema's names first, Neo4j's source for the rest
  /** Neo4j's completion (keywords, functions, variables) once a word is typed, or on Ctrl-Space. */
  const neo4jCompletions = (ctx: CompletionContext): CompletionResult | null => {
    const word = ctx.matchBefore(/\w*/);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    const support = api.editorSupport;
    support.update(ctx.state.doc.toString());
    const { line, column } = support.positionConverter.toRelative(ctx.pos);
    const { items, from } = support.getCompletion(line, column, true);
    if (!items.length) return null;
    const at = ctx.state.doc.line(from.line).from + from.column;
    return { from: at, options: items.map((i) => ({ type: i.type, label: i.view, apply: i.content, detail: i.postfix ?? undefined })), filter: false };
  };

  // Escape with the popup open closes the popup and nothing else: the page's own Escape (which closes
  // the console) must not see it. Capture phase, so it runs before any handler below the editor.
  parent.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || completionStatus(view.state) === null) return;
      closeCompletion(view);
      e.preventDefault();
      e.stopPropagation();
    },
    true,
  );

  return {
    value: () => view.state.doc.toString(),
    set: (value) => api.setValue(value),
    focus: () => api.focus(),
    setSchema(schema) {
      vocab = {
        labels: schema.labels.map((l) => option(l.label, 'type', t('editor.label', { count: l.count }))),
        types: schema.relationshipTypes.map((rt) => option(rt.type, 'type', t('editor.relation', { meaning: rt.meaning ?? rt.count }))),
        properties: schema.propertyKeys.map((k) => option(k, 'property', t('editor.property'))),
      };
      // Neo4j's completion and linting know the schema too
      api.setSchema({
        labels: schema.labels.map((l) => `:${l.label}`),
        relationshipTypes: schema.relationshipTypes.map((t) => `:${t.type}`),
        propertyKeys: schema.propertyKeys,
      });
    },
    closeCompletion: () => void closeCompletion(view),
    markError(at) {
      if (!at) return view.dispatch(setDiagnostics(view.state, []));
      const len = view.state.doc.length;
      const from = Math.min(Math.max(0, at.offset), len);
      const word = /^[\p{L}\p{N}_$]+/u.exec(view.state.sliceDoc(from, Math.min(len, from + 40)));
      const to = Math.min(len, from + Math.max(1, word?.[0].length ?? 1));
      view.dispatch(setDiagnostics(view.state, [{ from, to, severity: 'error', message: at.message }]));
      view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
    },
  };
}
