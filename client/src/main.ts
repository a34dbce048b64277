// The client's entry: reads the settings (defaults, or a power user's overrides in localStorage
// "kg.settings") and mounts the explorer. Everything else lives in app.ts and the modules it wires.
import { mountExplorer } from './app.ts';
import { toast } from './dom.ts';
import { mountLanguageSwitch, translateDocument } from './i18n/index.ts';
import { loadPinyin } from './i18n/pinyin.ts';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from './settings.ts';

function readSettings(): Settings {
  const raw = localStorage.getItem('kg.settings');
  if (!raw) return { ...DEFAULT_SETTINGS };
  try {
    return resolveSettings(JSON.parse(raw) as Partial<Settings>);
  } catch (err) {
    // a broken override must not lock the user out: say what is wrong and start with the defaults
    toast(`${(err as Error).message} (localStorage "kg.settings"; using the defaults)`);
    return { ...DEFAULT_SETTINGS };
  }
}

// the page in the interface language (?lang=en) before any panel is built
translateDocument();
mountLanguageSwitch();
// pinyin is written by one function everywhere (i18n/pinyin.ts); the details panel shows it too
void loadPinyin();
mountExplorer(readSettings());
