// Amounts are normalised exactly, the Chinese way (亿 = 10^8, 万 = 10^4).
import { describe, expect, it } from 'vitest';
import { parseAmount } from './figures.ts';

describe('parseAmount', () => {
  it('turns 亿元 into exact yuan with no floating-point error', () => {
    expect(parseAmount('89.3亿元')).toEqual({ text: '89.3亿元', unit: 'yuan', value: 8_930_000_000n });
    expect(parseAmount('1082.6亿元').value).toBe(108_260_000_000n);
    expect(parseAmount('0.1亿元').value).toBe(10_000_000n);
    expect(parseAmount('2.17亿元').value).toBe(217_000_000n);
  });
  it('knows dollars, square metres and mu', () => {
    expect(parseAmount('3亿美元')).toMatchObject({ unit: 'usd', value: 300_000_000n });
    expect(parseAmount('19.8万平方米')).toMatchObject({ unit: 'm2', value: 198_000n });
    expect(parseAmount('1000亩')).toMatchObject({ unit: 'mu', value: 1000n });
    expect(parseAmount('175个')).toMatchObject({ unit: 'value', value: 175n });
  });
  it('refuses text that is not an amount', () => {
    expect(() => parseAmount('千亿元')).toThrow(/expected a number/);
  });
});
