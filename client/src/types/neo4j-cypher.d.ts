// @neo4j-cypher/codemirror ships its typings at a subpath its "exports" map names; point the package at them.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
