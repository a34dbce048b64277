// The top bar's buttons (undo/redo, starting view, overview, clear, layout, fit, label language, the
// path and console toggles) and the status line under the canvas. The buttons live in index.html.
import { $ } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { Lang, LayoutName, ViewState } from '../types.ts';

export interface ToolbarActions {
  undo(): void;
  redo(): void;
  home(): void;
  overview(): void;
  clear(): void;
  relayout(): void;
  fit(): void;
  layout(name: LayoutName): void;
  lang(lang: Lang): void;
  paths(): void;
  console(): void;
}

export interface StatusModel {
  shownNodes: number;
  shownEdges: number;
  hiddenByFilters: number;
  webgl: boolean;
}

export function createToolbar(act: ToolbarActions) {
  $('#undo').addEventListener('click', () => act.undo());
  $('#redo').addEventListener('click', () => act.redo());
  $('#home').addEventListener('click', () => act.home());
  $('#overview').addEventListener('click', () => act.overview());
  $('#clear').addEventListener('click', () => act.clear());
  $('#relayout').addEventListener('click', () => act.relayout());
  $('#fit').addEventListener('click', () => act.fit());
  $('#layout-select').addEventListener('change', (e) => act.layout((e.target as HTMLSelectElement).value as LayoutName));
  for (const b of document.querySelectorAll<HTMLButtonElement>('#lang button')) b.addEventListener('click', () => act.lang(b.dataset.lang as Lang));
  $('#paths-button').addEventListener('click', () => act.paths());
  $('#console-button').addEventListener('click', () => act.console());

  return {
    render(state: ViewState, history: { canUndo: boolean; canRedo: boolean }, status: StatusModel) {
      ($('#undo') as HTMLButtonElement).disabled = !history.canUndo;
      ($('#redo') as HTMLButtonElement).disabled = !history.canRedo;
      for (const b of document.querySelectorAll<HTMLButtonElement>('#lang button')) b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang));
      ($('#layout-select') as HTMLSelectElement).value = state.layout;
      const hidden = status.hiddenByFilters ? t('status.hidden', { n: status.hiddenByFilters }) : '';
      $('#status').textContent = `${t('status.line', { nodes: status.shownNodes, edges: status.shownEdges })}${hidden}${status.webgl ? ' · WebGL' : ''}`;
    },
  };
}
