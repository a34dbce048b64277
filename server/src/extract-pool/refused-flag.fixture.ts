// Run by pool.test.ts as `node --title=… --import tsx refused-flag.fixture.ts`: a process started with a
// Node flag that worker threads refuse when it is passed to them explicitly. It extracts one article,
// closes the pool (where a task piscina had queued before the refused Worker threw used to reject
// unhandled and end the process) and prints what happened as one JSON line.
import { ExtractPool } from './pool.ts';

const text = '市中区人民政府在中央活力区举办招商大会。';
const pool = new ExtractPool({ threads: 1 });
let outcome: unknown;
try {
  const draft = await pool.extract({
    key: 'fixture',
    entries: [{ name: '市中区', type: 'Area', aliases: [] }],
    text,
    article: { file: 'fixture.txt', encoding: 'utf-8', convertedFromTraditional: false, length: text.length },
  });
  outcome = { entities: draft.entities.map((e) => e.name) };
} catch (err) {
  outcome = { code: (err as { code?: string }).code, message: (err as Error).message };
}
await pool.close();
console.log(JSON.stringify(outcome));
