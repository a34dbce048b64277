// scenes: named views saved on the server and shared by link — create, list, get, update (rename or a
// new view), delete. One (:Scene) node per scene with its payload as JSON (model/scene.ts); a scene
// names entities but is not linked to them, so a reseed that rewrites the graph leaves it whole.
import { randomBytes } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import {
  SCENE_LABEL,
  SCENE_LIST_CAP,
  SCENE_MAX_BYTES,
  SceneCreateSchema,
  SceneDeletedSchema,
  SceneListSchema,
  SceneParamsSchema,
  ScenePayloadSchema,
  SceneSchema,
  SceneUpdateSchema,
  type Scene,
  type ScenePayload,
  type SceneSummary,
} from '../../../model/index.ts';
import { toNumber } from '../../../model/storage/index.ts';
import { HttpError, NotFoundError } from '../errors.ts';
import { writeTx } from './drafts.ts';
import { defineOperation } from './operation.ts';

/** 11 URL-safe characters (64 bits): unguessable enough that a link is the only way to a scene. */
const newSceneId = () => randomBytes(8).toString('base64url');

const notFound = (id: string) => new NotFoundError('scene_not_found', `no scene with id "${id}"`, { id });

/** The payload as stored: JSON within the size cap, naming only entities the graph holds. */
async function storable(tx: ManagedTransaction, payload: ScenePayload): Promise<string> {
  const json = JSON.stringify(payload);
  const bytes = Buffer.byteLength(json);
  if (bytes > SCENE_MAX_BYTES)
    throw new HttpError(413, 'scene_too_large', `the scene is ${bytes} bytes of JSON; a scene may be at most ${SCENE_MAX_BYTES} (take entities off the canvas)`, { bytes, limit: SCENE_MAX_BYTES });
  const res = await tx.run(`UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN collect(id)[..20] AS unknown`, { ids: payload.nodes });
  const unknown = (res.records[0]?.get('unknown') as string[] | undefined) ?? [];
  if (unknown.length) throw new NotFoundError('scene_entities_not_found', `the scene names entities the graph does not hold: ${unknown.map((u) => `"${u}"`).join(', ')}`, { unknown });
  return json;
}

const RETURN_SUMMARY = `RETURN s.id AS id, s.name AS name, s.created_at AS created_at, s.updated_at AS updated_at, s.node_count AS nodeCount`;
type SummaryRow = { id: string; name: string; created_at: string; updated_at: string; nodeCount: unknown };
const summaryOf = (r: SummaryRow): SceneSummary => ({ id: r.id, name: r.name, created_at: r.created_at, updated_at: r.updated_at, nodeCount: toNumber(r.nodeCount) });

/** A stored payload read back through the schema (defaults filled in for fields added later). */
const payloadOf = (json: string): ScenePayload => ScenePayloadSchema.parse(JSON.parse(json));

export const createScene = defineOperation({
  summary: 'Save the current view as a named scene (elements, positions, viewport, filters, layout)',
  body: SceneCreateSchema,
  output: SceneSchema,
  errors: { 404: 'the scene names entities the graph does not hold', 413: 'the scene is over 512 KB of JSON' },
  respond: (res, out: Scene) => void res.status(201).json(out),
  async run({ db }, { name, payload }): Promise<Scene> {
    const now = new Date().toISOString();
    const id = newSceneId();
    await writeTx(db, async (tx) => {
      const json = await storable(tx, payload);
      await tx.run(`CREATE (s:${SCENE_LABEL} {id: $id, name: $name, created_at: $now, updated_at: $now, payload: $json, node_count: $count})`, {
        id,
        name,
        now,
        json,
        count: payload.nodes.length,
      });
    });
    return { id, name, created_at: now, updated_at: now, nodeCount: payload.nodes.length, payload };
  },
});

export const listScenes = defineOperation({
  summary: 'Saved scenes, most recently changed first',
  output: SceneListSchema,
  async run({ db }) {
    const res = await db.read<SummaryRow>(`MATCH (s:${SCENE_LABEL}) ${RETURN_SUMMARY} ORDER BY s.updated_at DESC, s.id LIMIT ${SCENE_LIST_CAP}`);
    return { scenes: res.records.map((r) => summaryOf(r.toObject())) };
  },
});

export const getScene = defineOperation({
  summary: 'One scene with its payload',
  params: SceneParamsSchema,
  output: SceneSchema,
  errors: { 404: 'no scene with this id' },
  async run({ db }, { id }): Promise<Scene> {
    const res = await db.read<SummaryRow & { payload: string }>(`MATCH (s:${SCENE_LABEL} {id: $id}) ${RETURN_SUMMARY}, s.payload AS payload`, { id });
    const rec = res.records[0];
    if (!rec) throw notFound(id);
    const row = rec.toObject();
    return { ...summaryOf(row), payload: payloadOf(row.payload) };
  },
});

export const updateScene = defineOperation({
  summary: 'Rename a scene, replace its view, or both',
  params: SceneParamsSchema,
  body: SceneUpdateSchema,
  output: SceneSchema,
  errors: { 404: 'no scene with this id, or the new view names entities the graph does not hold', 413: 'the scene is over 512 KB of JSON' },
  async run({ db }, { id, name, payload }): Promise<Scene> {
    const now = new Date().toISOString();
    return writeTx(db, async (tx) => {
      const json = payload ? await storable(tx, payload) : null;
      const res = await tx.run(
        `MATCH (s:${SCENE_LABEL} {id: $id})
         SET s.updated_at = $now, s.name = coalesce($name, s.name), s.payload = coalesce($json, s.payload), s.node_count = coalesce($count, s.node_count)
         ${RETURN_SUMMARY}, s.payload AS payload`,
        { id, now, name: name ?? null, json, count: payload ? payload.nodes.length : null },
      );
      const rec = res.records[0];
      if (!rec) throw notFound(id);
      const row = rec.toObject() as SummaryRow & { payload: string };
      return { ...summaryOf(row), payload: payload ?? payloadOf(row.payload) };
    });
  },
});

export const deleteScene = defineOperation({
  summary: 'Delete a scene (links to it answer 404 afterwards)',
  params: SceneParamsSchema,
  output: SceneDeletedSchema,
  errors: { 404: 'no scene with this id' },
  async run({ db }, { id }) {
    const deleted = await writeTx(db, async (tx) => {
      const res = await tx.run(`MATCH (s:${SCENE_LABEL} {id: $id}) DELETE s RETURN count(*) AS n`, { id });
      return toNumber(res.records[0]?.get('n') ?? 0);
    });
    if (!deleted) throw notFound(id);
    return { id, deleted: true as const };
  },
});
