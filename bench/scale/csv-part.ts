// One share of the bulk import's CSV, written in a process of its own (import.ts writeCsv): argv = the
// graph's plan as JSON, the CSV folder, this part's index and the number of parts.
// Prints progress lines, then `share {"entities":…,"mentions":…,"facts":…}`.
import { SyntheticGraph } from './generate.ts';
import { writeCsv } from './import.ts';

const [plan, dir, index, of] = process.argv.slice(2);
const share = await writeCsv(new SyntheticGraph(JSON.parse(plan)), dir, { index: Number(index), of: Number(of) }, (msg) => console.log(msg));
console.log(`share ${JSON.stringify(share)}`);
