// The right-click menu of the canvas: on a node (expand, by relation and direction, select neighbours,
// pin, hide, collapse, path from/to), on a group node (next page, all, remove) and on the background
// (fit, lay out again, unpin all). A small DOM menu: buttons with role menuitem, Esc or a click outside closes.
import { h, fill } from '../dom.ts';
import { relName, TYPE_STYLES } from '../theme.ts';
import type { NeighborGroup } from '../types.ts';

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

  function open(at: { x: number; y: number }, ...children: Array<Node | null>) {
    fill(root, ...children);
    root.hidden = false;
    openedAt = performance.now();
    // inside the window: flip left/up when the menu would run off an edge
    const w = root.offsetWidth;
    const ht = root.offsetHeight;
    root.style.left = `${Math.max(4, at.x + w > innerWidth ? at.x - w : at.x)}px`;
    root.style.top = `${Math.max(4, at.y + ht > innerHeight ? at.y - ht : at.y)}px`;
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
      const groups = h('div.menu-groups', {}, h('small.muted', {}, '关系分组加载中…'));
      open(
        at,
        h('div.menu-title', {}, name),
        item('展开（20 个邻居）', act.expand, { 'data-action': 'expand' }),
        item('展开出向关系 →', () => act.expandDirection('out'), { 'data-action': 'expand-out' }),
        item('展开入向关系 ←', () => act.expandDirection('in'), { 'data-action': 'expand-in' }),
        h('div.menu-section', {}, '按关系展开'),
        groups,
        h('hr'),
        item('选中邻居', act.selectNeighbours, { 'data-action': 'select-neighbours' }),
        item(act.pinned ? '取消固定' : '固定位置', act.togglePin, { 'data-action': 'pin' }),
        item('折叠', act.collapse, { 'data-action': 'collapse' }),
        item('隐藏', act.hide, { 'data-action': 'hide' }),
        h('hr'),
        item('路径起点', act.pathFrom, { 'data-action': 'path-from' }),
        item('路径终点', act.pathTo, { 'data-action': 'path-to' }),
      );
      act.groups().then(
        (list) => {
          const open = list.filter((g) => g.count > g.onCanvas);
          if (!open.length) return fill(groups, h('small.muted', {}, '所有邻居都已在画布上'));
          fill(
            groups,
            ...open.map((g) =>
              item(groupTitle(g, g.count - g.onCanvas), () => act.expandGroup(g), { 'data-action': 'expand-group', 'data-group': `${g.type}.${g.direction}.${g.label}`, title: `${g.type}（每次 20 个）` }),
            ),
          );
        },
        () => fill(groups, h('small.muted', {}, '关系分组无法加载')),
      );
    },

    group(at: { x: number; y: number }, act: GroupMenuActions) {
      open(
        at,
        h('div.menu-title', {}, act.title),
        item(`下一页（${Math.min(act.pageSize, act.left)} 个）`, act.next, { 'data-action': 'group-next' }),
        item(`全部 ${act.left} 个`, act.all, { 'data-action': 'group-all' }),
        item('移除这一组', act.remove, { 'data-action': 'group-remove' }),
      );
    },

    canvas(at: { x: number; y: number }, act: CanvasMenuActions) {
      open(
        at,
        item('适应窗口', act.fit, { 'data-action': 'fit' }),
        item('重新布局', act.relayout, { 'data-action': 'relayout' }),
        act.pinnedCount ? item(`取消全部固定（${act.pinnedCount}）`, act.unpinAll, { 'data-action': 'unpin-all' }) : null,
      );
    },
  };
}
