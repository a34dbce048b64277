// The mention matcher reads names the way a reader reads the text (compile.ts computeMentions).
import { describe, expect, it } from 'vitest';
import { computeMentions } from './compile.ts';
import type { SeedArticle, SeedEntity } from './model.ts';

const article = (text: string): SeedArticle => ({ id: 'a', file: 'a.txt', headline: '', byline: '', reporters: [], year: 2023, newspaper: '', text });
const entity = (name: string, aliases: string[] = []): SeedEntity => ({ id: name, name, label: 'Area', aliases, figures: [], evidence: [], mentions: new Map() });
const mentioned = (text: string, ...entities: SeedEntity[]) => {
  computeMentions([article(text)], entities);
  return Object.fromEntries(entities.map((e) => [e.name, (e.mentions.get('a.txt') ?? []).map((s) => text.slice(s.start, s.end))]));
};

describe('computeMentions', () => {
  it('does not read 济南市 in 济南市中 or 济南市中区, but does in 济南市市中区', () => {
    const jinan = () => entity('济南市', ['济南']);
    const shizhong = () => entity('市中区', ['济南市市中区', '济南市中区', '济南市中', '市中']);
    expect(mentioned('济南市中加快建设', jinan(), shizhong())).toEqual({ 济南市: [], 市中区: ['济南市中'] });
    expect(mentioned('济南市中区奋力', jinan(), shizhong())).toEqual({ 济南市: [], 市中区: ['济南市中区'] });
    expect(mentioned('济南市市中区第十九届', jinan(), shizhong())).toEqual({ 济南市: ['济南市'], 市中区: ['济南市市中区'] });
  });
  it('reads the earlier of two overlapping names (类金融业态 is 类金融 + 业态)', () => {
    expect(mentioned('新金融、类金融业态', entity('金融业'), entity('类金融'), entity('新金融'))).toEqual({ 金融业: [], 类金融: ['类金融'], 新金融: ['新金融'] });
  });
  it('keeps a name inside another name, never a mere alias inside one', () => {
    expect(mentioned('中软国际人工智能创新中心', entity('中软国际'), entity('中软国际人工智能创新中心'))).toEqual({ 中软国际: ['中软国际'], 中软国际人工智能创新中心: ['中软国际人工智能创新中心'] });
    expect(mentioned('山东中油兴隆落户', entity('兴隆片区', ['兴隆']), entity('山东中油兴隆'))).toEqual({ 兴隆片区: [], 山东中油兴隆: ['山东中油兴隆'] });
  });
  it('finds a name the layout printed across a line break', () => {
    const text = '持续加快四级医保公共\n\n服务体系，建成';
    expect(mentioned(text, entity('四级医保公共服务体系'))).toEqual({ 四级医保公共服务体系: ['四级医保公共\n\n服务体系'] });
  });
  it('counts one mention where the longest form of an entity is printed', () => {
    expect(mentioned('市中区坚持', entity('市中区', ['市中']))).toEqual({ 市中区: ['市中区'] });
  });
});
