/**
 * Fragments of a judgment's full text with the searched words marked (关键词高亮), cut here from the
 * stored text (text_chars) rather than by the engine's highlighter.
 *
 * Why not the engine: the full text is indexed one character a token, so every word is a phrase, and
 * the unified highlighter re-matches each phrase over the positions of every hit — on the 100k bench
 * index, a first page of 20 took 10 ms of engine time with the highlights against 4 ms reading the
 * same hits' stored text (`took`, one client, ten everyday queries). Here, a page's fragments cost
 * ~0.7 ms of Node CPU and reading the larger answer ~1 ms more; with 8 clients searching the engine
 * directly from one process (a load test not kept), p50 49–52 → 39–40 ms, 145–158 → 192–198 req/s.
 *
 * What is marked is what the search matched on the character-indexed field (the standard analyzer:
 * each Chinese character a token, a run of other letters or digits one token, everything else
 * dropped): a word's characters in order with only punctuation or spaces between them, in any
 * case, and a Latin word or a number only whole (abc not inside abcd, 50 not inside 150 or 1.50).
 *
 * A fragment is the sentence holding a match, with the following sentences that still fit in
 * `size` characters; a sentence too long for it is cut at clause punctuation around the match.
 * Fragments are ranked like the engine's passages (BM25 over the fragment, words rare in the
 * judgment weighing more, earlier fragments slightly preferred), and written HTML-escaped with
 * <em> around each match, as the engine's html encoder does.
 */

export interface FragmentOptions {
  /** At most this many fragments. */
  fragments: number;
  /** Target length of a fragment, in characters. */
  size: number;
  /** "position": the best fragments in the order of the text; "score": best first. */
  order: "position" | "score";
}

/** A letter or digit the standard analyzer joins with its neighbours into one token (not Chinese). */
const WORD = "(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])";
const WORD_CHAR = new RegExp(WORD, "u");
const HAN = /\p{Script=Han}/u;
/**
 * The analyzer's tokens of a typed word: each Chinese character, each run of other letters and
 * digits — joined through a point (0.5g, v2.0) and, between digits, a comma (6,500), as Unicode
 * word breaking (UAX #29) joins them.
 */
const TOKENS = new RegExp(`\\p{Script=Han}|${WORD}+(?:\\.${WORD}+|(?<=\\p{N}),\\p{N}+)*`, "gu");
/**
 * What may lie between two tokens of one match: punctuation and spaces, which the analyzer drops —
 * not an emoji, a token of its own (盗😀窃 is no 盗窃).
 */
const GAP = "[^\\p{L}\\p{N}\\p{Extended_Pictographic}]*";

/**
 * The entities fragments are written with — those of the engine's html encoder, which fragments
 * used to come from; src/search/queries/keyword.ts reads them back when it places a fragment in a
 * section.
 */
export const FRAGMENT_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
  "/": "&#x2F;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"'/]/g, (c) => FRAGMENT_ENTITIES[c] ?? c);
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/**
 * A pattern finding `word` the way a phrase query on the character-indexed field does; undefined
 * when it has no token (punctuation only). Not where one of `notFollowedBy` follows it, as an
 * intervals query's not_overlapping filter drops such an occurrence (an article followed by 之一:
 * src/search/queries/keyword.ts writtenIn).
 */
export function writtenPattern(word: string, notFollowedBy: readonly string[] = []): RegExp | undefined {
  const source = wordSource(word);
  if (source === undefined) return undefined;
  const after = notFollowedBy.flatMap((w) => wordSource(w) ?? []);
  const unless = after.length > 0 ? `(?!${GAP}(?:${after.join("|")}))` : "";
  // Case-insensitive only for a word with letters that have case: the flag slows every match.
  return new RegExp(source + unless, /\p{Lu}|\p{Ll}/u.test(word) ? "giu" : "gu");
}

