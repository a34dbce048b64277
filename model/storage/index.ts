// The storage format's public surface (Node only: it imports neo4j-driver and pinyin-pro): how the
// contract's shapes are stored in Neo4j and read back. The seed loader, the ingest loader and the server
// import it from here; nothing else reads or writes ev_* arrays, the canvas cache or search keys.
export { CANVAS_PROPERTY, decodeCanvasEdge, decodeCanvasNode, NODE_KEYS, EDGE_KEYS, typeLabels } from './canvas.ts';
export { EVIDENCE_PROPERTIES, evidenceArrays, evidenceOf, evidenceProperties } from './evidence.ts';
export { ENTITY_FIGURES, FIGURE_LABEL, figureId, figureOf, figureRecord, HAS_FIGURE, storedInt, writeFigures, type FigureReader, type FigureToStore } from './figures.ts';
export { articleId, derivedEdgeId, entityId, relationId } from './ids.ts';
export * from './mapping.ts';
export { INTERNAL_PROPERTIES, isPublicProperty, publicProperties } from './properties.ts';
export { pinyinKeys, searchProps } from './search-keys.ts';
export { toNumber, toPlain } from './values.ts';
export * from './write.ts';
