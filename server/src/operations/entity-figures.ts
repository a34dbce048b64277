// An entity's figures: every number reports state about it, oldest report first, and the groups of
// figures stating the same thing (model/figures.ts figureKey) with how many articles state each, first
// and last reported, and the values they disagree on. Feeds the figures panel, its charts and its table.
import { EntityFiguresSchema, groupFigures, IdParamsSchema, type EntityFigures } from '../../../model/index.ts';
import { ENTITY_FIGURES, figureOf } from '../../../model/storage/index.ts';
import { NotFoundError } from '../errors.ts';
import { defineOperation } from './operation.ts';

export const entityFigures = defineOperation({
  summary: "An entity's figures with their sentences, grouped by what they state, with conflicts between reports",
  params: IdParamsSchema,
  output: EntityFiguresSchema,
  errors: { 404: 'no entity with this id' },
  async run({ db }, { id }): Promise<EntityFigures> {
    const res = await db.readTx(async (tx) => {
      const entity = await tx.run('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id });
      return entity.records.length ? { name: String(entity.records[0].get('name')), figures: (await tx.run(ENTITY_FIGURES, { id })).records } : undefined;
    });
    if (!res) throw new NotFoundError('entity_not_found', `no entity with id "${id}"`, { id });
    const figures = res.figures.map((r) => figureOf(r.get('f').properties));
    return { entity: { id, name: res.name }, figures, groups: groupFigures(figures) };
  },
});
