/**
 * Short excerpts of a judgment's sections (本院认为, 裁判结果, 裁判要点) for result lists. The indexer
 * stores them in each judgment's result card, a doc value (mappings/judgments.v8.json), so that
 * showing them reads no stored field.
 */

/** Characters of a reasoning or disposition excerpt. */
export const SECTION_EXCERPT = 160;
/** Characters of a key-holding excerpt (裁判要点 are short; most fit whole). */
export const HOLDING_EXCERPT = 300;

/**
 * The head of `text`, whitespace folded, cut with "…" at the last sentence end (。；) within `max`
 * characters, else the last clause end (，、：), else at `max` — a cut mid-phrase had left 196 of
 * 290 excerpts a reviewer read ending inside a sentence (…判处有期徒刑八个月 of a sentence revoked).
 */
export function excerpt(text: string | undefined, max = SECTION_EXCERPT): string | undefined {
  if (!text) return undefined;
  // Whitespace is folded in the head only: a reasoning section can run to tens of thousands of characters.
  const clean = headOf(text, max * 2)
    .replace(/\s+/g, " ")
    .trim();
  if (!clean) return undefined;
  if (clean.length <= max && text.length <= max * 2) return clean;
  const head = headOf(clean, max);
  return `${atBoundary(head, clean.length > max ? clean.charAt(max) : "")}…`;
}

/** Sentence and clause ends, and how far into the head a cut there must at least be. */
const SENTENCE_END = /[。；;！？]/;
const CLAUSE_END = /[，,、：:]/;

/** `head` up to its last sentence end in its second half, else its last clause end in its last third. */
function atBoundary(head: string, next: string): string {
  // The head ends exactly at a boundary: keep it whole.
  if (SENTENCE_END.test(next) || CLAUSE_END.test(next)) return head;
  for (const [end, from] of [
    [SENTENCE_END, 0.5],
    [CLAUSE_END, 0.66],
  ] as const) {
    for (let i = head.length - 1; i >= head.length * from; i--)
      if (end.test(head.charAt(i))) return head.slice(0, i + 1);
  }
  return head;
}

/** The first `max` UTF-16 units, one fewer when the cut would split a surrogate pair (𠀀 and other rare characters). */
function headOf(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
