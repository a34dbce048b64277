// The gold list placed on its text as the tagger's labels (src/tagger.ts): what the corrector is trained towards.
import { unquote } from './eval.ts';
import type { Gold } from './eval-texts.ts';
import { tagsOf } from './tagger.ts';

/** Gold entity names placed on the text: every printed occurrence of a name or alias. */
export function goldTags(text: string, gold: Gold): string[] {
  const spans: Array<{ start: number; end: number; type: string }> = [];
  for (const e of gold.entities)
    for (const form of new Set([e.name, ...(e.aliases ?? [])].map(unquote)))
      for (let i = text.indexOf(form); i !== -1 && form; i = text.indexOf(form, i + 1)) spans.push({ start: i, end: i + form.length, type: e.type });
  return tagsOf(text.length, spans);
}
