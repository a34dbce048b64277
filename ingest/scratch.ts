import { readFileSync } from 'node:fs';
import { createSegmenter } from './src/segment.ts';
import { suffixCandidates } from './src/suffixes.ts';
const f = process.argv[2];
const text = readFileSync(`graph-seed/articles/${f}`, 'utf8');
const seg = createSegmenter();
const toks = seg.tokens(text);
console.log(suffixCandidates(text, toks).map(c => `${c.name}/${c.type}`).join('  '));
