// The learned corrector the product runs after the rules (corrector.ts): what it may add, whatever its weights say.
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extract.ts';
import { buildGazetteer } from './gazetteer.ts';

const extractor = createExtractor(buildGazetteer([{ name: '市中区', type: 'Area', aliases: [] }, { name: '新旧动能转换', type: 'Strategy', aliases: [] }]));
const found = (text: string) => extractor.extract(text).entities.map((e) => `${e.name}/${e.type}`);

describe('the corrector', () => {
  it('adds no byline and no dateline: who reports and where the report was filed are not what the text names', () => {
    expect(found('大众网·海报新闻记者 李四 济南报道')).toEqual([]);
    expect(found('滨海网东营3月22日讯(通讯员 陈五)3月22日上午，云岭经济开发区举行签约仪式。')).toEqual(['云岭经济开发区/Park']);
  });
  it('keeps a name the gazetteer knows, whatever the tagger says of it', () => {
    expect(found('近年来，兖州区紧紧围绕新旧动能转换“五年取得突破”目标。')).toContain('新旧动能转换/Strategy');
  });
  it('adds a zone\'s short form (经开区) as a Park, as it does the zone printed in full', () => {
    expect(found('青湖国家级经济技术开发区重点项目集中开工。近年来，经开区树立项目为王理念，经开区将聚力培育产业集群。')).toEqual(
      expect.arrayContaining(['青湖国家级经济技术开发区/Park', '经开区/Park']),
    );
  });
});
