// The class-based node style: every class canvas.ts can give a node has its rule in the sheet it is meant for.
import { describe, expect, it } from 'vitest';
import { isLatin, sizeClasses, stylesheet, typeClass } from './style.ts';
import { TYPE_STYLES } from '../theme.ts';

const selectors = (big: boolean) => new Set((stylesheet(big) as Array<{ selector: string }>).map((r) => r.selector));

describe('node style by class', () => {
  it('sizes to the pixel in the full sheet and in 6 px steps in the lean one, clamped to 22–64', () => {
    expect(sizeClasses(22)).toBe('z22 s22');
    expect(sizeClasses(30.4)).toBe('z30 s28');
    expect(sizeClasses(80)).toBe('z64 s64');
    expect(sizeClasses(10)).toBe('z22 s22');
    for (let px = 22; px <= 64; px += 0.5) {
      const [full, lean] = sizeClasses(px).split(' ');
      expect(selectors(false).has(`node.${full}`)).toBe(true);
      expect(selectors(true).has(`node.${lean}`)).toBe(true);
    }
  });

  it('colours every type and an unknown one in both sheets', () => {
    for (const type of [...Object.keys(TYPE_STYLES), 'Unknown']) {
      expect(selectors(false).has(`node.${typeClass(type)}`)).toBe(true);
      expect(selectors(true).has(`node.${typeClass(type)}`)).toBe(true);
    }
  });

  it('wraps Chinese anywhere and Latin script between words', () => {
    expect(isLatin('中央活力区')).toBe(false);
    expect(isLatin('Central 活力区')).toBe(false);
    expect(isLatin('zhōng yāng huó lì qū')).toBe(true);
  });
});
