// Keyboard shortcuts: / search, Esc close/clear, Ctrl-Z undo, Ctrl-Shift-Z (or Ctrl-Y) redo,
// Delete hide the selection. Typing in a field or the Cypher editor is left alone (except Esc).
export interface ShortcutActions {
  search(): void;
  escape(): void;
  undo(): void;
  redo(): void;
  hideSelection(): void;
}

/** A key typed into a field or the Cypher editor is text, not a shortcut. */
export const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || !!t.closest('.cm-editor'));

export function installShortcuts(act: ShortcutActions): void {
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') return act.escape();
    if (typing(e.target)) return;
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === '/' && !mod) {
      e.preventDefault();
      act.search();
    } else if (mod && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) act.redo();
      else act.undo();
    } else if (mod && e.key.toLowerCase() === 'y') {
      e.preventDefault();
      act.redo();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && !mod) {
      e.preventDefault();
      act.hideSelection();
    }
  });
}