function wordSource(word: string): string | undefined {
  const tokens = word.match(TOKENS);
  if (!tokens) return undefined;
  const parts = tokens.map((token) => {
    if (HAN.test(token)) return escapeRegExp(token);
    // Whole tokens only; a number continues through a decimal point or a thousands comma.
    return `(?<!${WORD}|\\p{N}[.,])${escapeRegExp(token)}(?!${WORD}|[.,]\\p{N})`;
  });
  return parts.join(GAP);
}

interface Match {
  start: number;
  end: number;
  /** Which of the words matched here (a merged match: several). */
  words: number[];
}

/** The words' patterns ({@link writtenPattern}), compiled once for a page of results. */
export type WrittenPatterns = readonly (RegExp | undefined)[];

/** Each word's pattern ({@link writtenPattern}), not followed by that word's `notFollowedBy`. */
export function writtenPatterns(
  words: readonly string[],
  notFollowedBy: readonly (readonly string[])[] = [],
): WrittenPatterns {
  return words.map((word, i) => writtenPattern(word, notFollowedBy[i]));
}

/** Every match of the words (their patterns) in the text, overlapping matches merged, in text order. */
export function findWritten(text: string, patterns: WrittenPatterns): Match[] {
  const found: Match[] = [];
  for (const [w, pattern] of patterns.entries()) {
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      else found.push({ start: m.index, end: m.index + m[0].length, words: [w] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Match[] = [];
  for (const m of found) {
    const last = merged.at(-1);
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      for (const w of m.words) if (!last.words.includes(w)) last.words.push(w);
    } else merged.push({ ...m, words: [...m.words] });
  }
  return merged;
}

interface Passage {
  start: number;
  end: number;
  matches: Match[];
  score: number;
}

/** Characters of context kept before a match when its sentence is too long to show whole: at most… */
const CONTEXT = 40;
/** …and, where a clause boundary allows, at least. */
const LEAD = 10;

/** 。！？!? — the text is width-folded, but a write-up's may not be. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f;
}

/** A sentence end or ，,；;：:、 or whitespace: where a sentence too long for a fragment is cut. */
function isClauseEnd(c: number): boolean {
  return (
    isSentenceEnd(c) ||
    c === 0xff0c ||
    c === 0x2c ||
    c === 0xff1b ||
    c === 0x3b ||
    c === 0xff1a ||
    c === 0x3a ||
    c === 0x3001 ||
    isSpace(c)
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0;
}

/** Moves a cut off the middle of a character written as a surrogate pair (𠮷, an emoji) to its start. */
function wholeChar(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

/** Moves a cut off the inside of a Latin word or a number (to its start). */
function offWord(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && WORD_CHAR.test(text[i - 1] ?? "") && WORD_CHAR.test(text[i] ?? "")) i--;
  return i;
}

/**
 * The passages holding the matches, formed in text order: each from the sentence of its first
 * match to the last sentence end that keeps it within `size`. Sentence boundaries are looked for
 * only that far from the match: a text without any costs no more than one with many.
 */
function passages(text: string, matches: Match[], size: number): Passage[] {
  const out: Passage[] = [];
  let i = 0;
  while (i < matches.length) {
    const first = matches[i] as Match;
    const back = Math.max(0, first.start - size);
    let start = first.start;
    while (start > back && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
    while (start < first.start && isSpace(text.charCodeAt(start))) start++;
    if (first.end - start > size - CONTEXT) {
      // A long sentence: from the nearest clause boundary at least LEAD characters before the
      // match, else the farthest within CONTEXT characters, else CONTEXT characters before it.
      const floor = Math.max(start, first.start - CONTEXT);
      let from = floor;
      for (let s = first.start; s > floor; s--) {
        if (isClauseEnd(text.charCodeAt(s - 1))) {
          from = s;
          if (first.start - s >= LEAD) break;
        }
      }
      start = offWord(text, from, 0);
    }
    // The last sentence end within `size` of the start (the text's end counts as one)…
    const limit = Math.max(first.end, start + size);
    let end = limit >= text.length ? text.length : -1;
    for (let k = Math.min(limit, text.length) - 1; end < 0 && k >= first.end; k--) {
      if (isSentenceEnd(text.charCodeAt(k))) end = k + 1;
    }
    if (end < 0) {
      // …else the last clause boundary, else the size.
      let e = limit;
      while (e > first.end && !isClauseEnd(text.charCodeAt(e - 1))) e--;
      end = e > first.end ? e : offWord(text, limit, first.end);
    }
    let j = i;
    while (j < matches.length && (matches[j] as Match).start < end) {
      end = Math.max(end, (matches[j] as Match).end);
      j++;
    }
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    out.push({
      start: wholeChar(text, start),
      end: wholeChar(text, end),
      matches: matches.slice(i, j),
      score: 0,
    });
    i = j;
  }
  return out;
}

// The unified highlighter's passage scorer (Lucene PassageScorer defaults): BM25 with the passage
// as the document, a length pivot of 87 characters, and a slight preference for earlier passages.
const K1 = 1.2;
const B = 0.75;
const PIVOT = 87;

function score(passage: Passage, weights: number[]): number {
  const tf = weights.map(() => 0);
  for (const m of passage.matches) for (const w of m.words) tf[w] = (tf[w] ?? 0) + 1;
  const norm = K1 * (1 - B + (B * (passage.end - passage.start)) / PIVOT);
  let total = 0;
  for (const [w, f] of tf.entries()) if (f > 0) total += (weights[w] ?? 0) * ((f * (K1 + 1)) / (f + norm));
  return total * (1 + 1 / Math.log(PIVOT + passage.start));
}

function render(text: string, passage: Passage): string {
  let out = "";
  let at = passage.start;
  for (const m of passage.matches) {
    out += `${escapeHtml(text.slice(at, m.start))}<em>${escapeHtml(text.slice(m.start, m.end))}</em>`;
    at = m.end;
  }
  return out + escapeHtml(text.slice(at, passage.end));
}

/**
 * The text's best fragments for the words, given as their {@link writtenPatterns} (compiled once for
 * the texts of a page); none when no word is found. `units` gives each word the query unit it stands
 * for (the alternatives of `盗窃 OR 抢夺` one unit, a word and its tokens one; default: each word its
 * own): fragments are chosen to show as many units as they can, each next fragment the one showing
 * the most units not yet shown, then the best scored — so `盗窃 OR 抢夺 手机` shows 手机 somewhere
 * rather than three fragments of 盗窃 and 抢夺 (review15-search: 11 of 50 hits had shown no 手机).
 */
export function writtenFragments(
  text: string,
  words: WrittenPatterns,
  options: FragmentOptions,
  units?: readonly number[],
): string[] {
  const matches = findWritten(text, words);
  if (matches.length === 0) return [];
  // A word weighs more the rarer it is in this judgment (the highlighter's weight: BM25's idf with
  // the text's length standing for the number of documents).
  const counts = words.map(() => 0);
  for (const m of matches) for (const w of m.words) counts[w] = (counts[w] ?? 0) + 1;
  const weights = counts.map((n) => (K1 + 1) * Math.log(1 + (text.length + 0.5) / (n + 0.5)));
  const all = passages(text, matches, options.size);
  for (const p of all) p.score = score(p, weights);
  const pool = [...all].sort((a, b) => b.score - a.score || a.start - b.start);
  const unitsOf = pool.map((p) => [
    ...new Set(p.matches.flatMap((m) => m.words.map((w) => units?.[w] ?? w))),
  ]);
  const best: Passage[] = [];
  const shown = new Set<number>();
  const taken = new Set<number>();
  while (best.length < options.fragments && taken.size < pool.length) {
    let pick = -1;
    let most = -1;
    for (let i = 0; i < pool.length; i++) {
      if (taken.has(i)) continue;
      let fresh = 0;
      for (const u of unitsOf[i] ?? []) if (!shown.has(u)) fresh++;
      if (fresh > most) {
        most = fresh;
        pick = i;
      }
    }
    const chosen = pool[pick];
    if (!chosen) break;
    taken.add(pick);
    best.push(chosen);
    for (const u of unitsOf[pick] ?? []) shown.add(u);
  }
  if (options.order === "position") best.sort((a, b) => a.start - b.start);
  return best.map((p) => render(text, p));
}
