/**
 * Adjacent-token pairs of segmented facts (持刀_抢劫, 入户_盗窃, 酒后_驾驶): a short-range proximity
 * signal that single terms miss. Pure; the same function builds the indexed `facts_pairs` field
 * (src/search/documents.ts) and the pending case's pairs (src/search/queries/similar.ts), so a pair
 * means the same thing on both sides.
 */

/** Tokens that describe no fact: numbers, dates, times and amounts on their own, units, 许/余. */
export const NOT_A_FACT = /^(?:[\d.,%:/-]+|\d{4}-\d{2}(?:-\d{2})?|[年月日时分秒元号许余])$/;

/**
 * Pairs of neighbouring fact tokens, in order, `a_b`; numbers, dates and units are skipped first
 * (盗窃 2587 元 现金 → 盗窃_现金), and a token paired with itself is no pair.
 */
export function factPairs(tokens: readonly string[]): string[] {
  const facts = tokens.filter((t) => !NOT_A_FACT.test(t));
  const pairs: string[] = [];
  for (let i = 1; i < facts.length; i++) {
    const a = facts[i - 1] as string;
    const b = facts[i] as string;
    if (a !== b) pairs.push(`${a}_${b}`);
  }
  return pairs;
}
