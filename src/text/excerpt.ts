/**
 * Short excerpts of a judgment's sections (本院认为, 裁判结果, 裁判要点) for result lists. The indexer
 * stores them in each judgment's result card, a doc value (mappings/judgments.v6.json), so that
 * showing them reads no stored field.
 */

/** Characters of a reasoning or disposition excerpt. */
export const SECTION_EXCERPT = 160;
/** Characters of a key-holding excerpt (裁判要点 are short; most fit whole). */
export const HOLDING_EXCERPT = 300;

/** The head of `text`, whitespace folded, cut at `max` characters with "…". */
export function excerpt(text: string | undefined, max = SECTION_EXCERPT): string | undefined {
  if (!text) return undefined;
  // Whitespace is folded in the head only: a reasoning section can run to tens of thousands of characters.
  const clean = headOf(text, max * 2)
    .replace(/\s+/g, " ")
    .trim();
  if (!clean) return undefined;
  return clean.length > max || text.length > max * 2 ? `${headOf(clean, max)}…` : clean;
}

/** The first `max` UTF-16 units, one fewer when the cut would split a surrogate pair (𠀀 and other rare characters). */
function headOf(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
