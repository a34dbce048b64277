// `npm start` seeds a database that holds no entities yet (never touches one that has data). The
// compiler and loader (YAML, pinyin dictionaries) are imported only when there is something to seed.
import type { Driver } from 'neo4j-driver';
import type { LoadCounts } from './load.ts';

export async function seedIfEmpty(driver: Driver, database?: string): Promise<LoadCounts | undefined> {
  const res = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) > 0 AS any', {}, { database });
  if (res.records[0].get('any')) return undefined;
  const [{ compileSeed }, { loadSeed }] = await Promise.all([import('./compile.ts'), import('./load.ts')]);
  return loadSeed(driver, compileSeed(), { database });
}
