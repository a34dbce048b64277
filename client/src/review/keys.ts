// The review's keys, for going through a draft without the mouse: j / k pick the next / previous item (entities,
// then facts, then figures, as listed), a accepts and r rejects the picked item and pick the next one still
// proposed, e opens its editor. Keys typed into a field are text; the explorer's own shortcuts wait while the
// review is open (stopped here), except Esc, which closes it.
import { typing } from '../shortcuts.ts';

export interface ReviewKeys {
  isOpen(): boolean;
  /** the picked item's id, if any */
  picked(): string | null;
  pick(id: string): void;
  accept(id: string): void;
  reject(id: string): void;
}

const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('li.review-item')];

/** The next row after `id` still proposed (wrapping to the first), or null when none is. */
function nextProposed(root: HTMLElement, id: string | null): string | null {
  const all = rows(root);
  const at = all.findIndex((r) => r.dataset.item === id);
  const order = [...all.slice(at + 1), ...all.slice(0, Math.max(0, at))];
  return order.find((r) => r.classList.contains('status-proposed'))?.dataset.item ?? null;
}

export function installReviewKeys(root: HTMLElement, keys: ReviewKeys): void {
  document.addEventListener(
    'keydown',
    (e) => {
      if (!keys.isOpen() || e.key === 'Escape' || typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const id = keys.picked();
      const row = id ? root.querySelector<HTMLElement>(`li.review-item[data-item="${CSS.escape(id)}"]`) : null;
      const all = rows(root);
      const at = row ? all.indexOf(row) : -1;
      const proposed = !!row?.classList.contains('status-proposed');
      switch (e.key) {
        case 'j':
        case 'k': {
          const to = all[e.key === 'j' ? Math.min(all.length - 1, at + 1) : Math.max(0, at - 1)];
          if (to?.dataset.item) keys.pick(to.dataset.item);
          break;
        }
        case 'a':
        case 'r':
          if (!id || !proposed) break;
          // pick the next undecided item first: the view is drawn again from the server's answer
          keys.pick(nextProposed(root, id) ?? id);
          if (e.key === 'a') keys.accept(id);
          else keys.reject(id);
          break;
        case 'e':
          if (proposed) row?.querySelector<HTMLButtonElement>('button.edit')?.click();
          else return;
          break;
        default:
          // the explorer's shortcuts (/, Delete, undo) act on the canvas behind the review: not while it is open
          if (e.key === '/' || e.key === 'Delete' || e.key === 'Backspace') e.stopImmediatePropagation();
          return;
      }
      e.preventDefault();
      e.stopImmediatePropagation();
    },
    // before the explorer's listener (app.ts installs it later, without capture)
    { capture: true },
  );
}
