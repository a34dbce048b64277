// One article file → a draft: decode the bytes, build the gazetteer from the curated data, extract.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { compileSeed } from '../../graph-seed/src/compile.ts';
import { decodeArticle, IngestInputError, refuseOversized } from './decode.ts';
import { buildDraft, type Draft } from './draft.ts';
import { createExtractor } from './extract.ts';
import { buildGazetteer, type Gazetteer } from './gazetteer.ts';

export interface IngestOptions {
  year?: number;
  title?: string;
  gazetteer?: Gazetteer;
}

/** The gazetteer of everything curated so far (names and aliases of graph-seed/data). */
export function curatedGazetteer(): Gazetteer {
  return buildGazetteer(compileSeed().entities.map((e) => ({ name: e.name, type: e.label, aliases: e.aliases })));
}

export function ingestFile(path: string, options: IngestOptions = {}): { draft: Draft; text: string } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new IngestInputError(`cannot read ${path}: no such file`);
  }
  // refuse oversized files before reading them into memory
  refuseOversized(size, basename(path));
  const decoded = decodeArticle(readFileSync(path), basename(path));
  const extraction = createExtractor(options.gazetteer ?? curatedGazetteer()).extract(decoded.text, { year: options.year });
  const draft = buildDraft(extraction, {
    file: basename(path),
    title: options.title,
    year: options.year,
    encoding: decoded.encoding,
    convertedFromTraditional: decoded.convertedFromTraditional,
    length: decoded.text.length,
  });
  return { draft, text: decoded.text };
}
