// Renders the extractor's evaluation as Markdown (graph-seed/EVAL.md): the new texts (held-out test, dev),
// the five articles leave-one-out, before and after, each with what it was measured on.
import type { EvalReport, Measure, Metric } from './eval.ts';
import type { SplitReport } from './eval-texts.ts';

/** Numbers of the extractor before issue 16 (ingest/eval-texts/before.json). */
export interface Before {
  commit: string;
  dev: { entities: Prf; relations: Prf; clean: number };
  test: { entities: Prf; relations: Prf; clean: number };
  leaveOneOut: { entities: Prf; relations: Prf; spans: Prf };
}
/** The numbers when test/ stopped being held out, the blind set's first run and how often its per-type table was read (ingest/eval-texts/frozen.json). */
export interface Frozen {
  commit: string;
  test: { entities: Prf; relations: Prf; clean: number };
  dev: { entities: Prf; relations: Prf; clean: number };
  leaveOneOut: { entities: Prf; relations: Prf };
  blindBefore: null | { commit: string; entities: Prf; relations: Prf; clean: number };
  blindLooks: number;
  blindNote?: string;
  /** the commit whose rules the blind row was scored with, after tuning stopped */
  blindRulesCommit?: string;
  /** blind/'s numbers the last time it was held out (rules of blindRulesCommit); in-sample since */
  blindHeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the commit whose frozen rules scored unseen/ while it was held out; in-sample since */
  unseenRulesCommit?: string;
  /** unseen/'s numbers when it was scored held out (rules of unseenRulesCommit) */
  unseenHeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the commit whose frozen rules scored fresh/ while it was held out; in-sample since */
  freshRulesCommit?: string;
  /** fresh/'s numbers when it was scored held out (rules of freshRulesCommit) */
  freshHeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the commit whose frozen rules scored fresh2/ while it was held out; in-sample since */
  fresh2RulesCommit?: string;
  /** fresh2/'s numbers when it was scored held out (rules of fresh2RulesCommit) */
  fresh2HeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the commit whose frozen rules scored fresh3/ while it was held out; in-sample since */
  fresh3RulesCommit?: string;
  /** fresh3/'s numbers when it was scored held out (rules of fresh3RulesCommit) */
  fresh3HeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the commit whose frozen rules scored fresh4/ while it was held out; in-sample since */
  fresh4RulesCommit?: string;
  /** fresh4/'s numbers when it was scored held out (rules of fresh4RulesCommit) */
  fresh4HeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the commit whose frozen rules scored fresh5/ while it was held out; in-sample since */
  fresh5RulesCommit?: string;
  /** fresh5/'s numbers when it was scored held out (rules of fresh5RulesCommit) */
  fresh5HeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the commit whose frozen rules scored fresh6/ while it was held out; in-sample since */
  fresh6RulesCommit?: string;
  /** fresh6/'s numbers when it was scored held out (rules of fresh6RulesCommit) */
  fresh6HeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the same run without the reference gazetteer of 济南 (--without-reference) */
  fresh6HeldOutWithoutReference?: { entities: Prf; relations: Prf; clean: number };
  /** the commit whose frozen rules scored fresh7/ while it was held out; in-sample since */
  fresh7RulesCommit?: string;
  /** fresh7/'s numbers when it was scored held out (rules of fresh7RulesCommit), set by hand from that run */
  fresh7HeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the same rules without the reference gazetteer of 济南 (--without-reference), run first */
  fresh7HeldOutWithoutReference?: { entities: Prf; relations: Prf; clean: number };
  /** the commit whose frozen rules scored fresh8/ while it was held out; in-sample since */
  fresh8RulesCommit?: string;
  /** fresh8/'s numbers when it was scored held out (rules of fresh8RulesCommit), set by hand from that run */
  fresh8HeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the same rules without the reference gazetteer of 济南 (--without-reference), run first */
  fresh8HeldOutWithoutReference?: { entities: Prf; relations: Prf; clean: number };
  /** the commit whose extractor the newest held-out set, fresh9/, is scored with (set by whoever runs it) */
  fresh9RulesCommit?: string;
  /** fresh9/'s numbers when it was scored held out (rules of fresh9RulesCommit), set by hand from that run */
  fresh9HeldOut?: { entities: Prf; relations: Prf; clean: number };
  /** the same rules without the reference gazetteer of 济南 (--without-reference), run first */
  fresh9HeldOutWithoutReference?: { entities: Prf; relations: Prf; clean: number };
}
interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const pct = (x: number) => x.toFixed(3);
const row = (name: string, m: Metric) => `| ${name} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | ${m.tp} | ${m.fp} | ${m.fn} |`;
const HEADER = '| | precision | recall | F1 | TP | FP | FN |\n|---|---:|---:|---:|---:|---:|---:|';

