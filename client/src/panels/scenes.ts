// Scenes: the current view saved on the server under a name, listed, opened, renamed, given the current
// view again, deleted, and shared as a link (`?scene=<id>`) that opens the same nodes at the same places
// with the same filters. The panel floats over the canvas; the scene codec is state/scene.ts.
import { api } from '../api.ts';
import { fill, h, toast } from '../dom.ts';
import { t, uiLang } from '../i18n/index.ts';
import type { Scene, SceneSummary } from '../../../model/scene.ts';
import type { ScenePayload } from '../state/scene.ts';
import { confirmDialog, promptDialog } from './dialog.ts';
import './explore-panels.css';

export interface SceneHooks {
  /** the view now, as a scene's payload */
  current(): ScenePayload;
  /** draws a scene (the canvas, the filters, the URL) */
  open(scene: Scene): Promise<void>;
}

/** The link that opens a scene: this page's address with only `?scene=` (and the interface language). */
export function sceneLink(id: string): string {
  const u = new URL(location.pathname, location.origin);
  u.searchParams.set('scene', id);
  if (uiLang !== 'zh') u.searchParams.set('lang', uiLang);
  return u.toString();
}

export function createScenes(root: HTMLElement, on: SceneHooks) {
  root.classList.add('floating', 'scenes-panel');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', t('scenes.title'));
  const list = h('ul.scene-list');
  const status = h('p.muted.scene-status');
  let scenes: SceneSummary[] = [];

  async function refresh() {
    try {
      scenes = (await api.scenes()).scenes;
    } catch {
      return;
    }
    render();
  }

  const when = (iso: string) => new Date(iso).toLocaleString(uiLang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

  function render() {
    status.textContent = scenes.length ? '' : t('scenes.none');
    status.hidden = scenes.length > 0;
    fill(
      list,
      ...scenes.map((s) =>
        h(
          'li.scene-item',
          { 'data-scene': s.id },
          h('button.link.scene-open', { title: t('scenes.openTitle'), onclick: () => void open(s.id) }, s.name),
          h('small.muted', {}, t('scenes.meta', { n: s.nodeCount, when: when(s.updated_at) })),
          h(
            'div.scene-actions',
            {},
            h('button', { 'data-action': 'link', title: t('scenes.linkTitle'), onclick: () => void copyLink(s) }, t('scenes.link')),
            h('button', { 'data-action': 'rename', onclick: () => void rename(s) }, t('scenes.rename')),
            h('button', { 'data-action': 'overwrite', title: t('scenes.overwriteTitle'), onclick: () => void overwrite(s) }, t('scenes.overwrite')),
            h('button.danger', { 'data-action': 'delete', onclick: () => void remove(s) }, t('scenes.delete')),
          ),
        ),
      ),
    );
  }

  async function save() {
    const payload = on.current();
    if (!payload.nodes.length) return toast(t('scenes.empty'), 'info');
    const name = await promptDialog(t('scenes.namePrompt'), t('scenes.defaultName', { n: payload.nodes.length }));
    if (!name) return;
    try {
      const scene = await api.saveScene(name, payload);
      toast(t('scenes.saved', { name: scene.name }), 'info');
      await refresh();
      void copyLink(scene, true);
    } catch {
      /* the toast says why */
    }
  }

  async function open(id: string) {
    try {
      await on.open(await api.scene(id));
    } catch {
      /* the toast says why */
    }
  }

  async function rename(s: SceneSummary) {
    const name = await promptDialog(t('scenes.renamePrompt'), s.name);
    if (!name || name === s.name) return;
    try {
      await api.updateScene(s.id, { name });
      await refresh();
    } catch {
      /* the toast says why */
    }
  }

  async function overwrite(s: SceneSummary) {
    if (!(await confirmDialog(t('scenes.overwriteConfirm', { name: s.name })))) return;
    try {
      await api.updateScene(s.id, { payload: on.current() });
      toast(t('scenes.saved', { name: s.name }), 'info');
      await refresh();
    } catch {
      /* the toast says why */
    }
  }

  async function remove(s: SceneSummary) {
    if (!(await confirmDialog(t('scenes.deleteConfirm', { name: s.name }), { ok: t('scenes.delete'), danger: true }))) return;
    try {
      await api.deleteScene(s.id);
      await refresh();
    } catch {
      /* the toast says why */
    }
  }

  /** Copies the link; where the clipboard is refused (no permission, plain http) the link is shown to copy by hand. */
  async function copyLink(s: Pick<SceneSummary, 'id' | 'name'>, quiet = false) {
    const link = sceneLink(s.id);
    root.dataset.lastLink = link;
    try {
      await navigator.clipboard.writeText(link);
      if (!quiet) toast(t('scenes.copied', { name: s.name }), 'info');
    } catch {
      if (!quiet) toast(`${t('scenes.copyByHand')} ${link}`, 'info', 15_000);
    }
  }

  function show() {
    fill(
      root,
      h('div.panel-head', {}, h('strong', {}, t('scenes.title')), h('button.close', { 'aria-label': t('common.close'), onclick: () => close() }, '×')),
      h('button.primary#scene-save', { onclick: () => void save() }, t('scenes.save')),
      status,
      list,
    );
    root.hidden = false;
    void refresh();
  }

  function close() {
    root.hidden = true;
  }

  root.hidden = true;
  return {
    toggle: () => (root.hidden ? show() : close()),
    close,
    get isOpen() {
      return !root.hidden;
    },
  };
}
