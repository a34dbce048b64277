// Turns the bytes of an article file into clean Simplified-Chinese text, or refuses with a message a
// person can act on: empty, binary, oversized, undetectable encodings. GBK/GB18030/Big5 are decoded;
// traditional characters are converted (opencc t→cn) only when the text looks traditional.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js/t2cn';

/** A news article is a few tens of kB; anything near this is the wrong file, not an article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Share of changed CJK characters above which t→cn conversion is applied. */
const TRADITIONAL_RATIO = 0.04;

export class IngestInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestInputError';
  }
}

export interface DecodedArticle {
  text: string;
  encoding: string;
  /** true when the text looked traditional and was converted to simplified */
  convertedFromTraditional: boolean;
}

const CJK = /[\u3400-\u9fff]/g;
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeBytes(bytes: Buffer, name: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw new IngestInputError(`${name} looks binary (it contains NUL bytes); expected a UTF-8 or GBK text file`);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const guess = chardet.analyse(bytes).find((g) => /^(GB18030|GBK|GB2312|Big5)$/i.test(g.name) && g.confidence >= 30);
  if (guess) {
    const encoding = guess.name.toLowerCase() === 'big5' ? 'big5' : 'gb18030'; // GB18030 is a superset of GBK and GB2312
    const text = iconv.decode(bytes, encoding);
    if (!text.includes('\ufffd')) return { text, encoding };
  }
  throw new IngestInputError(`${name} is not UTF-8 and does not decode cleanly as GBK/GB18030 or Big5; save it as UTF-8 and try again`);
}

/** Ratio of characters that the t→cn converter changes, over the CJK characters of the text. */
function traditionalShare(text: string, simplified: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  if (!cjk || simplified.length !== text.length) return cjk ? 1 : 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== simplified[i]) changed++;
  return changed / cjk;
}

/** Throws when a file of `size` bytes is too big to be an article (checked before reading it). */
export function refuseOversized(size: number, name: string): void {
  if (size > MAX_ARTICLE_BYTES)
    throw new IngestInputError(
      `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; an article is at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB — split it or check that this is the right file`,
    );
}

export function decodeArticle(bytes: Buffer, name = 'the article'): DecodedArticle {
  if (bytes.length === 0) throw new IngestInputError(`${name} is empty`);
  refuseOversized(bytes.length, name);
  const { text: raw, encoding } = decodeBytes(bytes, name);
  const text = raw.replace(/\r\n?/g, '\n');
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length * 0.01)) throw new IngestInputError(`${name} looks binary (${controls} control characters); expected a text file`);
  if (!text.trim()) throw new IngestInputError(`${name} is empty (only whitespace)`);
  if (!/[\u3400-\u9fff]/.test(text)) throw new IngestInputError(`${name} contains no Chinese text; the extractor reads Chinese news articles`);
  const simplified = toSimplified(text);
  const convert = traditionalShare(text, simplified) > TRADITIONAL_RATIO;
  return { text: convert ? simplified : text, encoding, convertedFromTraditional: convert };
}
