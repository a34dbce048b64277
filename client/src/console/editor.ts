// The Cypher editor: Neo4j's CodeMirror 6 language support (@neo4j-cypher/codemirror: highlighting,
// linting, completion of labels, relationship types and property keys from /api/schema), plus
// Mod-Enter to run and error marks at the position the server reports.
import { createCypherEditor } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { setDiagnostics } from '@codemirror/lint';
import { Prec } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';
import type { GraphSchema } from '../types.ts';

export interface CypherEditor {
  value(): string;
  set(value: string): void;
  focus(): void;
  setSchema(schema: GraphSchema): void;
  /** marks the error at a 0-based offset (or clears marks with null) */
  markError(at: { offset: number; message: string } | null): void;
}

export function createEditor(parent: HTMLElement, initial: string, run: () => void): CypherEditor {
  const runKey = Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (run(), true) }, { key: 'Shift-Enter', run: () => (run(), true) }]));
  // 1.0.3 returns {editor}; its typings say the api itself — accept both
  const created = createCypherEditor(parent, {
    value: initial,
    lineNumbers: true,
    lineWrapping: true,
    autocomplete: true,
    lint: true,
    theme: 'light',
    placeholder: "MATCH (n:Area {name: '市中区'}) RETURN n",
    preExtensions: [runKey],
  }) as unknown as { editor?: unknown };
  const api = (created.editor ?? created) as ReturnType<typeof createCypherEditor> & { codemirror: EditorView };
  const view = api.codemirror;
  return {
    value: () => view.state.doc.toString(),
    set: (value) => api.setValue(value),
    focus: () => api.focus(),
    setSchema(schema) {
      api.setSchema({
        labels: schema.labels.map((l) => `:${l.label}`),
        relationshipTypes: schema.relationshipTypes.map((t) => `:${t.type}`),
        propertyKeys: schema.propertyKeys,
      });
    },
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
