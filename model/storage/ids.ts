// Stable ids derived from content, so re-seeding and exports name the same things the same way.
import { createHash } from 'node:crypto';

const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);
export const entityId = (name: string) => `e-${hash(name)}`;
export const relationId = (source: string, type: string, target: string) => `r-${hash(`${source}|${type}|${target}`)}`;
export const articleId = (file: string) => file.replace(/\.txt$/, '');
/**
 * Relationships without an `id` property (MENTIONED_IN) get one derived from their endpoints, so the
 * same edge has the same id in every database; the Cypher script recognises it and does not store it.
 * Colons only, so the id stays an XML NMTOKEN (GraphML ids must be).
 */
export const derivedEdgeId = (type: string, source: string, target: string) => `${type}:${source}:${target}`;
