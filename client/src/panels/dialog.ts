// In-app dialogs instead of window.confirm/prompt: worded in the interface language, styled like the
// rest, and driven by tests like any other element (a native dialog blocks the page's script). One
// <dialog> shown modally; Escape or the backdrop answers "no".
import { h } from '../dom.ts';
import { t } from '../i18n/index.ts';

let open: HTMLDialogElement | null = null;

function show<T>(build: (answer: (v: T) => void) => Array<Node | null>, none: T): Promise<T> {
  open?.close();
  return new Promise<T>((resolve) => {
    let done = false;
    const dialog = h('dialog.app-dialog', { 'aria-modal': 'true' });
    const answer = (v: T) => {
      if (done) return;
      done = true;
      dialog.close();
      dialog.remove();
      if (open === dialog) open = null;
      resolve(v);
    };
    dialog.append(...(build(answer).filter(Boolean) as Node[]));
    dialog.addEventListener('cancel', (e) => (e.preventDefault(), answer(none)));
    dialog.addEventListener('close', () => answer(none));
    dialog.addEventListener('click', (e) => e.target === dialog && answer(none));
    document.body.append(dialog);
    open = dialog;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
  });
}

/** Yes or no; resolves false on Escape. */
export function confirmDialog(message: string, opts: { ok?: string; cancel?: string; danger?: boolean } = {}): Promise<boolean> {
  return show<boolean>(
    (answer) => [
      h('p.dialog-message', {}, message),
      h(
        'div.dialog-actions',
        {},
        h('button', { 'data-answer': 'cancel', onclick: () => answer(false) }, opts.cancel ?? t('dialog.cancel')),
        h(`button.${opts.danger ? 'danger' : 'primary'}`, { 'data-answer': 'ok', autofocus: true, onclick: () => answer(true) }, opts.ok ?? t('dialog.ok')),
      ),
    ],
    false,
  );
}

/** A line of text (a scene's name); null when cancelled. Enter submits. */
export function promptDialog(message: string, initial = '', maxLength = 80): Promise<string | null> {
  return show<string | null>((answer) => {
    const input = h('input.dialog-input', { type: 'text', value: initial, maxlength: maxLength, autofocus: true, 'aria-label': message });
    const submit = () => (input.value.trim() ? answer(input.value.trim()) : input.focus());
    input.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter' && !(e as KeyboardEvent).isComposing) (e.preventDefault(), submit());
    });
    queueMicrotask(() => input.select());
    return [
      h('label.dialog-message', {}, message),
      input,
      h('div.dialog-actions', {}, h('button', { 'data-answer': 'cancel', onclick: () => answer(null) }, t('dialog.cancel')), h('button.primary', { 'data-answer': 'ok', onclick: submit }, t('dialog.ok'))),
    ];
  }, null);
}
