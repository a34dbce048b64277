// Which scene the view still is, for the address bar: after ?scene=ID opens, the link stays ?scene=ID
// while the view is the scene as opened; the first change of the view (an expansion, a hide, a filter,
// a layout, an undo past it …) makes it the packed v= form (url.ts), and undoing back to the scene brings
// ?scene=ID back. Moving the camera or dragging a node keeps the scene's link (the scene still opens
// as saved): a link that follows every pan would be the v= form again. Pure: scene-link.test.ts.
import type { ViewState } from '../types.ts';
import type { StoreEvent } from './store.ts';

/**
 * Changes that leave the view the scene: the hubs' counts brought up to date (`groups`), the selection
 * and the label language (a scene holds neither).
 */
const CARRIED = new Set(['groups', 'select', 'lang']);

export class SceneLink {
  private scene: { id: string; state: ViewState } | null = null;

  /** The view `state` is scene `id` as just opened. */
  opened(id: string, state: ViewState): void {
    this.scene = { id, state };
  }

  /** Follows a change of the store: a carried change moves the scene's snapshot along with it. */
  follow({ state, prev, reason }: Pick<StoreEvent, 'state' | 'prev' | 'reason'>): void {
    if (this.scene && CARRIED.has(reason) && prev === this.scene.state) this.scene.state = state;
  }

  /** The scene id the link should carry for this view, or null when the view is no longer the scene. */
  idFor(state: ViewState): string | null {
    return this.scene && this.scene.state === state ? this.scene.id : null;
  }
}
