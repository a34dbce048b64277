import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings, validateSettings } from './settings.ts';

describe('settings', () => {
  it('accepts the defaults and lays overrides over them', () => {
    expect(() => validateSettings(DEFAULT_SETTINGS)).not.toThrow();
    expect(resolveSettings({ expandLimit: 40 })).toEqual({ ...DEFAULT_SETTINGS, expandLimit: 40 });
  });
  it('refuses a bad value, naming it and what was expected', () => {
    expect(() => validateSettings({ expandLimit: 0 })).toThrow('Settings: invalid "expandLimit". Expecting a whole number from 1 to 500.');
    expect(() => validateSettings({ warnAbove: 2.5 })).toThrow('Settings: invalid "warnAbove"');
    expect(() => validateSettings({ layout: 'circle' as never })).toThrow('Settings: invalid "layout". Expecting one of fcose, concentric, breadthfirst, grid.');
  });
  it('refuses an unknown key (a typo would otherwise do nothing)', () => {
    expect(() => validateSettings({ expandLimt: 5 } as never)).toThrow('Settings: unknown "expandLimt"');
  });
});
