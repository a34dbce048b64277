// `npm start` seeds a database that holds no entities yet (never touches one that has data).
import type { Driver } from 'neo4j-driver';
import { compileSeed } from './compile.ts';
import { type LoadCounts, loadSeed } from './load.ts';

export async function seedIfEmpty(driver: Driver, database?: string): Promise<LoadCounts | undefined> {
  const res = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) > 0 AS any', {}, { database });
  if (res.records[0].get('any')) return undefined;
  return loadSeed(driver, compileSeed(), { database });
}
