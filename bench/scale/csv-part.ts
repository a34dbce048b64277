// The facts' CSV of the bulk import, written in a process of its own beside the entities' (import.ts):
// argv = the graph's plan as JSON, the CSV folder, this part's index and the number of parts.
// Prints progress lines, then `rows N`.
import { SyntheticGraph } from './generate.ts';
import { writeCsv } from './import.ts';

const [plan, dir, index, of] = process.argv.slice(2);
const { rows } = await writeCsv(new SyntheticGraph(JSON.parse(plan)), dir, 'facts', (msg) => console.log(msg), { index: Number(index), of: Number(of) });
console.log(`rows ${rows}`);
