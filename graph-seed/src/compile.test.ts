// `npm run seed -- --check` fails loudly, naming file and entry, on each class of error a rule can catch.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSeed, SEED_ROOT } from './compile.ts';
import { SeedDataError } from './model.ts';

function brokenCopy(file: string, mutate: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bad-seed-'));
  cpSync(join(SEED_ROOT, 'data'), dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = mutate(before);
  if (after === before) throw new Error('the mutation did not change the file');
  writeFileSync(path, after);
  return dir;
}

const problems = (dataDir: string): string => {
  try {
    compileSeed({ dataDir });
  } catch (err) {
    if (err instanceof SeedDataError) return err.message;
    throw err;
  }
  return '';
};

describe('compileSeed', () => {
  it('compiles the curated files', () => {
    expect(compileSeed().entities.length).toBeGreaterThan(300);
  });
  it.each([
    [
      'an investment resting on a bare name',
      '000_3b9feea827c40a6b.yaml',
      (y: string) => y.replace('relations:\n', 'relations:\n  - {source: 中软国际, type: INVESTED_IN, target: 中软国际人工智能创新中心, quote: "中软国际人工智能创新中心"}\n'),
      /000_3b9feea827c40a6b.yaml relations\[0\] \(中软国际 -INVESTED_IN-> 中软国际人工智能创新中心\): the quote states no INVESTED_IN/,
    ],
    [
      'an alias that names the national group of a branch',
      '002_ef7e7b1f7dc22885.yaml',
      (y: string) => y.replace('  - name: 国网山东电力\n    type: Enterprise\n', '  - name: 国网山东电力\n    type: Enterprise\n    aliases: [国网电力]\n'),
      /002_ef7e7b1f7dc22885.yaml entities\[\d+\] \(国网山东电力\): alias "国网电力" drops the qualifier "山东"/,
    ],
    [
      'a figure whose 余 is left unparsed',
      '002_ef7e7b1f7dc22885.yaml',
      (y: string) => y.replace('amount: "1100余万元"', 'amount: "1100"'),
      /002_ef7e7b1f7dc22885.yaml entities\[\d+\] \(市中区\): figure 1100 is printed as "1100余…"/,
    ],
    [
      'an alias no article prints',
      '000_3b9feea827c40a6b.yaml',
      (y: string) => y.replace('aliases: [济南商河]', 'aliases: [济南商河, 商河县城]'),
      /alias "商河县城" is not printed in any article/,
    ],
    [
      'a name wrapped whole in quotation marks',
      '002_ef7e7b1f7dc22885.yaml',
      (y: string) => y.replace(/name: "?项目突破年"?\n/, 'name: "“项目突破年”"\n').replace(/项目突破年,/g, '“项目突破年”,'),
      /\(“项目突破年”\): the name is wrapped whole in quotation marks/,
    ],
  ])('refuses %s, naming the file and entry', (_what, file, mutate, message) => {
    expect(problems(brokenCopy(file, mutate))).toMatch(message);
  });
  it('keeps a figure the parser cannot read as text, with the reason, instead of refusing or dropping it', () => {
    const graph = compileSeed({ dataDir: brokenCopy('002_ef7e7b1f7dc22885.yaml', (y) => y.replace('amount: "1100余万元"', 'amount: "争取资金1100余万元"')) });
    const figure = graph.entities.find((e) => e.name === '市中区')!.figures.find((f) => f.text === '争取资金1100余万元');
    expect(figure).toMatchObject({ value: null, unit: null, unparsed: expect.stringMatching(/expected a number/) });
  });
});
