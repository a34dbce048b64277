// The Cypher console's guard: what a console query may not do, checked on the query text before the
// database sees it and on the database's own plan (EXPLAIN) before it runs.
import type { ManagedTransaction, ResultSummary } from 'neo4j-driver';
import { BadRequestError, ForbiddenError } from '../errors.ts';
import { checkExpressionCost } from './cypher-cost.ts';
import { tokenize, type Token } from './cypher-tokens.ts';

export { tokenize };

/**
 * Procedures a console query may call. The database's allowlist (Launcher.java, docker-compose.yml)
 * binds only plugin procedures and also admits dbms.components for /api/health, so built-ins such as
 * dbms.listConfig or db.info are refused here.
 */
export const CONSOLE_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);
const CONSOLE_PROCEDURES_LOWER = new Set([...CONSOLE_PROCEDURES].map((p) => p.toLowerCase()));

/** Plan operators that read but still reach outside the graph or into other transactions. */
const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: 'LOAD CSV reads files and URLs',
  TransactionApply: 'CALL { … } IN TRANSACTIONS commits on its own',
  TransactionForeach: 'CALL { … } IN TRANSACTIONS commits on its own',
  AdministrationCommand: 'administration commands manage the DBMS',
};
/** SHOW commands the console answers; the rest (settings, transactions, users …) describe the server. */
const ALLOWED_SHOW_OPERATORS = new Set(['ShowIndexes', 'ShowConstraints']);

/** Statement-opening words of administration and schema commands. */
const ADMIN_OPENERS = new Set(['alter', 'grant', 'deny', 'revoke', 'start', 'stop', 'drop', 'terminate', 'enable', 'dryrun', 'deallocate', 'reallocate', 'rename']);

const QUERY_TYPES: Record<string, string> = { r: 'read-only', w: 'write', rw: 'read-write', s: 'schema or administration' };

const isName = (t: Token | undefined) => t?.kind === 'word' || t?.kind === 'quoted';
/** an unquoted word, compared case-insensitively as Cypher keywords are */
const isWord = (t: Token | undefined, ...words: string[]) => t?.kind === 'word' && words.includes(t.text.toLowerCase());

/** Index of the first token after `CYPHER 5 runtime=slotted …` options. */
function statementStart(tokens: Token[]): number {
  let i = 0;
  if (!isWord(tokens[0], 'cypher')) return 0;
  i = 1;
  for (;;) {
    if (tokens[i]?.kind === 'number') i++;
    else if (isName(tokens[i]) && tokens[i + 1]?.text === '=') i += 3;
    else return i;
  }
}

/** The dotted procedure name after CALL at `i`, or undefined for a CALL subquery or a variable. */
function procedureNameAt(tokens: Token[], i: number): string | undefined {
  if (!isName(tokens[i + 1])) return undefined;
  const parts = [tokens[i + 1].text];
  let j = i + 2;
  while (tokens[j]?.text === '.' && isName(tokens[j + 1])) {
    parts.push(tokens[j + 1].text);
    j += 2;
  }
  // a procedure is namespaced or takes arguments; `WITH call RETURN x` is neither
  return parts.length > 1 || tokens[j]?.text === '(' ? parts.join('.') : undefined;
}

/**
 * Refuses, from the text alone, what the console never runs — before the query is even planned, so
 * an administration command is not handed to EXPLAIN. The plan check below is the authority.
 */
