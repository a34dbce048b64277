#!/usr/bin/env bash
# `eval:real` (with its arguments) on the rules of an earlier commit: the commit is checked out in a temporary worktree,
# and today's loader, CLI and real sets are copied in, so that a held-out set registered after that commit (real-fresh/)
# scores the rules as they were then. Used to measure a session's in-sample rule work on pages it never saw:
#   bash ingest/experiments/real-at.sh d859b47 --fresh
set -euo pipefail
REV=$1; shift
ROOT=$(git rev-parse --show-toplevel)
WT=$(mktemp -d)
trap 'git -C "$ROOT" worktree remove --force "$WT"' EXIT
git -C "$ROOT" worktree add -q --detach "$WT" "$REV"
ln -s "$ROOT/node_modules" "$WT/node_modules"
cp "$ROOT/ingest/real-news.ts" "$WT/ingest/real-news.ts"
cp "$ROOT/ingest/src/real-news.ts" "$WT/ingest/src/real-news.ts"
rm -rf "$WT"/ingest/eval-texts/real*
cp -r "$ROOT"/ingest/eval-texts/real* "$WT/ingest/eval-texts/"
# (the set names the loader knows, and which of them are held out, as today)
sed -i "s/^export type SetName = .*/export type SetName = Split | 'real' | 'real-dev' | 'real-train' | 'real-fresh';/; s/split === 'real' || (HELD_OUT/split === 'real' || split === 'real-fresh' || (HELD_OUT/" "$WT/ingest/src/eval-texts.ts"
echo "rules of $(git -C "$ROOT" log -1 --format='%h %s' "$REV" | cut -c1-100)"
(cd "$WT" && REAL_NEWS_DIR="${REAL_NEWS_DIR:-$ROOT/../shared/real-news}" npx tsx ingest/real-news.ts "$@")