function table(title: string, m: Measure): string {
  return [`### ${title}`, '', HEADER, row('**all**', m.overall), ...Object.entries(m.byType).map(([t, x]) => row(t, x)), ''].join('\n');
}

const prf = (m: Prf) => `${pct(m.precision)} / ${pct(m.recall)} / ${pct(m.f1)}`;

function splitTable(r: SplitReport): string {
  return [
    '| | precision | recall | F1 | TP | FP | FN |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('**entities**', r.entities),
    ...Object.entries(r.entitiesByType).map(([t, m]) => row(t, m)),
    row('**relations**', r.relations),
    '',
    `Clean names: ${pct(r.clean)} of ${r.predicted} proposed entities. ${r.texts.length} texts, ${(r.ms / 1000).toFixed(1)} s.`,
    '',
  ].join('\n');
}

/** Marks where the held-out set's per-type table starts and ends, so the console can leave it out. */
export const HELD_OUT_DETAIL = ['<!-- fresh9 per-type -->', '<!-- /fresh9 per-type -->'] as const;

/** The section on the new texts, and the before/after table; `loo` is the leave-one-out report of the same run. */
export function renderTexts(
  test: SplitReport,
  dev: SplitReport,
  blind: SplitReport | undefined,
  unseen: SplitReport | undefined,
  loo: EvalReport,
  before: Before,
  frozen: Frozen,
  fresh: SplitReport | undefined,
  fresh2: SplitReport | undefined,
  fresh3: SplitReport | undefined,
  fresh4: SplitReport | undefined,
  fresh5: SplitReport | undefined,
  fresh6: SplitReport | undefined,
  fresh7: SplitReport | undefined,
  fresh8: SplitReport | undefined,
  held?: SplitReport,
): string {
  const heldRow = held
    ? `| **fresh9 held-out (never seen${frozen.fresh9RulesCommit ? `; extractor of ${frozen.fresh9RulesCommit}` : ''})** | ${prf(held.entities)} | ${prf(held.relations)} | ${pct(held.clean)} |`
    : '| **fresh9 held-out (never seen)** | not run on this extractor (`--fresh9`) | | |';
  const fresh8Since = `in-sample since scored at ${frozen.fresh8RulesCommit?.split(' ')[0] ?? '?'}`;
  const fresh7Since = `in-sample since scored at ${frozen.fresh7RulesCommit?.split(' ')[0] ?? '?'}`;
  const fresh6Since = `in-sample since scored at ${frozen.fresh6RulesCommit?.split(' ')[0] ?? '?'}`;
  const fresh5Since = `in-sample since scored at ${frozen.fresh5RulesCommit ?? '?'}`;
  const fresh4Since = `in-sample since scored at ${frozen.fresh4RulesCommit ?? '?'}`;
  const fresh3Since = `in-sample since scored at ${frozen.fresh3RulesCommit ?? '?'}`;
  const fresh2Since = `in-sample since scored at ${frozen.fresh2RulesCommit ?? '?'}`;
  const freshSince = `in-sample since scored at ${frozen.freshRulesCommit ?? '?'}`;
  const unseenSince = `in-sample since scored at ${frozen.unseenRulesCommit ?? '?'}`;
  return [
    '# Extractor evaluation',
    '',
    'Generated by `npm run eval:extract` (ingest/eval.ts); do not edit by hand.',
    '',
    '## Summary',
    '',
    '| | entities P / R / F1 | relations P / R / F1 | clean names |',
    '|---|---|---|---:|',
    heldRow,
    ...(fresh8 ? [`| fresh8 texts (${fresh8Since}) | ${prf(fresh8.entities)} | ${prf(fresh8.relations)} | ${pct(fresh8.clean)} |`] : []),
    ...(fresh7 ? [`| fresh7 texts (${fresh7Since}) | ${prf(fresh7.entities)} | ${prf(fresh7.relations)} | ${pct(fresh7.clean)} |`] : []),
    ...(fresh6 ? [`| fresh6 texts (${fresh6Since}) | ${prf(fresh6.entities)} | ${prf(fresh6.relations)} | ${pct(fresh6.clean)} |`] : []),
    ...(fresh5 ? [`| fresh5 texts (${fresh5Since}) | ${prf(fresh5.entities)} | ${prf(fresh5.relations)} | ${pct(fresh5.clean)} |`] : []),
    ...(fresh4 ? [`| fresh4 texts (${fresh4Since}) | ${prf(fresh4.entities)} | ${prf(fresh4.relations)} | ${pct(fresh4.clean)} |`] : []),
    ...(fresh3 ? [`| fresh3 texts (${fresh3Since}) | ${prf(fresh3.entities)} | ${prf(fresh3.relations)} | ${pct(fresh3.clean)} |`] : []),
    ...(fresh2 ? [`| fresh2 texts (${fresh2Since}) | ${prf(fresh2.entities)} | ${prf(fresh2.relations)} | ${pct(fresh2.clean)} |`] : []),
    ...(fresh ? [`| fresh texts (${freshSince}) | ${prf(fresh.entities)} | ${prf(fresh.relations)} | ${pct(fresh.clean)} |`] : []),
    ...(unseen ? [`| unseen texts (${unseenSince}) | ${prf(unseen.entities)} | ${prf(unseen.relations)} | ${pct(unseen.clean)} |`] : []),
    ...(blind ? [`| blind texts (in-sample since scored at ${frozen.blindRulesCommit ?? '?'}) | ${prf(blind.entities)} | ${prf(blind.relations)} | ${pct(blind.clean)} |`] : []),
    `| test texts (in-sample since ${frozen.commit}) | ${prf(test.entities)} | ${prf(test.relations)} | ${pct(test.clean)} |`,
    `| dev texts (tuned on) | ${prf(dev.entities)} | ${prf(dev.relations)} | ${pct(dev.clean)} |`,
    `| five articles, leave-one-out (rules written from them) | ${prf(loo.entities.overall)} | ${prf(loo.relations.overall)} | |`,
    ...(frozen.fresh8HeldOut
      ? [`| *fresh8 while held out (rules of ${frozen.fresh8RulesCommit}):* | ${prf(frozen.fresh8HeldOut.entities)} | ${prf(frozen.fresh8HeldOut.relations)} | ${pct(frozen.fresh8HeldOut.clean)} |`]
      : []),
    ...(frozen.fresh8HeldOutWithoutReference
      ? [`| *fresh8 while held out, without the reference names (--without-reference):* | ${prf(frozen.fresh8HeldOutWithoutReference.entities)} | ${prf(frozen.fresh8HeldOutWithoutReference.relations)} | ${pct(frozen.fresh8HeldOutWithoutReference.clean)} |`]
      : []),
    ...(frozen.fresh7HeldOut
      ? [`| *fresh7 while held out (rules of ${frozen.fresh7RulesCommit}):* | ${prf(frozen.fresh7HeldOut.entities)} | ${prf(frozen.fresh7HeldOut.relations)} | ${pct(frozen.fresh7HeldOut.clean)} |`]
      : []),
    ...(frozen.fresh7HeldOutWithoutReference
      ? [`| *fresh7 while held out, without the reference names (--without-reference):* | ${prf(frozen.fresh7HeldOutWithoutReference.entities)} | ${prf(frozen.fresh7HeldOutWithoutReference.relations)} | ${pct(frozen.fresh7HeldOutWithoutReference.clean)} |`]
      : []),
    ...(frozen.fresh6HeldOut
      ? [`| *fresh6 while held out (rules of ${frozen.fresh6RulesCommit}):* | ${prf(frozen.fresh6HeldOut.entities)} | ${prf(frozen.fresh6HeldOut.relations)} | ${pct(frozen.fresh6HeldOut.clean)} |`]
      : []),
    ...(frozen.fresh6HeldOutWithoutReference
      ? [`| *fresh6 while held out, without the reference names (--without-reference):* | ${prf(frozen.fresh6HeldOutWithoutReference.entities)} | ${prf(frozen.fresh6HeldOutWithoutReference.relations)} | ${pct(frozen.fresh6HeldOutWithoutReference.clean)} |`]
      : []),
    ...(frozen.fresh5HeldOut
      ? [`| *fresh5 while held out (rules of ${frozen.fresh5RulesCommit}):* | ${prf(frozen.fresh5HeldOut.entities)} | ${prf(frozen.fresh5HeldOut.relations)} | ${pct(frozen.fresh5HeldOut.clean)} |`]
      : []),
    ...(frozen.fresh4HeldOut
      ? [`| *fresh4 while held out (rules of ${frozen.fresh4RulesCommit}):* | ${prf(frozen.fresh4HeldOut.entities)} | ${prf(frozen.fresh4HeldOut.relations)} | ${pct(frozen.fresh4HeldOut.clean)} |`]
      : []),
    ...(frozen.fresh3HeldOut
      ? [`| *fresh3 while held out (rules of ${frozen.fresh3RulesCommit}):* | ${prf(frozen.fresh3HeldOut.entities)} | ${prf(frozen.fresh3HeldOut.relations)} | ${pct(frozen.fresh3HeldOut.clean)} |`]
      : []),
    ...(frozen.fresh2HeldOut
      ? [`| *fresh2 while held out (rules of ${frozen.fresh2RulesCommit}):* | ${prf(frozen.fresh2HeldOut.entities)} | ${prf(frozen.fresh2HeldOut.relations)} | ${pct(frozen.fresh2HeldOut.clean)} |`]
      : []),
    ...(frozen.freshHeldOut
      ? [`| *fresh while held out (rules of ${frozen.freshRulesCommit}):* | ${prf(frozen.freshHeldOut.entities)} | ${prf(frozen.freshHeldOut.relations)} | ${pct(frozen.freshHeldOut.clean)} |`]
      : []),
    ...(frozen.unseenHeldOut
      ? [`| *unseen while held out (rules of ${frozen.unseenRulesCommit}):* | ${prf(frozen.unseenHeldOut.entities)} | ${prf(frozen.unseenHeldOut.relations)} | ${pct(frozen.unseenHeldOut.clean)} |`]
      : []),
    ...(frozen.blindHeldOut
      ? [`| *blind while held out (rules of ${frozen.blindRulesCommit}):* | ${prf(frozen.blindHeldOut.entities)} | ${prf(frozen.blindHeldOut.relations)} | ${pct(frozen.blindHeldOut.clean)} |`]
      : []),
    ...(frozen.blindBefore
      ? [`| *blind, first run (rules of ${frozen.blindBefore.commit}):* | ${prf(frozen.blindBefore.entities)} | ${prf(frozen.blindBefore.relations)} | ${pct(frozen.blindBefore.clean)} |`]
      : []),
    `| *frozen (${frozen.commit}), test while still held out* | ${prf(frozen.test.entities)} | ${prf(frozen.test.relations)} | ${pct(frozen.test.clean)} |`,
    `| *frozen (${frozen.commit}):* dev | ${prf(frozen.dev.entities)} | ${prf(frozen.dev.relations)} | ${pct(frozen.dev.clean)} |`,
    `| *frozen (${frozen.commit}):* leave-one-out | ${prf(frozen.leaveOneOut.entities)} | ${prf(frozen.leaveOneOut.relations)} | |`,
    `| *before generalising (${before.commit}):* test | ${prf(before.test.entities)} | ${prf(before.test.relations)} | ${pct(before.test.clean)} |`,
    `| *before generalising:* dev | ${prf(before.dev.entities)} | ${prf(before.dev.relations)} | ${pct(before.dev.clean)} |`,
    `| *before generalising:* leave-one-out | ${prf(before.leaveOneOut.entities)} | ${prf(before.leaveOneOut.relations)} | |`,
    '',
    'The leave-one-out rows in italics (frozen, before generalising) held back only the gazetteer; the current row',
    'also holds back every lexicon phrase and curated alias that only the held-out article prints.',

    '',
    '## The new texts (ingest/eval-texts)',
    '',
    '- **What.** Local-government news items written for this evaluation (schools, hospitals, investment',
    '  signings, urban renewal with boundary roads, a technology centre, community services, culture, parks), not',
    '  taken from the five articles; gold lists of typed entities and relations in `*.gold.yaml` (conventions in',
    '  `ingest/eval-texts/README.md`). Texts and gold were committed before the extractor was run on them.',
    '- **Fresh9 (`ingest/eval-texts/fresh9/`, scored with `--fresh9`).** The held-out set: written by someone who',
    '  never saw the rules, after fresh8/ became in-sample; nobody tuning opens its files, nobody trains on it, and the',
    '  extractor is frozen before it is scored. `eval.ts` prints only its totals row, never its',
    `  errors, and a gold entry that does not match its text is counted, not named${held?.withheld ? `: ${held.withheld} left out` : ''}; its per-type table goes to this file only.`,
    `- **Fresh8 (16 texts of 济南 news in new genres).** Held out until it was scored once with the rules frozen at ${frozen.fresh8RulesCommit ?? '?'} (its rows in`,
    '  italics above). **In-sample since it was scored**: its texts, gold and errors (`--fresh8-errors`) are read while tuning.',
    `- **Fresh7 (16 texts of 市中区 news).** Held out until it was scored once with the rules frozen at ${frozen.fresh7RulesCommit ?? '?'} (its rows in`,
    '  italics above). **In-sample since it was scored**: its texts, gold and errors (`--fresh7-errors`) are read while tuning.',
    `- **Fresh6 (16 texts of 市中区 news).** Held out until it was scored once with the rules frozen at ${frozen.fresh6RulesCommit ?? '?'} (its rows in`,
    '  italics above). **In-sample since it was scored**: its texts, gold and errors (`--fresh6-errors`) are read while tuning.',
    `- **Fresh5 (14 texts).** Held out until it was scored once with the rules frozen at ${frozen.fresh5RulesCommit ?? '?'} (its row in`,
    '  italics above). **In-sample since**: its texts, gold and errors (`--fresh5-errors`) are read while tuning.',
    `- **Fresh4 (16 texts).** Held out until it was scored once with the rules frozen at ${frozen.fresh4RulesCommit ?? '?'} (its row in`,
    '  italics above). **In-sample since**: its texts, gold and errors (`--fresh4-errors`) are read while tuning.',
    `- **Fresh3 (16 texts).** Held out until it was scored once with the rules frozen at ${frozen.fresh3RulesCommit ?? '?'} (its row in`,
    '  italics above). **In-sample since**: its texts, gold and errors (`--fresh3-errors`) are read while tuning.',
    `- **Fresh2 (16 texts).** Held out until it was scored once with the rules frozen at ${frozen.fresh2RulesCommit ?? '?'} (its row in`,
    '  italics above). **In-sample since**: its texts, gold and errors (`--fresh2-errors`) are read while tuning.',
    `- **Fresh (14 texts).** Held out until it was scored once with the rules frozen at ${frozen.freshRulesCommit ?? '?'} (its row in`,
    '  italics above). **In-sample since**: its texts, gold and errors (`--fresh-errors`) are read while tuning.',
    `- **Unseen (14 texts).** Held out until it was scored once with the rules frozen at ${frozen.unseenRulesCommit ?? '?'} (its row in`,
    '  italics above). **In-sample since**: its texts, gold and errors (`--unseen-errors`) were read while tuning.',
    `- **Blind (10 texts).** Held out until it was scored with the rules of ${frozen.blindRulesCommit ?? '?'} (its row in italics above;`,
    `  per-type table read ${frozen.blindLooks} time(s) then).` +
      (frozen.blindBefore ? ` The first run used the rules of commit ${frozen.blindBefore.commit}, as they were when the set landed.` : '') +
      (frozen.blindNote ? ` ${frozen.blindNote}` : '') +
      ' **In-sample since**: its texts, gold and errors (`--blind-errors`) were read while tuning, like dev/ and test/.',
    `- **Test (7 texts).** Held out until commit ${frozen.commit}: nobody tuning the rules had read the extractor\'s`,
    '  output on them; the frozen row above is that last unseen measurement. **From the next commit on test/ is',
    '  in-sample**: its errors were read while tuning, like dev/.',
    '- **Dev (7 texts).** The rules were tuned while reading the extractor\'s errors on these: in-sample.',
    '  Five dev gold entries were added after reading its output (see the commit that says so); test gold never changed.',
    '- **Gazetteer.** Every curated entity of `graph-seed/data` (as for a new article) and the lexicon',
    '  `ingest/lexicon.yaml`; names the texts share with the curated graph (市中区, a university the graph holds) are found by it.',
    '- **Entities.** A proposed entity is right when its name or one of its aliases equals a gold name or alias',
    '  (a wrapping pair of quote marks ignored) and the type agrees. Per type: precision counts proposals of that',
    '  type, recall gold of that type.',
    '- **Relations.** `type|source|target` with endpoints aligned as entities are; COOPERATES_WITH compared as an',
    '  unordered pair.',
    '- **Clean names.** The share of proposed entities none of whose printed forms opens with a clause word',
    '  (东至, 西至, 位于, 暨, 项目投资建设方…), runs on past a gold name (东至齐州路) or, built by the rules, stops',
    '  inside one (有限公司 of a company\'s full name). A wrong but well-cut name counts as clean.',
    '',
    ...(held ? ['### Fresh9 held-out (never seen; totals only on the console)', '', HELD_OUT_DETAIL[0], splitTable(held), HELD_OUT_DETAIL[1], ''] : []),
    ...(fresh8 ? [`### Fresh8 (${fresh8Since})`, '', splitTable(fresh8)] : []),
    ...(fresh7 ? [`### Fresh7 (${fresh7Since})`, '', splitTable(fresh7)] : []),
    ...(fresh6 ? [`### Fresh6 (${fresh6Since})`, '', splitTable(fresh6)] : []),
    ...(fresh5 ? [`### Fresh5 (${fresh5Since})`, '', splitTable(fresh5)] : []),
    ...(fresh4 ? [`### Fresh4 (${fresh4Since})`, '', splitTable(fresh4)] : []),
    ...(fresh3 ? [`### Fresh3 (${fresh3Since})`, '', splitTable(fresh3)] : []),
    ...(fresh2 ? [`### Fresh2 (${fresh2Since})`, '', splitTable(fresh2)] : []),
    ...(fresh ? [`### Fresh (${freshSince})`, '', splitTable(fresh)] : []),
    ...(unseen ? [`### Unseen (${unseenSince})`, '', splitTable(unseen)] : []),
    ...(blind ? [`### Blind (in-sample since scored at ${frozen.blindRulesCommit ?? '?'})`, '', splitTable(blind)] : []),
    `### Test (in-sample since ${frozen.commit})`,
    '',
    splitTable(test),
    '### Dev (tuned on)',
    '',
    splitTable(dev),
  ].join('\n');
}