export function screenQueryText(query: string): void {
  const tokens = tokenize(query);
  const start = statementStart(tokens);
  const first = tokens[start];
  if (isWord(first, 'explain', 'profile'))
    throw new BadRequestError('cypher_not_supported', `the console runs queries and shows their results; ${first!.text.toUpperCase()} is not supported`, { command: first!.text.toUpperCase() });
  if (isWord(first, ...ADMIN_OPENERS)) throw new ForbiddenError('cypher_read_only', `the console is read-only: ${first!.text.toUpperCase()} commands are not allowed`, { command: first!.text.toUpperCase() });
  if (isWord(first, 'create') && isName(tokens[start + 1]) && tokens[start + 2]?.text !== '=')
    throw new ForbiddenError('cypher_read_only', `the console is read-only: CREATE ${tokens[start + 1].text.toUpperCase()} is not allowed`, { command: `CREATE ${tokens[start + 1].text.toUpperCase()}` });
  if (isWord(first, 'show')) {
    const subject = tokens.slice(start + 1, start + 4).map((t) => t.text.toLowerCase());
    if (!subject.some((w) => ['index', 'indexes', 'constraint', 'constraints'].includes(w)))
      throw new ForbiddenError('cypher_show_refused', 'the console answers SHOW INDEXES and SHOW CONSTRAINTS only; other SHOW commands describe the server');
  }
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (isWord(t, 'load') && isWord(next, 'csv')) throw new ForbiddenError('cypher_load_csv_refused', 'LOAD CSV is not allowed in the console: it reads files and URLs');
    if (isWord(t, 'use') && (i === start || prev?.text === '{' || isWord(prev, 'union', 'all')) && isName(next))
      throw new ForbiddenError('cypher_use_refused', `USE is not allowed in the console: queries run against the explorer's database only`);
    if (isWord(t, 'in') && prev?.text === '}') {
      const rest = tokens.slice(i + 1, i + 4);
      if (rest.some((r) => isWord(r, 'transactions'))) throw new ForbiddenError('cypher_in_transactions_refused', 'CALL { … } IN TRANSACTIONS is not allowed in the console: it commits on its own');
    }
    if (isWord(t, 'call') && prev?.text !== '.') {
      const name = procedureNameAt(tokens, i);
      if (name !== undefined && !CONSOLE_PROCEDURES_LOWER.has(name.toLowerCase())) throw procedureRefused(name);
    }
  });
}

function procedureRefused(name: string): ForbiddenError {
  const why = /^dbms\./i.test(name) ? 'dbms.* procedures manage the server' : 'it is not on the console allowlist';
  return new ForbiddenError('cypher_procedure_refused', `the procedure ${name} is not allowed in the console: ${why} (allowed: ${[...CONSOLE_PROCEDURES].join(', ')})`, {
    procedure: name,
    allowed: [...CONSOLE_PROCEDURES],
  });
}

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

function operators(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.children ?? []).flatMap(operators)];
}

/**
 * Refuses a planned query that is not a plain read: the query type Neo4j reports must be 'r', and no
 * operator may load files, commit in its own transactions, call a procedure off the allowlist, show
 * server internals, or run on another database.
 */
export function checkPlan(summary: ResultSummary, database: string | undefined): void {
  const queryType = String(summary.queryType);
  if (queryType !== 'r')
    throw new ForbiddenError('cypher_read_only', `the console is read-only: Neo4j plans this as a ${QUERY_TYPES[queryType] ?? queryType} query (queryType "${queryType}")`, { queryType });
  const plan = summary.plan;
  if (!plan) throw new ForbiddenError('cypher_no_plan', 'the console runs only queries Neo4j can plan, and this one has no plan');
  const target = database ?? summary.database?.name;
  for (const op of operators(plan as unknown as PlanNode)) {
    const [name, opDatabase] = op.operatorType.split('@');
    if (target && opDatabase && opDatabase !== target) throw new ForbiddenError('cypher_other_database', `the console runs against the database "${target}" only, not "${opDatabase}"`, { database: opDatabase, target });
    if (REFUSED_OPERATORS[name]) throw new ForbiddenError('cypher_operator_refused', `not allowed in the console: ${REFUSED_OPERATORS[name]}`, { operator: name });
    if ((name.startsWith('Show') && !ALLOWED_SHOW_OPERATORS.has(name)) || name.startsWith('Terminate'))
      throw new ForbiddenError('cypher_operator_refused', `not allowed in the console: ${name} describes or controls the server`, { operator: name });
    if (name === 'ProcedureCall') {
      const details = String(op.arguments?.Details ?? op.arguments?.Signature ?? '');
      const called = details.slice(0, details.indexOf('(')).replaceAll('`', '').trim();
      if (!CONSOLE_PROCEDURES.has(called)) throw procedureRefused(called || details);
    }
  }
}

/** EXPLAIN's prefix: its own line, so Neo4j's positions differ from the user's by one line only. */
export const EXPLAIN_PREFIX = 'EXPLAIN\n';

/** Plans the query in `tx` (nothing runs) and refuses it unless it is a plain read of a bearable cost. */
export async function guardQuery(tx: ManagedTransaction, query: string, params: Record<string, unknown>, database: string | undefined): Promise<void> {
  screenQueryText(query);
  checkExpressionCost(query, params);
  const explained = await tx.run(EXPLAIN_PREFIX + query, params);
  checkPlan(explained.summary, database);
}
