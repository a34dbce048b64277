// The storage format: what the one writer stores for an entity and a fact, and what the one mapper
// gives back in each profile. Internal properties (search keys, canvas cache) never come back out.
import { Node, Relationship, int } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CanvasEdgeSchema, CanvasNodeSchema, DetailNodeSchema, ExportNodeSchema, FigureSchema } from '../index.ts';
import {
  entityRecord,
  figureId,
  figureOf,
  figureRecord,
  INTERNAL_PROPERTIES,
  relationRecord,
  toCanvasEdge,
  toCanvasNode,
  toDetailNode,
  toExportEdge,
  toExportNode,
  toRowNode,
  fromCanvasCache,
} from './index.ts';

const evidence = [
  { article: '000_a.txt', start: 3, end: 12, quote: '中央活力区建设', year: 2021 },
  { article: '001_b.txt', start: 40, end: 55, quote: '打造中央活力区', year: 2023 },
];

const entity = entityRecord({
  id: 'e-1',
  name: '中央活力区',
  label: 'Area',
  aliases: ['CBD'],
  en: 'Central Vitality Zone',
  description: '市中区的核心片区',
  status: 'curated',
  mentionCount: 7,
  figures: [],
  evidence,
});

const fact = relationRecord({ id: 'r-1', type: 'PART_OF', source: 'e-1', target: 'e-2', status: 'proposed', rule: 'list', amountYuan: 300_000_000n, evidence: [evidence[1]] });

const node = new Node(int(1), ['Entity', 'Area'], entity, '4:x:1');
const rel = new Relationship(int(9), int(1), int(2), 'PART_OF', fact, 'r:9', '4:x:1', '4:x:2');
const ids = new Map([['4:x:1', 'e-1'], ['4:x:2', 'e-2']]);

describe('the storage writer', () => {
  it('derives search keys, evidence arrays and years from the entity (figures are nodes of their own)', () => {
    expect(entity).toMatchObject({
      pinyin: 'zhongyanghuoliqu',
      pinyin_initials: 'zyhlq',
      names_lc: ['中央活力区', 'cbd'],
      ev_article: ['000_a.txt', '001_b.txt'],
      ev_year: [2021, 2023],
      articles: ['000_a.txt', '001_b.txt'],
      first_reported: 2021,
      last_reported: 2023,
    });
    for (const gone of ['figures', 'figure_kinds', 'figure_texts', 'investment_text']) expect(entity).not.toHaveProperty(gone);
    expect(String(entity.search_keys)).toContain('\nzyhlq\n');
  });

  it('leaves ev_year out when a year is unknown (an ingested article without a date)', () => {
    const e = entityRecord({ id: 'e-2', name: '新项目', label: 'Project', aliases: [], status: 'proposed', mentionCount: 1, figures: [], evidence: [{ ...evidence[0], year: null }] });
    expect(e).not.toHaveProperty('ev_year');
    expect(e).toMatchObject({ first_reported: null, last_reported: null, ev_article: ['000_a.txt'] });
  });

  it('caches exactly what the canvas profile computes from the stored properties', () => {
    const [fromCache] = fromCanvasCache([entity.canvas], []).nodes;
    expect(fromCache).toEqual(toCanvasNode(node));
    const cachedEdge = fromCanvasCache([entity.canvas, entityRecord({ id: 'e-2', name: '市中区', label: 'Area', aliases: [], status: 'curated', mentionCount: 1, figures: [], evidence }).canvas], [fact.canvas]).edges[0];
    expect(cachedEdge).toEqual(toCanvasEdge(rel, ids));
  });
});

describe('the mapper', () => {
  it('gives canvas shapes with named fields only', () => {
    const n = CanvasNodeSchema.strict().parse(toCanvasNode(node));
    expect(n).toEqual({
      id: 'e-1',
      name: '中央活力区',
      labels: ['Area'],
      en: 'Central Vitality Zone',
      pinyin: 'zhongyanghuoliqu',
      status: 'curated',
      mention_count: 7,
      first_reported: 2021,
      last_reported: 2023,
      articles: ['000_a.txt', '001_b.txt'],
    });
    expect(CanvasEdgeSchema.strict().parse(toCanvasEdge(rel, ids))).toMatchObject({ id: 'r-1', type: 'PART_OF', source: 'e-1', target: 'e-2', evidence_count: 1, amount_yuan: 300_000_000, rule: 'list' });
  });

  it.each([
    ['detail', () => toDetailNode(node).properties],
    ['export', () => toExportNode(node, true)],
    ['console row', () => toRowNode(node).properties],
    ['export edge', () => toExportEdge(rel, ids, true)],
  ])('never lets an internal property out in the %s profile', (_profile, out) => {
    const keys = Object.keys(out());
    for (const internal of INTERNAL_PROPERTIES) expect(keys).not.toContain(internal);
  });

  it('turns evidence arrays into records in details and exports, and keeps the description named', () => {
    const detail = DetailNodeSchema.parse(toDetailNode(node));
    expect(detail.description).toBe('市中区的核心片区');
    expect(detail.properties).not.toHaveProperty('ev_quote');
    expect(detail.properties).toMatchObject({ pinyin_initials: 'zyhlq' });
    const exported = ExportNodeSchema.parse(toExportNode(node, true));
    expect(exported.evidence).toEqual(evidence);
    expect(exported).not.toHaveProperty('ev_article');
    expect(Object.keys(exported).filter((k) => !['id', 'labels', 'name', 'evidence'].includes(k))).toEqual(
      Object.keys(exported).filter((k) => !['id', 'labels', 'name', 'evidence'].includes(k)).sort(),
    );
  });
});

describe('a figure as stored', () => {
  const figure = {
    kind: 'gdp', measure: 'level', basis: 'actual', period: 'h1', year: 2020, text: '480.3亿元', value: 48_030_000_000n, value_max: null,
    unit: 'yuan', approximate: null, note: '上半年地区生产总值', unparsed: null, evidence: evidence[0],
  } as const;

  it('is a flat property map: float value in the base unit, the text as printed, its sentence and report year', () => {
    const props = figureRecord('e-1', 'curated', figure);
    expect(props).toEqual({
      id: figureId('e-1', figure), kind: 'gdp', measure: 'level', basis: 'actual', period: 'h1', year: 2020, text: '480.3亿元',
      value: 48_030_000_000, value_max: null, unit: 'yuan', approximate: null, note: '上半年地区生产总值', unparsed: null, status: 'curated',
      article: '000_a.txt', start: 3, end: 12, quote: '中央活力区建设', report_year: 2021,
    });
    expect(typeof props.value).toBe('number');
  });

  it('reads back in the contract shape, and the same figure of the same entity in the same sentence keeps its id', () => {
    const props = figureRecord('e-1', 'curated', figure);
    expect(FigureSchema.parse(figureOf(props))).toMatchObject({ value: 48_030_000_000, evidence: evidence[0], status: 'curated' });
    expect(figureId('e-1', figure)).toBe(figureId('e-1', { ...figure }));
    expect(figureId('e-1', figure)).not.toBe(figureId('e-2', figure));
  });
});
