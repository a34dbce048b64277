// Where reports disagree: across the graph, the groups of figures (same entity, kind, measure, basis,
// period, year and unit — model/figures.ts figureKey) whose articles give values that do not agree
// within their printed rounding, each with every figure and its sentence, most articles first.
import { FigureConflictsQuerySchema, FigureConflictsSchema, groupFigures, type FigureConflicts } from '../../../model/index.ts';
import { figureOf } from '../../../model/storage/index.ts';
import { defineOperation } from './operation.ts';

export const figureConflicts = defineOperation({
  summary: 'Figures that different reports state differently (same entity, kind, period and year)',
  query: FigureConflictsQuerySchema,
  output: FigureConflictsSchema,
  async run({ db }, { limit }): Promise<FigureConflicts> {
    // only candidates reach Node: an entity's figures of one kind and year from more than one article
    const res = await db.read<{ id: string; name: string; fs: Array<{ properties: Record<string, unknown> }> }>(
      `MATCH (e:Entity)-[:HAS_FIGURE]->(f:Figure) WHERE f.value IS NOT NULL
       WITH e, f.kind AS kind, f.year AS year, collect(f) AS fs
       WHERE size(fs) > 1 AND size(reduce(seen = [], g IN fs | CASE WHEN g.article IN seen THEN seen ELSE seen + g.article END)) > 1
       RETURN e.id AS id, e.name AS name, fs`,
    );
    const conflicts = res.records.flatMap((r) =>
      groupFigures(r.get('fs').map((f) => figureOf(f.properties)))
        .filter((g) => g.conflicting.length)
        .map((g) => ({ ...g, entity: { id: r.get('id'), name: r.get('name') } })),
    );
    conflicts.sort((a, b) => b.articles - a.articles || a.entity.name.localeCompare(b.entity.name, 'zh') || a.key.localeCompare(b.key));
    return { conflicts: conflicts.slice(0, limit), truncated: conflicts.length > limit };
  },
});
