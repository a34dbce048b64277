// The extractor's gazetteer read from the database: whole for a graph of the seed's size, and for a big one
// bounded (the most-mentioned plus what the article prints), never every entity. The threshold is lowered
// here so the seeded graph plays the big one.
import { afterAll, describe, expect, it } from 'vitest';
import { gazetteerEntries, substrings } from '../server/src/operations/drafts.ts';
import { sharedDriver } from './support/neo4j.ts';

const driver = sharedDriver();
afterAll(() => driver.close());

const text = '济南市市中区今天召开会议，党杨路沿线的新项目开工。';

describe('the gazetteer a draft is extracted with', () => {
  it('holds every curated entity of a graph below the threshold', async () => {
    const curated = (await driver.executeQuery("MATCH (n:Entity {status: 'curated'}) RETURN count(n) AS c")).records[0].get('c').toNumber();
    const { entries, partial } = await gazetteerEntries(driver, undefined, text);
    expect(entries.length).toBe(curated);
    expect(partial).toBe(false); // the worker builds one extractor for all drafts while the names hold
  });

  it('above it holds the most-mentioned and every curated name the article prints, and nothing else', async () => {
    const { entries, key, partial } = await gazetteerEntries(driver, undefined, text, 10);
    expect(partial).toBe(true); // names cut per article: the worker grows one jieba dictionary instead of rebuilding it
    const names = entries.map((e) => e.name);
    expect(names).toContain('党杨路'); // printed in the text, far down the mention ranking
    expect(names).toContain('市中区'); // printed, and among the most mentioned
    expect(new Set(names).size).toBeLessThanOrEqual(10 + substrings(text).length);
    expect(entries.length).toBeLessThan(30);
    expect((await gazetteerEntries(driver, undefined, text, 10)).key).toBe(key); // same graph, same text: the worker keeps its extractor
  });

  it('above it also holds a curated entity the article prints only by an alias (through the full-text index)', async () => {
    // the least-mentioned curated entity with an alias that is not part of its name: far outside the top 10
    const [row] = (
      await driver.executeQuery(
        `MATCH (n:Entity {status: 'curated'}) WHERE any(a IN n.aliases WHERE size(a) >= 3 AND size(a) <= 8 AND NOT n.name CONTAINS a AND NOT a CONTAINS n.name)
         RETURN n.name AS name, [a IN n.aliases WHERE size(a) >= 3 AND size(a) <= 8 AND NOT n.name CONTAINS a AND NOT a CONTAINS n.name][0] AS alias ORDER BY n.mention_count, n.id LIMIT 1`,
      )
    ).records.map((r) => r.toObject() as { name: string; alias: string });
    const printed = `今天${row.alias}举行座谈会。`;
    expect(printed).not.toContain(row.name);
    const { entries } = await gazetteerEntries(driver, undefined, printed, 10);
    expect(entries.find((e) => e.name === row.name)?.aliases).toContain(row.alias);
    expect(entries.filter((e) => e.name === row.name)).toHaveLength(1);
  });

  it('asks for substrings that stop at punctuation', () => {
    const grams = substrings('党杨路，新项目');
    expect(grams).toContain('党杨路');
    expect(grams.some((g) => g.includes('，'))).toBe(false);
  });
});
