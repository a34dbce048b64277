// The right-click menu of the canvas: on a node (expand, by relation and direction, select neighbours,
// pin, hide, collapse, path from/to), on a group node (next page, all, remove) and on the background
// (fit, lay out again, unpin all). A small DOM menu: buttons with role menuitem, Esc or a click outside closes.
import { h, fill } from '../dom.ts';
import { relName, TYPE_STYLES } from '../theme.ts';
import type { NeighborGroup } from '../types.ts';
import { t } from '../i18n/index.ts';

export interface NodeMenuActions {
  expand(): void;
  expandDirection(direction: 'out' | 'in'): void;
  expandGroup(g: NeighborGroup): void;
  /** the node's groups, loaded when the menu opens */
  groups(): Promise<NeighborGroup[]>;
  selectNeighbours(): void;
  pinned: boolean;
  togglePin(): void;
  hide(): void;
  collapse(): void;
  pathFrom(): void;
  pathTo(): void;
}

export interface GroupMenuActions {
  title: string;
  left: number;
  pageSize: number;
  next(): void;
  all(): void;
  remove(): void;
}

export interface CanvasMenuActions {
  fit(): void;
  relayout(): void;
  pinnedCount: number;
  unpinAll(): void;
}

/** "支撑 → 战略 89": the relation the way it points, the neighbours' type, how many are not drawn yet. */
export function groupTitle(g: Pick<NeighborGroup, 'type' | 'direction' | 'label'>, count: number): string {
  const type = TYPE_STYLES[g.label]?.name ?? g.label;
  return g.direction === 'out' ? `${relName(g.type)} → ${type} ${count}` : `${type} ${count} → ${relName(g.type)}`;
}

export function createContextMenu(root: HTMLElement) {
  root.setAttribute('role', 'menu');
  root.hidden = true;
  let openedAt = 0;

  const item = (text: string, onclick: () => void, attrs: Record<string, string> = {}) =>
    h('button.menu-item', { role: 'menuitem', ...attrs, onclick: () => (close(), onclick()) }, text);

  let openAt = { x: 0, y: 0 };
  // inside the window: flip left/up when the menu would run off an edge
  function place() {
    const w = root.offsetWidth;
    const ht = root.offsetHeight;
    root.style.left = `${Math.max(4, openAt.x + w > innerWidth ? openAt.x - w : openAt.x)}px`;
    root.style.top = `${Math.max(4, openAt.y + ht > innerHeight ? openAt.y - ht : openAt.y)}px`;
  }
  // a hub's groups arrive after the menu opened and make it taller: placed again, or its last items (pin,
  // paths) would hang below the window's edge, out of reach (a fixed menu does not scroll with the page)
  new ResizeObserver(() => {
    if (!root.hidden) place();
  }).observe(root);

  function open(at: { x: number; y: number }, ...children: Array<Node | null>) {
    fill(root, ...children);
    root.hidden = false;
    openedAt = performance.now();
    openAt = at;
    place();
    root.querySelector<HTMLButtonElement>('button')?.focus();
  }

  function close() {
    root.hidden = true;
  }

  document.addEventListener('pointerdown', (e) => {
    if (!root.hidden && !root.contains(e.target as Node) && performance.now() - openedAt > 50) close();
  });
  document.addEventListener('keydown', (e) => {
    if (root.hidden) return;
    if (e.key === 'Escape') return close();
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    // arrow keys walk the items, as in any menu
    e.preventDefault();
    const items = [...root.querySelectorAll<HTMLButtonElement>('button')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  });

  return {
    get isOpen() {
      return !root.hidden;
    },
    close,

    node(at: { x: number; y: number }, name: string, act: NodeMenuActions) {
      const groups = h('div.menu-groups', {}, h('small.muted', {}, t('menu.groupsLoading')));
      const expandAll = item(t('menu.expand'), act.expand, { 'data-action': 'expand' });
      const expandOut = item(t('menu.expandOut'), () => act.expandDirection('out'), { 'data-action': 'expand-out' });
      const expandIn = item(t('menu.expandIn'), () => act.expandDirection('in'), { 'data-action': 'expand-in' });
      open(
        at,
        h('div.menu-title', {}, name),
        expandAll,
        expandOut,
        expandIn,
        h('div.menu-section', {}, t('menu.byRelation')),
        groups,
        h('hr'),
        item(t('menu.selectNeighbours'), act.selectNeighbours, { 'data-action': 'select-neighbours' }),
        item(act.pinned ? t('menu.unpin') : t('menu.pin'), act.togglePin, { 'data-action': 'pin' }),
        item(t('details.collapse'), act.collapse, { 'data-action': 'collapse' }),
        item(t('details.hide'), act.hide, { 'data-action': 'hide' }),
        h('hr'),
        item(t('details.pathFrom'), act.pathFrom, { 'data-action': 'path-from' }),
        item(t('details.pathTo'), act.pathTo, { 'data-action': 'path-to' }),
      );
      act.groups().then(
        (list) => {
          const open = list.filter((g) => g.count > g.onCanvas);
          // "expand" where nothing is left to bring would only say so in a toast: offered only where it brings someone
          expandAll.disabled = !open.length;
          expandOut.disabled = !open.some((g) => g.direction === 'out');
          expandIn.disabled = !open.some((g) => g.direction === 'in');
          if (!open.length) return fill(groups, h('small.muted', {}, t('menu.allOnCanvas')));
          fill(
            groups,
            ...open.map((g) =>
              item(groupTitle(g, g.count - g.onCanvas), () => act.expandGroup(g), { 'data-action': 'expand-group', 'data-group': `${g.type}.${g.direction}.${g.label}`, title: t('menu.groupTitle', { type: g.type }) }),
            ),
          );
        },
        () => fill(groups, h('small.muted', {}, t('menu.groupsFailed'))),
      );
    },

    group(at: { x: number; y: number }, act: GroupMenuActions) {
      open(
        at,
        h('div.menu-title', {}, act.title),
        item(t('menu.next', { n: Math.min(act.pageSize, act.left) }), act.next, { 'data-action': 'group-next' }),
        item(t('menu.all', { n: act.left }), act.all, { 'data-action': 'group-all' }),
        item(t('menu.removeGroup'), act.remove, { 'data-action': 'group-remove' }),
      );
    },

    canvas(at: { x: number; y: number }, act: CanvasMenuActions) {
      open(
        at,
        item(t('menu.fit'), act.fit, { 'data-action': 'fit' }),
        item(t('menu.relayout'), act.relayout, { 'data-action': 'relayout' }),
        act.pinnedCount ? item(t('menu.unpinAll', { n: act.pinnedCount }), act.unpinAll, { 'data-action': 'unpin-all' }) : null,
      );
    },
  };
}
