// `npm start` seeds a database that holds no entities yet (never touches one that has data), and reseeds
// one written before figures were nodes of their own (entities still holding the old `figures` JSON):
// a reseed keeps proposed items and reviewed drafts, so nothing reviewed is lost. The compiler and
// loader (YAML, pinyin dictionaries) are imported only when there is something to seed.
import type { Driver } from 'neo4j-driver';
import type { LoadCounts } from './load.ts';

export async function seedIfEmpty(driver: Driver, database?: string): Promise<LoadCounts | undefined> {
  const res = await driver.executeQuery(
    `RETURN EXISTS { MATCH (n:Entity) } AS any,
            EXISTS { MATCH (n:Entity {status: 'curated'}) WHERE n.figures IS NOT NULL } AS legacyFigures`,
    {},
    { database },
  );
  const rec = res.records[0];
  if (rec.get('any') && !rec.get('legacyFigures')) return undefined;
  const [{ compileSeed }, { loadSeed }] = await Promise.all([import('./compile.ts'), import('./load.ts')]);
  return loadSeed(driver, compileSeed(), { database });
}
