// The extractor on the evaluation texts: the test, blind and unseen texts (held out until f47402c, 8421fe4 and
// 24552df, tuned on since) must not fall below what the rules reach now (graph-seed/EVAL.md), and a gold file that
// does not match its text stops the evaluation. The held-out texts (fresh/) are never scored here: a test would be a look at them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSplit, HELD_OUT, loadEvalTexts } from './eval-texts.ts';

/** Floors a little under the numbers measured when the rules were last changed: a change that loses ground fails here. */
const FLOOR = { entityPrecision: 0.85, entityRecall: 0.88, clean: 0.91, relationF1: 0.66 };
/** The blind texts, in-sample since they were scored (frozen.json's blindRulesCommit): floors under where the rules are now. */
const BLIND_FLOOR = { entityPrecision: 0.9, entityRecall: 0.92, clean: 0.94, relationF1: 0.57 };
/** The unseen texts, in-sample since they were scored (frozen.json's unseenRulesCommit): floors under where the rules are now. */
const UNSEEN_FLOOR = { entityPrecision: 0.84, entityRecall: 0.75, clean: 0.89, relationF1: 0.49 };

describe('the extractor on the test texts', () => {
  it('keeps entity precision, recall, clean names and relation F1 at least where they are', () => {
    const r = evaluateSplit('test');
    expect(r.texts.length).toBeGreaterThanOrEqual(6);
    expect(r.entities.precision).toBeGreaterThanOrEqual(FLOOR.entityPrecision);
    expect(r.entities.recall).toBeGreaterThanOrEqual(FLOOR.entityRecall);
    expect(r.clean).toBeGreaterThanOrEqual(FLOOR.clean);
    expect(r.relations.f1).toBeGreaterThanOrEqual(FLOOR.relationF1);
  });
});

describe('the extractor on the blind texts (in-sample since scored)', () => {
  it('keeps entity precision, recall, clean names and relation F1 at least where they are', () => {
    const r = evaluateSplit('blind');
    expect(r.texts.length).toBe(10);
    expect(r.entities.precision).toBeGreaterThanOrEqual(BLIND_FLOOR.entityPrecision);
    expect(r.entities.recall).toBeGreaterThanOrEqual(BLIND_FLOOR.entityRecall);
    expect(r.clean).toBeGreaterThanOrEqual(BLIND_FLOOR.clean);
    expect(r.relations.f1).toBeGreaterThanOrEqual(BLIND_FLOOR.relationF1);
  });
});

describe('the extractor on the unseen texts (in-sample since scored)', () => {
  it('keeps entity precision, recall, clean names and relation F1 at least where they are', () => {
    const r = evaluateSplit('unseen');
    expect(r.texts.length).toBe(14);
    expect(r.entities.precision).toBeGreaterThanOrEqual(UNSEEN_FLOOR.entityPrecision);
    expect(r.entities.recall).toBeGreaterThanOrEqual(UNSEEN_FLOOR.entityRecall);
    expect(r.clean).toBeGreaterThanOrEqual(UNSEEN_FLOOR.clean);
    expect(r.relations.f1).toBeGreaterThanOrEqual(UNSEEN_FLOOR.relationF1);
  });
});

describe('gold files', () => {
  const root = () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-texts-'));
    mkdirSync(join(dir, 'dev'));
    writeFileSync(join(dir, 'dev', 'a.txt'), '历下区龙德小学今天开学。');
    return dir;
  };
  it('are refused when an entity is not printed in the text', () => {
    const dir = root();
    writeFileSync(join(dir, 'dev', 'a.gold.yaml'), 'entities:\n  - {name: 育英中学, type: Facility}\nrelations: []\n');
    expect(() => loadEvalTexts('dev', dir)).toThrow(/育英中学.*not printed/);
  });
  it('are refused when a relation breaks the vocabulary', () => {
    const dir = root();
    writeFileSync(join(dir, 'dev', 'a.gold.yaml'), 'entities:\n  - {name: 龙德小学, type: Facility}\n  - {name: 历下区, type: Area}\nrelations:\n  - {source: 历下区, type: LEADS, target: 龙德小学}\n');
    expect(() => loadEvalTexts('dev', dir)).toThrow(/LEADS may not go from Area to Facility/);
  });
  it('count every gold entity of a text as found or missed', () => {
    const dir = root();
    writeFileSync(join(dir, 'dev', 'a.gold.yaml'), 'entities:\n  - {name: 龙德小学, type: Facility}\n  - {name: 历下区, type: Area}\nrelations:\n  - {source: 龙德小学, type: LOCATED_IN, target: 历下区}\n');
    const r = evaluateSplit('dev', undefined, dir);
    expect(r.entities.tp + r.entities.fn).toBe(2);
    expect(r.clean).toBeGreaterThan(0);
  });
  it('of the held-out set are counted, never named, when they do not match their text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-texts-'));
    mkdirSync(join(dir, HELD_OUT));
    writeFileSync(join(dir, HELD_OUT, 'a.txt'), '历下区龙德小学今天开学。');
    writeFileSync(join(dir, HELD_OUT, 'a.gold.yaml'), 'entities:\n  - {name: 育英中学, type: Facility}\n  - {name: 历下区, type: Area}\nrelations: []\n');
    const texts = loadEvalTexts(HELD_OUT, dir);
    expect(texts.withheld).toBe(1);
    expect(texts[0].gold.entities.map((e) => e.name)).toEqual(['历下区']);
  });
});
