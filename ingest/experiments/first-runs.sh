#!/usr/bin/env bash
# The rules' first run on each eval set: the set's texts extracted by the rules frozen before anyone tuning had read it
# (frozen.json's rulesCommit: the rules that gave its heldOut totals, the last ones before its errors were read), each
# commit checked out in a temporary worktree. Writes ingest/experiments/.first-runs/<set>.json ({file: Extraction}),
# which corrector.ts reads; scored, they reproduce frozen.json's heldOut totals. About 10 s per set.
set -euo pipefail
ROOT=$(git rev-parse --show-toplevel)
OUT=$ROOT/ingest/experiments/.first-runs
mkdir -p "$OUT"
node -e '
const f = require(process.argv[1]);
for (const [set, r] of Object.entries(f.sets)) console.log(set, r.rulesCommit.split(" ")[0]);
' "$ROOT/ingest/eval-texts/frozen.json" | while read -r SET COMMIT; do
  WT=$(mktemp -d)
  git -C "$ROOT" worktree add -q --detach "$WT" "$COMMIT"
  ln -s "$ROOT/node_modules" "$WT/node_modules"
  cat > "$WT/first-run.ts" <<TS
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fullGazetteer } from './ingest/src/eval-texts.ts';
import { createExtractor } from './ingest/src/extract.ts';
const dir = '$ROOT/ingest/eval-texts/$SET/';
const x = createExtractor(fullGazetteer());
const out: Record<string, unknown> = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) out[f] = x.extract(readFileSync(dir + f, 'utf8'));
writeFileSync('$OUT/$SET.json', JSON.stringify(out));
TS
  (cd "$WT" && npx tsx first-run.ts)
  git -C "$ROOT" worktree remove --force "$WT"
  echo "$SET: rules of $COMMIT"
done
