// Figures whose printed amount the parser cannot read are kept as text (value null, the reason in
// `unparsed`), never dropped; `npm run seed -- --check` lists them so a curator can rewrite the amount
// as printed or teach the parser the form.
import type { SeedGraph } from '../model.ts';

/** One line per unreadable figure: the data file, the entity, the amount and why. */
export function unparsedFigures(graph: SeedGraph): string[] {
  return graph.entities.flatMap((e) =>
    e.figures
      .filter((f) => f.unparsed)
      .map((f) => `${f.evidence.article.replace(/\.txt$/, '.yaml')} (${e.name}): figure "${f.text}" kept as text: ${f.unparsed}`),
  );
}
