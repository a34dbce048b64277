import { describe, expect, it } from 'vitest';
import { EXAMPLES, exampleQuery } from './examples.ts';

describe('the console examples in English', () => {
  it('name their columns in English and keep the names in quotes', () => {
    for (const ex of EXAMPLES) {
      const q = exampleQuery(ex, 'en');
      // what is left in Chinese is only inside quotes: the graph's own names
      expect(q.replace(/'[^']*'/g, ''), ex.en).not.toMatch(/\p{Script=Han}/u);
    }
    const gdp = exampleQuery(EXAMPLES.find((e) => e.en.startsWith('GDP'))!, 'en');
    expect(gdp).toContain("{name: '市中区'}");
    expect(gdp).toContain('f.year AS year');
    expect(exampleQuery(EXAMPLES.find((e) => e.en.startsWith('The ten largest'))!, 'en')).toContain('yuan / 1e8 AS hundred_million_yuan');
  });

  it('are unchanged in Chinese', () => {
    for (const ex of EXAMPLES) expect(exampleQuery(ex, 'zh')).toBe(ex.query);
  });
});
