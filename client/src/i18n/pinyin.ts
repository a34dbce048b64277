// Pinyin written one way everywhere (canvas labels, the details panel): tone-marked syllables
// separated by spaces, "zhōng yāng huó lì qū", so labels wrap between syllables and never inside one.
// pinyin-pro (~100 kB) loads on first use.
let convert: ((s: string) => string) | null = null;
let loading: Promise<void> | null = null;

export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro').then((m) => {
    // runs of Latin letters and digits stay one word ("5G", "CBD")
    convert = (s) => m.pinyin(s, { toneType: 'symbol', nonZh: 'consecutive' }).replace(/\s+/g, ' ').trim();
  });
  return loading;
}

/** The name in pinyin; before pinyin-pro has loaded, the stored pinyin (toneless) or the name. */
export function pinyinOf(name: string, stored?: unknown): string {
  if (convert) return convert(name);
  return typeof stored === 'string' && stored ? stored : name;
}
