// The error codes of every 4xx/5xx answer: stable names the client words in each language (the
// `error` sentence beside them is English, for API users and logs). A code names what went wrong, not
// the status; `details` carries what the wording needs (an id, a limit, a line and column).
import { z } from 'zod';

/** code → when the server answers it (the OpenAPI document lists these). */
export const ERROR_CODES = {
  // the request itself
  invalid_parameter: 'a path, query or body field failed validation; details: [{where, field, message}]',
  route_not_found: 'no API route or page at this method and path; details: {method, path}',
  body_not_json: 'the request body is not valid JSON',
  body_too_large: 'the request body is over the limit; details: {limit} (bytes)',
  charset_unsupported: 'the body is not UTF-8; details: {charset}',
  encoding_unsupported: 'the Content-Encoding is not gzip, deflate or br; details: {encoding}',
  body_incomplete: 'the body is shorter than its Content-Length, or the upload was aborted',
  body_not_decompressible: 'the body could not be decompressed as its Content-Encoding says',
  path_malformed: 'the path holds malformed percent-encoding',
  request_unreadable: 'the request could not be read (HTTP-level)',
  request_timeout: 'the request (headers and body) was not received within the time limit',
  host_not_allowed: "the Host header is not one this server answers to; details: {host, allowed}",
  rate_limited: 'too many calls of one kind from this client; details: {what: "cypher" | "export", limit, windowS}',
  // what the explorer looks up
  entity_not_found: 'no entity with this id; details: {id, role?: "from" | "to"}',
  article_not_found: 'no article with this id; details: {id}',
  relationship_not_found: 'no relationship with this id; details: {id}',
  path_same_entity: 'a path between an entity and itself was asked for',
  // exports
  export_empty: "the export's query returned no nodes or relationships",
  export_unknown_ids: 'the selection names ids that do not exist; details: {unknown: {nodes | edges: ids}}',
  export_over_cap: 'the export would hold more elements than allowed; details: {cap, nodes?, edges?, id?, depth?}',
  // the Cypher console
  cypher_syntax: "Neo4j could not parse the query; details: {reason, line?, column?, offset?, neo4jCode}",
  cypher_not_supported: 'EXPLAIN or PROFILE: the console shows results only; details: {command}',
  cypher_read_only: 'the query writes or administers; details: {command?, queryType?, reason?}',
  cypher_show_refused: 'SHOW other than INDEXES or CONSTRAINTS',
  cypher_load_csv_refused: 'LOAD CSV reads files and URLs',
  cypher_use_refused: 'USE another database',
  cypher_in_transactions_refused: 'CALL { … } IN TRANSACTIONS commits on its own',
  cypher_procedure_refused: 'a procedure off the allowlist; details: {procedure, allowed}',
  cypher_operator_refused: 'the plan holds a step that describes or controls the server; details: {operator}',
  cypher_no_plan: 'Neo4j returned no plan for the query',
  cypher_other_database: 'the plan runs on another database; details: {database, target}',
  cypher_range_too_large: 'a range() would build more elements than allowed; details: {size, rangeCap}',
  cypher_ranges_too_large: 'range() lists multiply past the cap; details: {product, rangeProductCap}',
  cypher_evaluation_failed: 'a function refused its arguments at run time; details: {reason, neo4jCode}',
  cypher_rejected: 'Neo4j refused the query for another reason; details: {reason, neo4jCode}',
  // drafts and their review (issue 16)
  article_too_large: 'the article is over the size limit; details: {bytes, limit}',
  article_unreadable: 'the article is empty, binary, not Chinese text, or in an encoding that does not decode',
  draft_not_found: 'no draft with this id; details: {id}',
  draft_conflict: 'the article was curated or reviewed with another text: its spans would point into the wrong text',
  review_invalid: 'the review names unknown items, contradicts itself, or would write a fact the vocabulary does not allow; details name the item',
  review_conflict: 'the review changes a decision already made (decisions are final); details: {id, status}',
  extraction_busy: 'every extraction thread is busy and the queue is full (503, Retry-After); details: {threads, queue}',
  extraction_timeout: 'extracting the article ran past its timeout and was stopped (503); details: {timeoutMs}',
  extraction_unavailable: "the extraction threads cannot start, e.g. a Node option that worker threads refuse (500); details: {reason}",
  extraction_failed: 'the extraction thread threw or died on this article; the next draft gets a new one (500); details: {reason}',
  // named scenes (issue 14)
  scene_not_found: 'no scene with this id; details: {id}',
  scene_too_large: 'the scene is over the size limit; details: {bytes, limit}',
  scene_entities_not_found: 'the scene names entities that do not exist; details: {unknown: ids}',
  // the database and the server
  query_timeout: 'the query ran past its timeout and was cancelled; details: {timeoutMs?}',
  query_memory_limit: 'the query needed more memory than one query may use; details: {setting, limit?, neo4jCode}',
  memory_busy: 'the queries running now use all the memory allowed for queries; details: {setting, limit?}',
  server_busy: 'no database connection came free in time',
  database_unavailable: 'the graph database cannot be reached',
  database_not_answering: "no answer within the call's deadline; details: {deadlineMs}",
  internal: 'a fault of the server (logged there)',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];
export const ErrorCodeSchema = z.enum(ERROR_CODE_NAMES);
