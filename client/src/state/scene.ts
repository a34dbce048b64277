// A view ⇄ a named scene's payload (model/scene.ts): the entities, hub groups, badges, pins, filters and
// layout of the view, with the camera: the positions of its entities and of its hubs' group boxes (keyed
// by their canvas ids), and the viewport. The interface and label
// languages stay out, so a scene opens the same picture in either. Pure functions: scene.test.ts.
import type { ScenePayloadInput } from '../../../model/scene.ts';
import { groupKey, type ViewState } from '../types.ts';
import { groupNodeId } from '../view/explore.ts';
import type { Camera } from '../view/renderer.ts';

export type ScenePayload = Required<ScenePayloadInput> & { filters: Required<NonNullable<ScenePayloadInput['filters']>> };

export function sceneOf(v: ViewState, camera: Camera): ScenePayload {
  const on = new Set(v.nodes);
  const groups = Object.fromEntries(Object.entries(v.groups).filter(([c, gs]) => on.has(c) && gs.length));
  const drawn = [...v.nodes, ...Object.entries(groups).flatMap(([c, gs]) => gs.map((g) => groupNodeId(c, groupKey(g))))];
  const positions: ScenePayload['positions'] = {};
  for (const id of drawn) if (camera.positions[id]) positions[id] = camera.positions[id];
  return {
    nodes: v.nodes,
    positions,
    camera: { zoom: camera.zoom, pan: camera.pan },
    groups,
    more: Object.fromEntries(Object.entries(v.more).filter(([c, n]) => on.has(c) && n > 0)),
    pinned: v.pinned.filter((id) => on.has(id)),
    filters: { hiddenLabels: v.hiddenLabels, hiddenTypes: v.hiddenTypes, reportedBy: v.reportedBy, article: v.article, hideProposed: v.hideProposed },
    layout: v.layout,
  };
}

/** The view a scene opens into, over the current one (its languages kept); entities the graph lost are left out. */
export function viewOfScene(current: ViewState, p: ScenePayloadInput, known: Set<string>, edges: string[]): ViewState {
  const nodes = p.nodes.filter((id) => known.has(id));
  const on = new Set(nodes);
  const f = p.filters ?? {};
  return {
    ...current,
    nodes,
    edges,
    more: Object.fromEntries(Object.entries(p.more ?? {}).filter(([c]) => on.has(c))),
    groups: Object.fromEntries(Object.entries(p.groups ?? {}).filter(([c]) => on.has(c))),
    pinned: (p.pinned ?? []).filter((id) => on.has(id)),
    hiddenLabels: f.hiddenLabels ?? [],
    hiddenTypes: f.hiddenTypes ?? [],
    reportedBy: f.reportedBy ?? null,
    article: f.article ?? null,
    hideProposed: f.hideProposed ?? false,
    layout: p.layout ?? current.layout,
    selected: null,
    path: [],
  };
}
