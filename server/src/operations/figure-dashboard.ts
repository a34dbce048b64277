// The district dashboard: an area's headline figures (GDP, fiscal revenue, investment, retail sales,
// market entities and new enterprises — DASHBOARD_KINDS) by year, every one with its sentence. Without
// `entity`, the area with the most headline figures: the district the corpus reports on.
import { DASHBOARD_KINDS, DashboardQuerySchema, DashboardSchema, type Dashboard } from '../../../model/index.ts';
import { figureOf } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import { defineOperation } from './operation.ts';

export const figureDashboard = defineOperation({
  summary: "A district's headline figures by year (GDP, fiscal revenue, investment, retail sales, enterprises)",
  query: DashboardQuerySchema,
  output: DashboardSchema,
  errors: { 404: 'no entity with this id, or no area with headline figures' },
  async run({ db }, { entity }): Promise<Dashboard> {
    const res = await db.read<{ id: string; name: string; en: string | null; fs: Array<{ properties: Record<string, unknown> }> }>(
      `${entity ? 'MATCH (e:Entity {id: $entity})' : 'MATCH (e:Area)'}
       OPTIONAL MATCH (e)-[:HAS_FIGURE]->(f:Figure) WHERE f.kind IN $kinds
       WITH e, collect(f) AS fs ORDER BY size(fs) DESC, e.mention_count DESC LIMIT 1
       RETURN e.id AS id, e.name AS name, e.en AS en, fs`,
      { entity: entity ?? null, kinds: [...DASHBOARD_KINDS] },
    );
    const rec = res.records[0];
    if (!rec) throw new NotFoundError('entity_not_found', entity ? `no entity with id "${entity}"` : 'no area in the graph to show a dashboard for', { id: entity ?? null });
    const figures = rec.get('fs').map((f) => figureOf(f.properties)).filter((f) => f.year !== null);
    figures.sort((a, b) => a.year! - b.year! || (a.evidence.year ?? 0) - (b.evidence.year ?? 0) || a.evidence.start - b.evidence.start);
    return {
      entity: { id: rec.get('id'), name: rec.get('name'), en: rec.get('en') ?? null },
      years: [...new Set(figures.map((f) => f.year!))].sort((a, b) => a - b),
      rows: DASHBOARD_KINDS.map((kind) => ({ kind, figures: figures.filter((f) => f.kind === kind) })),
    };
  },
});
