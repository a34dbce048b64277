// What the console refuses before it runs because the database could not stop it: Neo4j checks a
// transaction's timeout between rows, not inside one expression, so `reduce(s = '', i IN range(1,
// 2000000) | s + 'y')` kept a core busy for minutes after its transaction was marked terminated. Lists
// built by range() are the one way a single expression grows without reading the graph, so their sizes
// are checked here, from the text and the parameters, before the query is planned. `UNWIND range(…)` is
// exempt: Neo4j iterates it lazily, row by row, where the timeout and the memory limits do apply.
import neo4j from 'neo4j-driver';
import { HttpError } from '../errors.ts';
import { tokenize, type Token } from './cypher-tokens.ts';

/** The most elements one range() may produce in the console. */
export const RANGE_CAP = 1_000_000;
/** The most elements all range() calls of a query may produce together, multiplied (they nest). */
export const RANGE_PRODUCT_CAP = 10_000_000;

/** A constant argument: numbers, parameters and + - * / % ^ with parentheses; undefined otherwise. */
function evaluate(tokens: Token[], params: Record<string, unknown>): number | undefined {
  let i = 0;
  const peek = () => tokens[i]?.text;
  const atom = (): number | undefined => {
    const t = tokens[i++];
    if (!t) return undefined;
    if (t.text === '-') return neg(atom());
    if (t.text === '+') return atom();
    if (t.text === '(') {
      const v = sum();
      return tokens[i++]?.text === ')' ? v : undefined;
    }
    if (t.kind === 'number') return Number(t.text.replace(/_/g, ''));
    if (t.kind === 'param') {
      const v = params[t.text.slice(1)];
      return neo4j.isInt(v) ? neo4j.integer.toNumber(v) : typeof v === 'number' ? v : undefined;
    }
    return undefined;
  };
  const neg = (v: number | undefined) => (v === undefined ? undefined : -v);
  const power = (): number | undefined => {
    const base = atom();
    if (peek() !== '^') return base;
    i++;
    const exp = power();
    return base === undefined || exp === undefined ? undefined : base ** exp;
  };
  const product = (): number | undefined => {
    let v = power();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = tokens[i++].text;
      const r = power();
      v = v === undefined || r === undefined ? undefined : op === '*' ? v * r : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number | undefined => {
    let v = product();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[i++].text;
      const r = product();
      v = v === undefined || r === undefined ? undefined : op === '+' ? v + r : v - r;
    }
    return v;
  };
  const v = sum();
  return i === tokens.length && v !== undefined && Number.isFinite(v) ? v : undefined;
}

/** The arguments of the call whose '(' is at `open`, split at top-level commas. */
function argumentsAt(tokens: Token[], open: number): Token[][] {
  const args: Token[][] = [[]];
  let depth = 0;
  for (let j = open + 1; j < tokens.length; j++) {
    const t = tokens[j].text;
    if (t === '(' || t === '[' || t === '{') depth++;
    if (t === ')' || t === ']' || t === '}') {
      if (depth === 0) return args;
      depth--;
    }
    if (t === ',' && depth === 0) args.push([]);
    else args[args.length - 1].push(tokens[j]);
  }
  return args;
}

/** How many elements range(start, end, step) has; undefined when an argument is not a constant. */
function rangeSize(args: Token[][], params: Record<string, unknown>): number | undefined {
  const [start, end, step = 1] = args.map((a) => evaluate(a, params));
  if (start === undefined || end === undefined || step === undefined || step === 0) return undefined;
  return Math.max(0, Math.floor((end - start) / step) + 1);
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Refuses a query whose range() lists are too large to build and walk within the timeout. */
export function checkExpressionCost(query: string, params: Record<string, unknown>): void {
  const tokens = tokenize(query);
  let product = 1;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || t.text.toLowerCase() !== 'range' || tokens[i + 1]?.text !== '(' || tokens[i - 1]?.text === '.') return;
    const before = tokens[i - 1];
    if (before?.kind === 'word' && before.text.toLowerCase() === 'unwind') return;
    const size = rangeSize(argumentsAt(tokens, i + 1), params);
    if (size === undefined) return;
    if (size > RANGE_CAP)
      throw new HttpError(422, 'cypher_range_too_large', `range() here builds a list of ${fmt(size)} elements; the console allows at most ${fmt(RANGE_CAP)}, because the database cannot stop an expression at the timeout`, { rangeCap: RANGE_CAP, size });
    product *= Math.max(1, size);
    if (product > RANGE_PRODUCT_CAP)
      throw new HttpError(422, 'cypher_ranges_too_large', `the range() lists of this query multiply to ${fmt(product)} elements; the console allows at most ${fmt(RANGE_PRODUCT_CAP)}, because the database cannot stop an expression at the timeout`, { rangeProductCap: RANGE_PRODUCT_CAP, product });
  });
}