export function renderReport(report: EvalReport, ms: number): string {
  return [
    '## The five articles, leave-one-article-out',
    '',
    'In-sample for the rules: they were written while reading these articles (their phrases are now kept out of',
    'the rule code and the lexicon, `ingest/src/literals.test.ts`, but the rule shapes were learnt here). Held out per fold:',
    'the gazetteer, and every lexicon phrase or curated alias that the held-out article alone prints (listed per fold).',
    '',
    '### How it is measured',
    '',
    '- **Folds.** For each of the five curated articles, the extractor runs on the article text with a',
    '  gazetteer (and jieba user dictionary) built only from the *other four* articles\' YAML files.',
    '  Entities curated only in the held-out article are unknown to it and must be found by the rules; so are',
    '  aliases the other files list but only the held-out article prints, and the lexicon (`ingest/lexicon.yaml`)',
    '  loses every phrase that the held-out article prints and no other does.',
    '- **Gold entity spans.** `compileSeed()` over all five files computes, for every curated entity,',
    '  the spans of its canonical name and aliases in every article (`computeMentions`): within one',
    '  entity the longest form wins (市中 inside 市中区 is one mention); across entities a *canonical*',
    '  name may sit inside another entity\'s mention (北辰科技 inside 北辰科技人工智能创新中心, 济南市',
    '  inside 济南市东城区), an alias may not (the 东岭 of 山东东岭石化). So gold spans can nest. The gold',
    '  spans of an article are those spans, typed with the entity\'s label. A prediction counts only',
    '  with the exact `[start, end)` *and* the type.',
    '- **Quote marks.** A pair of quote marks (“” or "") wrapping a *whole* name is formatting: the',
    '  curated data writes a “…年” campaign with its quotes and a slogan such as 一核两翼 without them for the same printed',
    '  form `“…”`. Gold and predicted spans that begin and end with such a pair are compared without',
    '  it, and so are names when entities and relation endpoints are aligned. Quotes inside a name',
    '  (“中优”战略) are kept.',
    '- **Gold entities per article.** The set of curated entities with at least one gold span in the',
    '  article, as `type|canonical name`. A predicted entity is aligned to a curated one when its name',
    '  or one of its aliases equals that entity\'s name or alias and the type agrees (so 东岭片区 found',
    '  from `东岭…三大片区` matches); otherwise it is compared under its own name.',
    '- **Gold relations.** Curated relations with at least one evidence quote in the article, as',
    '  `type|source|target` by canonical name; predicted endpoints are aligned as above.',
    '- Per-type rows: precision counts predictions of that type, recall counts gold of that type.',
    '',
    '### Results',
    '',
    table('Entity mentions (exact span + type)', report.spans).replace('### ', '#### '),
    table('Entities per article (canonical, typed)', report.entities).replace('### ', '#### '),
    table('Relationships (source, type, target)', report.relations).replace('### ', '#### '),
    '#### Per fold',
    '',
    '| held-out article | gazetteer entities | lexicon held out | span F1 | entity F1 | relation F1 | ms |',
    '|---|---:|---|---:|---:|---:|---:|',
    ...report.folds.map((f) => `| ${f.article} | ${f.gazetteerEntities} | ${f.lexiconHeldOut.join(' ') || '–'} | ${pct(f.spans.f1)} | ${pct(f.entities.f1)} | ${pct(f.relations.f1)} | ${f.ms} |`),
    '',
    `Total time: ${(ms / 1000).toFixed(1)} s.`,
    '',
  ].join('\n');
}

