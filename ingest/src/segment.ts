// jieba segmentation with a user dictionary of the gazetteer's names, so curated names stay whole
// tokens and carry a tag by type. loadDict cannot retag words already in the default dictionary, so
// the dictionary is built user-first and handed to withDict.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { EntityLabel } from '../../model/index.ts';
import type { Gazetteer } from './gazetteer.ts';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface Segmenter {
  tokens(text: string): Token[];
}

const TAG_OF: Partial<Record<EntityLabel, string>> = { Area: 'ns', Enterprise: 'nt', Organization: 'nt', Person: 'nr' };
/** High enough that a curated name wins over the default dictionary's split of it. */
const USER_FREQ = 200_000;
/**
 * The reference names (ingest/reference) are many: at USER_FREQ they doubled the dictionary's total and shifted
 * jieba's cuts of unrelated text (a person's name split differently). At this frequency every one of them still
 * comes out as one token in a plain sentence (checked for all, 2026-12-01) and the rest of the text cuts as before.
 */
const REFERENCE_FREQ = 2_000;

export function userDictionary(gazetteer: Gazetteer): string {
  const lines: string[] = [];
  for (const [terms, freq] of [[gazetteer.byTerm, USER_FREQ], [gazetteer.reference, REFERENCE_FREQ]] as const)
    for (const [term, entry] of terms) {
      // jieba's dictionary format is space-separated: a term with spaces cannot be a dictionary word
      if (/\s/.test(term)) continue;
      lines.push(`${term} ${freq} ${TAG_OF[entry.type] ?? 'nz'}`);
    }
  // 科创 (science and innovation) is a current word jieba's dictionary lacks: without it 北部科创港 splits
  // 北部/科/创新/港 and 东环科创带 into nonsense, and the …科创港 and …科创带 endings are never seen
  if (!gazetteer.byTerm.has('科创')) lines.push(`科创 ${USER_FREQ} n`);
  return lines.join('\n') + '\n';
}

export function createSegmenter(gazetteer?: Gazetteer): Segmenter {
  const user = gazetteer ? Buffer.from(userDictionary(gazetteer)) : Buffer.alloc(0);
  return segmenterOf(Jieba.withDict(Buffer.concat([user, Buffer.from(dict)])));
}

let growing: { jieba: Jieba; words: Set<string> } | undefined;
/**
 * The segmenter for a big graph, whose gazetteer is cut per article (server/src/operations/drafts.ts):
 * building jieba's dictionary costs one to two seconds of CPU, so a process builds it once, user-first with
 * the first gazetteer it sees, and adds each later article's new names with loadDict (under a millisecond).
 * A name added stays a word, which only keeps that curated name whole in later articles; loadDict cannot
 * retag a word jieba's own dictionary has, so a later name jieba already knows keeps jieba's tag.
 */
export function createGrowingSegmenter(gazetteer: Gazetteer): Segmenter {
  if (!growing) {
    growing = { jieba: Jieba.withDict(Buffer.concat([Buffer.from(userDictionary(gazetteer)), Buffer.from(dict)])), words: new Set(gazetteer.byTerm.keys()) };
  } else {
    const fresh = new Map([...gazetteer.byTerm].filter(([term]) => !growing!.words.has(term)));
    if (fresh.size) {
      // (the reference names went in with the first dictionary)
      growing.jieba.loadDict(Buffer.from(userDictionary({ ...gazetteer, byTerm: fresh, reference: new Map() })));
      for (const term of fresh.keys()) growing.words.add(term);
    }
  }
  return segmenterOf(growing.jieba);
}

function segmenterOf(jieba: Jieba): Segmenter {
  return {
    tokens(text) {
      const out: Token[] = [];
      let pos = 0;
      for (const { word, tag } of jieba.tag(text, true)) {
        // jieba returns the text in order; search forward in case it normalised anything away
        const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
        if (at < 0) continue;
        // jieba glues a body's last character to the title after it (局局长, 院院长): the body ends before the title
        if (/^([\u4e00-\u9fa5])\1[\u4e00-\u9fa5]?长$/.test(word)) {
          out.push({ word: word[0], tag: 'n', start: at, end: at + 1 }, { word: word.slice(1), tag: 'n', start: at + 1, end: at + word.length });
          pos = at + word.length;
          continue;
        }
        out.push({ word, tag, start: at, end: at + word.length });
        pos = at + word.length;
      }
      return out;
    },
  };
}

let plain: Jieba | undefined;
/**
 * The words of a phrase cut by jieba's own dictionary alone, without curated names, as [start, end)
 * offsets: whether a name printed inside a longer one really ends there (数字互联 in 数字/互联网 does not).
 */
export function plainWords(phrase: string): Array<[number, number]> {
  plain ??= Jieba.withDict(Buffer.from(dict));
  let at = 0;
  return plain.cut(phrase, false).map((word) => [at, (at += word.length)]);
}

let frequencies: Map<string, number> | undefined;
/**
 * How often jieba's own dictionary has seen a word (0 when it has not): common category words (商业, 医疗,
 * 智能) are frequent, the words of a proper name (星河, 东关, 稼轩) rare or unknown.
 */
export function wordFrequency(word: string): number {
  if (!frequencies) {
    frequencies = new Map();
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const [w, f] = line.split(' ');
      if (w) frequencies.set(w, Number(f));
    }
  }
  return frequencies.get(word) ?? 0;
}
