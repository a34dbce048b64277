// Amounts are normalised exactly, the Chinese way (亿 = 10^8, 万 = 10^4); approximate ones keep the printed bound.
import { describe, expect, it } from 'vitest';
import { parseAmount } from './figures.ts';

describe('parseAmount', () => {
  it('turns 亿元 into exact yuan with no floating-point error', () => {
    expect(parseAmount('89.3亿元')).toEqual({ text: '89.3亿元', unit: 'yuan', value: 8_930_000_000n });
    expect(parseAmount('1082.6亿元').value).toBe(108_260_000_000n);
    expect(parseAmount('0.1亿元').value).toBe(10_000_000n);
    expect(parseAmount('2.17亿元').value).toBe(217_000_000n);
  });
  it('knows dollars, square metres, mu, kilometres and metres', () => {
    expect(parseAmount('3亿美元')).toMatchObject({ unit: 'usd', value: 300_000_000n });
    expect(parseAmount('19.8万平方米')).toMatchObject({ unit: 'm2', value: 198_000n });
    expect(parseAmount('2平方公里')).toMatchObject({ unit: 'm2', value: 2_000_000n });
    expect(parseAmount('1000亩')).toMatchObject({ unit: 'mu', value: 1000n });
    expect(parseAmount('15公里')).toMatchObject({ unit: 'km', value: 15n });
    expect(parseAmount('1.7万米')).toMatchObject({ unit: 'km', value: 17n });
  });
  it('counts things with a counter word or a percent sign', () => {
    expect(parseAmount('175个')).toEqual({ text: '175个', unit: 'value', value: 175n });
    expect(parseAmount('2.77万户')).toMatchObject({ unit: 'value', value: 27_700n });
    expect(parseAmount('6.5%')).toMatchObject({ unit: 'value', value: 6.5 });
  });
  it('reads 余 and 多 after the number or after 万/亿, keeping the printed value and the marker', () => {
    expect(parseAmount('1100余万元')).toEqual({ text: '1100余万元', unit: 'yuan', value: 11_000_000n, approximate: '余' });
    expect(parseAmount('1.2万余亩')).toEqual({ text: '1.2万余亩', unit: 'mu', value: 12_000n, approximate: '余' });
    expect(parseAmount('200余家')).toMatchObject({ unit: 'value', value: 200n, approximate: '余' });
    expect(parseAmount('1300多人')).toMatchObject({ unit: 'value', value: 1300n, approximate: '多' });
  });
  it('reads the approximate markers printed before the number or after the unit', () => {
    expect(parseAmount('近300家')).toMatchObject({ unit: 'value', value: 300n, approximate: '近' });
    expect(parseAmount('超1800亿元')).toMatchObject({ unit: 'yuan', value: 180_000_000_000n, approximate: '超' });
    expect(parseAmount('100亩以上')).toMatchObject({ unit: 'mu', value: 100n, approximate: '以上' });
  });
  it('refuses text that is not an amount', () => {
    expect(() => parseAmount('千亿元')).toThrow(/expected a number/);
  });
  it('refuses an unknown unit instead of reading a bare number', () => {
    expect(() => parseAmount('1100万余元余')).toThrow(/unknown unit/);
    expect(() => parseAmount('12斤')).toThrow(/unknown unit "斤"/);
    expect(() => parseAmount('1100余余万元')).toThrow(/unknown unit|approximate/);
  });
});
