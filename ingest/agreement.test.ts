// Inter-annotator agreement: two tiny gold lists of one text whose agreement is known by hand.
// Pure code, but ingest/*.test.ts falls in the neo4j project of vitest.config.ts (its global setup starts Neo4j);
// the unit project does not include it yet.
import { describe, expect, it } from 'vitest';
import { agreement } from './agreement.ts';
import type { EvalText, Gold } from './src/eval-texts.ts';

const text = '济南市历下区龙德小学位于经十路以北。济南稼轩学校二期工程开工，区委书记周建平出席。';
const at = (gold: Gold): EvalText => ({ split: 'dev', file: 'x01.txt', text, gold });
const first = at({
  entities: [
    { name: '历下区', type: 'Area', aliases: ['济南市历下区'] },
    { name: '济南市', type: 'Area' },
    { name: '龙德小学', type: 'Facility' },
    { name: '经十路', type: 'Facility' },
    { name: '济南稼轩学校二期工程', type: 'Project' },
  ],
  relations: [
    { source: '龙德小学', type: 'LOCATED_IN', target: '历下区' },
    { source: '历下区', type: 'PART_OF', target: '济南市' },
    { source: '济南稼轩学校二期工程', type: 'PART_OF', target: '历下区' },
  ],
});
const second = at({
  entities: [
    { name: '济南市历下区', type: 'Area' }, // the first's alias: the same entity
    { name: '济南市', type: 'Area' },
    { name: '龙德小学', type: 'Organization' }, // typed differently
    { name: '济南稼轩学校', type: 'Facility' }, // a shorter span of the project
    { name: '周建平', type: 'Person' }, // only the second lists him
  ],
  relations: [
    { source: '龙德小学', type: 'LOCATED_IN', target: '济南市历下区' }, // the same fact, written with an alias
    { source: '济南市历下区', type: 'LOCATED_IN', target: '济南市' }, // the first's PART_OF, typed differently
    { source: '周建平', type: 'LEADS', target: '济南市历下区' }, // its endpoint is not in the first list
  ],
});

describe('agreement of two gold lists', () => {
  const a = agreement([{ first, second }]);

  it('scores entities with the evaluation matching: aliases align, a type difference does not', () => {
    expect(a.entities).toMatchObject({ tp: 2, fp: 3, fn: 3 });
    expect(a.entities.precision).toBeCloseTo(2 / 5);
    expect(a.entitiesByType.Area).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(a.entitiesByType.Facility).toMatchObject({ tp: 0, fp: 1, fn: 2 }); // 龙德小学 and 经十路; 济南稼轩学校 is the second's
  });

  it('puts each entity disagreement in one class', () => {
    expect(a.entityClasses['type differs']).toEqual(['x01: 龙德小学 Facility ↔ Organization']);
    expect(a.entityClasses.boundary).toEqual(['x01: 济南稼轩学校二期工程 Project ↔ 济南稼轩学校 Facility']);
    expect(a.entityClasses['only in first']).toEqual(['x01: Facility|经十路']);
    expect(a.entityClasses['only in second']).toEqual(['x01: Person|周建平']);
  });

  it('scores relations by endpoint names and tells a type difference from a missing endpoint', () => {
    expect(a.relations).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(a.relationClasses['relation type differs']).toEqual(['x01: PART_OF|历下区|济南市 ↔ LOCATED_IN']);
    expect(a.relationClasses['endpoint not in both'].sort()).toEqual(['x01: first PART_OF|济南稼轩学校二期工程|历下区', 'x01: second LEADS|周建平|历下区']);
    expect(a.relationClasses['only in first']).toEqual([]);
    expect(a.relationClasses['only in second']).toEqual([]);
  });
});
