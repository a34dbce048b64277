// The reference gazetteer (ingest/reference/jinan.yaml) and how it joins the curated one: the file is valid
// data, its forms are unambiguous, and the extractor finds its names typed by the data but never as curated.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../graph-seed/src/compile.ts';
import { ENTITY_LABELS } from '../../model/vocabulary.ts';
import { createRuleExtractor } from './extract.ts';
import { buildGazetteer, entriesFromYaml, matchGazetteer, readReference } from './gazetteer.ts';
import { createSegmenter } from './segment.ts';

const reference = readReference();
const dataDir = join(SEED_ROOT, 'data');
const curated = entriesFromYaml(readdirSync(dataDir).filter((f) => f.endsWith('.yaml')).map((f) => join(dataDir, f)));

describe('the reference gazetteer file', () => {
  it('parses, with several hundred entries of valid types', () => {
    expect(reference.length).toBeGreaterThan(300);
    for (const e of reference) expect(ENTITY_LABELS).toContain(e.type);
  });

  it('prints each name and alias once across all entries', () => {
    const forms = reference.flatMap((e) => [e.name, ...e.aliases]);
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });

  it('gives no name or alias a type other than the curated entity printed so', () => {
    const curatedType = new Map(curated.flatMap((e) => [e.name, ...e.aliases].map((t) => [t, e.type] as const)));
    const clashes = reference.flatMap((e) => [e.name, ...e.aliases].filter((t) => curatedType.has(t) && curatedType.get(t) !== e.type).map((t) => `${t}: ${e.type} here, ${curatedType.get(t)} curated`));
    expect(clashes).toEqual([]);
  });

  it('refuses a bad entry, naming the file and the entry', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'reference-')), 'bad.yaml');
    writeFileSync(file, 'entries:\n  - {name: 某某中学, type: Facility}\n  - {name: 某某街道, type: Street}\n');
    expect(() => readReference(file)).toThrow(/bad\.yaml: entry 2 \(某某街道\) type: /);
  });
});

describe('the extractor with the reference names', () => {
  const extractor = createRuleExtractor(buildGazetteer(curated));
  const text = '七贤街道联合育英中学，在英雄山路开展交通安全宣传活动。';

  it('finds a school and a street of 市中区 typed by the data, as new entities (not known)', () => {
    const found = new Map(extractor.extract(text).entities.map((e) => [e.name, e]));
    expect(found.get('济南市育英中学')).toMatchObject({ type: 'Facility', known: false, aliases: ['育英中学'] });
    expect(found.get('七贤街道')).toMatchObject({ type: 'Area', known: false });
    expect(found.get('英雄山路')).toMatchObject({ type: 'Facility', known: false });
  });

  it('finds a landmark tower whose stem jieba reads as an adverb (普利/ad), which the suffix rule cannot grow over', () => {
    const found = extractor.extract('夜色中的绿地普利中心灯光璀璨。').entities.find((e) => e.name === '绿地普利中心');
    expect(found).toMatchObject({ type: 'Facility', known: false });
  });

  it('finds a district\'s public-service institutions under their standard names, not the bare head', () => {
    const names = extractor.extract('困难群众可向市中区法律援助中心申请帮助。').entities.map((e) => `${e.name}/${e.type}`);
    expect(names).toContain('市中区法律援助中心/Organization');
    expect(names).not.toContain('法律援助中心/Facility');
  });

  it('finds a provincial hospital by the short form the press prints', () => {
    const found = extractor.extract('市民可到省妇幼保健院咨询。').entities.find((e) => e.name === '山东省妇幼保健院');
    expect(found).toMatchObject({ type: 'Facility', known: false });
  });

  it('keeps every reference form one token in jieba, at its lower frequency', () => {
    const g = buildGazetteer(curated);
    const segmenter = createSegmenter(g);
    const split = [...g.reference.keys()].filter((term) => !segmenter.tokens(`今天在${term}举行活动`).some((t) => t.start === 3 && t.end === 3 + term.length));
    expect(split).toEqual([]);
  });

  it('matches the longest form, an alias giving the canonical name', () => {
    const g = buildGazetteer(curated);
    expect(matchGazetteer('到济南市育英中学和经五路小学', g).map((c) => c.name)).toEqual(['济南市育英中学', '济南市经五路小学']);
  });

  it('lets the curated entity win where it prints the same form, the reference adding only forms', () => {
    const g = buildGazetteer([{ name: '青湖区', type: 'Area', aliases: [] }], [{ name: '青湖区', type: 'Park', aliases: ['青湖城区'] }]);
    expect(matchGazetteer('青湖城区', g)).toMatchObject([{ name: '青湖区', type: 'Area' }]);
    expect(createRuleExtractor(g).extract('青湖城区开展活动').entities.find((e) => e.name === '青湖区')?.known).toBe(true);
  });

  it('leaves them out when built with no reference names (eval --without-reference)', () => {
    const g = buildGazetteer(curated, []);
    expect(g.reference.size).toBe(0);
    expect(createRuleExtractor(g).extract(text).entities.find((e) => e.name === '济南市育英中学')).toBeUndefined();
  });
});
