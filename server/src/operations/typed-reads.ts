// A dense node's facts read a share per relation type and direction. Neo4j keeps a dense node's
// relationships in groups by type and direction, and a typed, directed pattern reads one group
// directly; an untyped read walks them in store order, so the first 1,000 of a 121k-fact hub were all
// one relation type (the inspector's list and the expansion's first page showed nothing else).
import { RELATION_TYPE_NAMES } from '../../../model/index.ts';
import { toNumber } from '../../../model/storage/index.ts';

/** The groups in the order of `typedReads`' subqueries and of the shares: each type out, then in. */
const GROUPS = RELATION_TYPE_NAMES.flatMap((t) => [{ type: t, out: true }, { type: t, out: false }]);

/** Counts per fact type and direction from the degree store (typed COUNT { } patterns, no relationship read). */
export const degreeOf = (v: string) => `[${RELATION_TYPE_NAMES.map((t) => `['${t}', COUNT { (${v})-[:${t}]->() }, COUNT { (${v})<-[:${t}]-() }]`).join(', ')}]`;

/** A node's degree per type as `degreeOf` returns it. */
export type Degree = Array<[string, unknown, unknown]>;

/**
 * How many relationships to read from each group (GROUPS order) so that `budget` is spread evenly: every
 * group gets an equal share, and what a small group leaves over goes to the bigger ones (water-filling).
 * `keep` leaves a group out (a type or direction the view does not ask for).
 */
export function shares(degree: Degree, budget: number, keep: (type: string, out: boolean) => boolean = () => true): number[] {
  const size = new Map(degree.map(([t, o, i]) => [t, { out: toNumber(o), in: toNumber(i) }]));
  const want = GROUPS.map((g) => (keep(g.type, g.out) ? (g.out ? size.get(g.type)?.out : size.get(g.type)?.in) ?? 0 : 0));
  const got = want.map(() => 0);
  let left = budget;
  for (let open = want.filter((w) => w > 0).length; left > 0 && open > 0; open = want.filter((w, i) => w > got[i]).length) {
    const each = Math.max(1, Math.floor(left / open));
    for (let i = 0; i < want.length && left > 0; i++) {
      const take = Math.min(each, want[i] - got[i], left);
      if (take > 0) (got[i] += take), (left -= take);
    }
  }
  return got;
}

/**
 * A subquery over `v`'s facts, one typed and directed read per group, each `LIMIT $share[i]`: rows
 * `r, m` (the fact and the entity at its other end). Fact types only ever join two entities, so the
 * other end's label is not checked (that would be a read per row). `where` filters r and m. `paged`
 * adds `SKIP $skip[i]`: a later page of the same groups (store order is stable between reads).
 */
export const typedReads = (v: string, where = '', paged = false) =>
  `CALL (${v}) {
    ${GROUPS.map((g, i) => `MATCH (${v})${g.out ? `-[r:${g.type}]->` : `<-[r:${g.type}]-`}(m) ${where} RETURN r, m${paged ? ` SKIP $skip[${i}]` : ''} LIMIT $share[${i}]`).join('\n    UNION ALL\n    ')}
  }`;

/**
 * Page `[offset, offset + size)` of the water-filled reads: per group, what the first `offset` took is
 * skipped and the rest of the first `offset + size` is read. The shares only grow with the budget, so
 * the pages tile each group without a repeat (typed-reads.test.ts).
 */
export function pageShares(degree: Degree, offset: number, size: number): { skip: number[]; share: number[] } {
  const skip = shares(degree, offset);
  const end = shares(degree, offset + size);
  return { skip, share: end.map((e, i) => Math.max(0, e - skip[i])) };
}

/** The same share for every group (`typedReads`' parameter): a sample of each. */
export const sameShare = (n: number) => GROUPS.map(() => n);
