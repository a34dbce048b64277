// The learned stage learns shapes, not phrases: no feature holds more than two characters of text, the shipped
// weights file holds no run of three Chinese characters, and training is deterministic.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { createExtractor } from './extract.ts';
import { CLASSES, learnedCandidates, WEIGHTS_FILE } from './learned.ts';
import { train } from './logistic.ts';
import { createSegmenter } from './segment.ts';

const gazetteer = buildGazetteer([{ name: '历下区', type: 'Area', aliases: [] }]);
const segmenter = createSegmenter(gazetteer);
const text = '历下区星河软件园位于经十路，由某某科技有限公司投资建设，“智慧社区”项目同步启动。';

describe('the learned stage', () => {
  const rules = createExtractor(gazetteer, segmenter, null).extract(text);
  const candidates = learnedCandidates(rules, segmenter.tokens(text), gazetteer);

  it('describes every candidate by features holding at most two characters of text', () => {
    expect(candidates.length).toBeGreaterThan(rules.entities.length);
    const long = candidates.flatMap((c) => c.features).filter((f) => /[\u3400-\u9fff]{3,}/.test(f));
    expect(long).toEqual([]);
  });

  it('proposes the rules’ entities and wider candidates, each with where it is printed', () => {
    for (const e of rules.entities) expect(candidates.some((c) => c.entity === e)).toBe(true);
    for (const c of candidates) for (const s of c.spans) expect(text.slice(s.start, s.end)).toBe(c.entity ? text.slice(s.start, s.end) : c.surface);
  });

  it('trains to the same weights twice', () => {
    const examples = candidates.map((c, i) => ({ features: c.features, label: i % 3 ? 'none' : 'Facility' }));
    expect(JSON.stringify(train(examples, CLASSES))).toBe(JSON.stringify(train(examples, CLASSES)));
  });

  it('ships weights with no run of three or more Chinese characters (a phrase would be memorised)', () => {
    if (!existsSync(WEIGHTS_FILE)) return;
    const weights = readFileSync(WEIGHTS_FILE, 'utf8');
    expect(weights.match(/[\u3400-\u9fff]{3,}/g) ?? []).toEqual([]);
  });
});
