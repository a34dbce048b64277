// Chinese text printed with ASCII punctuation (punctuation.ts): read like the press prints it, given back as printed.
import { describe, expect, it } from 'vitest';
import { createRuleExtractor } from './extract.ts';
import { buildGazetteer } from './gazetteer.ts';
import type { Extraction } from './model.ts';
import { asPrinted, withFullWidthMarks } from './punctuation.ts';

describe('a page printed with ASCII marks', () => {
  it('is read with the full-width marks of Chinese prose, one character for one; digits and Latin text keep theirs', () => {
    const page = '11月15日,2024年签约10个项目;其中3个开工:总投资1,000万元,10:30开工。Hello, world!';
    const read = withFullWidthMarks(page);
    expect(read).toBe('11月15日，2024年签约10个项目；其中3个开工：总投资1,000万元，10:30开工。Hello, world!');
    expect(read.length).toBe(page.length);
  });
  it('is read like the same page with full-width marks: an event after the date keeps its edition year', () => {
    const extractor = createRuleExtractor(buildGazetteer([]));
    const names = (text: string) => extractor.extract(text).entities.map((e) => `${e.name}/${e.type}`);
    expect(names('11月15日,2024青湖片区项目招商推介会举行。')).toContain('2024青湖片区项目招商推介会/Event');
    expect(names('11月15日,2024青湖片区项目招商推介会举行。')).toEqual(names('11月15日，2024青湖片区项目招商推介会举行。'));
  });
  it('gives every name back as the page prints it, with the page as the text the offsets point into', () => {
    const page = '青湖区推行“一园一策,一企一档”机制。';
    const read = withFullWidthMarks(page);
    const name = read.slice(5, 18);
    const x: Extraction = {
      text: read,
      entities: [{ name, type: 'Strategy', aliases: [], known: false, rules: ['quoted'], mentions: [{ start: 5, end: 18 }] }],
      mentions: [{ start: 5, end: 18, name, type: 'Strategy' }],
      relations: [{ source: '青湖区', target: name, type: 'SUPPORTS', rule: 'test', evidence: { start: 0, end: 19 } }],
      figures: [],
    };
    const printed = asPrinted(x, page, read);
    expect(printed.text).toBe(page);
    expect(printed.entities[0].name).toBe('“一园一策,一企一档”机制');
    expect(printed.mentions[0].name).toBe(page.slice(5, 18));
    expect(printed.relations[0].target).toBe('“一园一策,一企一档”机制');
    // (a name the curated graph holds keeps its curated form, marks and all)
    const known = asPrinted({ ...x, entities: [{ ...x.entities[0], known: true }] }, page, read);
    expect(known.entities[0].name).toBe(name);
    expect(known.relations[0].target).toBe(name);
  });
});
