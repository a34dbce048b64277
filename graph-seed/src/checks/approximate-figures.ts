// A figure is written exactly as printed, with its approximate marker: 1100余万元, not 1100万元 or
// 1100; 近300家, not 300家. A marker left outside the amount would make a bound look exact.

const BEFORE = ['超过', '近', '约', '超', '逾'];
const AFTER = ['余', '多', '以上', '左右'];

/** A problem when the quote prints the amount with a marker the amount leaves out. */
export function unmarkedApproximation(amount: string, quote: string): string | undefined {
  for (let i = quote.indexOf(amount); i !== -1; i = quote.indexOf(amount, i + 1)) {
    const before = BEFORE.find((m) => quote.slice(0, i).endsWith(m) && !amount.startsWith(m));
    const after = AFTER.find((m) => quote.startsWith(m, i + amount.length));
    // a number cut before its unit (1100 of 1100余万元) or before 余 after 万 (1.2万 of 1.2万余亩)
    if (before || after)
      return `figure ${amount} is printed as "${before ?? ''}${amount}${after ?? ''}…" in its quote: write the approximate marker into the amount`;
  }
  return undefined;
}
