// Bad input never crashes: it is decoded (GBK, traditional) or refused with a message naming the file.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeArticle, IngestInputError, MAX_ARTICLE_BYTES } from './decode.ts';

const simplified = '市中区加快建设山东新金融产业园二期，打造现代金融发展集聚示范区。';
const traditional = '市中區加快建設山東新金融產業園二期，打造現代金融發展集聚示範區。';

describe('decodeArticle', () => {
  it('passes UTF-8 simplified text through unchanged', () => {
    expect(decodeArticle(Buffer.from(simplified), 'a.txt')).toEqual({ text: simplified, encoding: 'utf-8', convertedFromTraditional: false });
  });
  it('refuses an empty or whitespace-only file', () => {
    expect(() => decodeArticle(Buffer.alloc(0), 'a.txt')).toThrow(/a.txt is empty/);
    expect(() => decodeArticle(Buffer.from(' \n\n '), 'a.txt')).toThrow(/a.txt is empty/);
  });
  it('refuses binary data', () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    expect(() => decodeArticle(bytes, 'x.bin')).toThrow(IngestInputError);
    expect(() => decodeArticle(bytes, 'x.bin')).toThrow(/x.bin looks binary/);
  });
  it('refuses a file over the size limit', () => {
    expect(() => decodeArticle(Buffer.alloc(10 * 1024 * 1024, 'a'), 'big.txt')).toThrow(/big.txt is 10.0 MB; an article is at most 2 MB/);
    expect(MAX_ARTICLE_BYTES).toBe(2 * 1024 * 1024);
  });
  it('decodes GBK bytes', () => {
    const decoded = decodeArticle(iconv.encode(simplified + simplified, 'gbk'), 'gbk.txt');
    expect(decoded.text).toBe(simplified + simplified);
    expect(decoded.encoding).toBe('gb18030');
  });
  it('converts text that looks traditional, and only that', () => {
    const decoded = decodeArticle(Buffer.from(traditional), 't.txt');
    expect(decoded.convertedFromTraditional).toBe(true);
    expect(decoded.text).toBe(simplified);
    // one traditional-looking character in a simplified text is not a reason to convert
    const mixed = simplified.repeat(5) + '於';
    expect(decodeArticle(Buffer.from(mixed), 'm.txt').convertedFromTraditional).toBe(false);
  });
  it('refuses bytes that are neither UTF-8 nor a Chinese legacy encoding', () => {
    expect(() => decodeArticle(Buffer.from([0x41, 0xff, 0xfe, 0x80, 0x81, 0x42, 0xc0, 0x20]), 'odd.txt')).toThrow(/odd.txt/);
  });
  it('refuses text without Chinese', () => {
    expect(() => decodeArticle(Buffer.from('hello world'), 'en.txt')).toThrow(/no Chinese text/);
  });
});
