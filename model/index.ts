// The contract: the vocabulary, and the zod schemas (with their types) of every API request and
// answer. Server, client, seed and ingest import shapes from here and nowhere else. No I/O and no
// Node-only code. Two other doors: model/storage/index.ts, the storage format (Neo4j properties, the
// canvas cache, search keys, ids; Node only), and model/vocabulary.ts, which the browser imports for its
// runtime values so zod (≈30 kB gzipped) stays out of a bundle that validates nothing.
export * from './vocabulary.ts';
export * from './params.ts';
export * from './graph.ts';
export * from './errors.ts';
export * from './explore.ts';
export * from './neighbor-groups.ts';
export * from './scene.ts';
export * from './figures.ts';
export * from './cypher.ts';
export * from './export.ts';
export * from './drafts.ts';
