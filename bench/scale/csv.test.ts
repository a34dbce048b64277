// The bulk CSV's fast entity and fact lines must be the very text the generic path makes of the writer's record.
import { describe, expect, it } from 'vitest';
import { entityRecord, relationRecord, type EntityToStore, type RelationToStore } from '../../model/storage/index.ts';
import { ENTITY_COLUMNS, entityLine, FACT_COLUMNS, factLine, quote, row } from './csv.ts';
import { SyntheticGraph } from './generate.ts';

const viaWriter = (r: RelationToStore) => `${quote(r.source)},${quote(r.target)},${r.type},${row(relationRecord(r), FACT_COLUMNS)}`;

describe('factLine', () => {
  it('writes what row(relationRecord) writes for every fact of a synthetic graph', () => {
    const graph = new SyntheticGraph({ entities: 600, factsPerEntity: 5, hubShare: 0.35, seed: 19 });
    let n = 0;
    for (const r of graph.factInputs()) {
      expect(factLine(r)).toBe(viaWriter(r));
      n++;
    }
    expect(n).toBeGreaterThan(2900);
  });

  it('escapes quotes and separators, and leaves ev_year out when a year is unknown, as the writer does', () => {
    const r: RelationToStore = {
      id: 'r-1', type: 'LOCATED_IN', source: 'e-a', target: 'e-b', status: 'proposed', rule: 'r"x', role: 'a;b', year: null,
      evidence: [
        { article: 'b.txt', start: 3, end: 9, quote: '说"好";是', year: 2020 },
        { article: 'a.txt', start: 1, end: 2, quote: '甲', year: null },
        { article: 'b.txt', start: 5, end: 6, quote: '乙', year: 2018 },
      ],
    };
    expect(factLine(r)).toBe(viaWriter(r));
    expect(factLine({ ...r, evidence: [] })).toBe(viaWriter({ ...r, evidence: [] }));
  });

  it('refuses an amount, which the writer stores as a Neo4j integer', () => {
    expect(() => factLine({ id: 'r-2', type: 'INVESTED_IN', source: 'e-a', target: 'e-b', status: 'curated', amountYuan: 5, evidence: [] })).toThrow(/amount/);
  });
});

describe('entityLine', () => {
  const viaWriter = (e: EntityToStore) => `${quote(e.id)},Entity;${e.label},${row(entityRecord(e), ENTITY_COLUMNS)}`;

  it('writes what row(entityRecord) writes for every entity of a synthetic graph', () => {
    const graph = new SyntheticGraph({ entities: 1500, factsPerEntity: 5, hubShare: 0.35, seed: 19 });
    for (let i = 0; i < graph.plan.entities; i++) {
      const { input } = graph.entityInput(i);
      expect(entityLine(input)).toBe(viaWriter(input));
    }
  });

  it('escapes quotes and separators in names, aliases and descriptions, as the writer does', () => {
    const e: EntityToStore = {
      id: 'e-1', name: '甲"乙";公司', label: 'Enterprise', aliases: ['甲;乙', 'A"B'], en: 'Jia "Yi"; Co.', description: '说明;"x"', status: 'proposed', figures: [], mentionCount: 3,
      evidence: [{ article: 'a.txt', start: 1, end: 4, quote: '甲"乙"', year: null }],
    };
    expect(entityLine(e)).toBe(viaWriter(e));
    expect(entityLine({ ...e, aliases: [], en: null, description: null, evidence: [] })).toBe(viaWriter({ ...e, aliases: [], en: null, description: null, evidence: [] }));
  });
});
