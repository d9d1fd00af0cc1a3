/**
 * The words of the segmenter's dictionaries that contain a given word: 盗窃 → 盗窃罪, 入户盗窃, 多次盗窃…
 *
 * jieba keeps a dictionary word whole, so a search by tokens for 盗窃 does not find a section that
 * only writes 构成盗窃罪 or 入户盗窃. A character-indexed copy of the full text, and since mappings v8
 * of each section, finds any substring (src/search/queries/keyword.ts); a judgment of an index built
 * before v8, whose sections are indexed by tokens only, matches through the tokens this module lists
 * instead, and section highlights fall back to them. Words jieba makes up for unknown text (its HMM)
 * are in no dictionary and are not listed.
 */
import { readFileSync } from "node:fs";
import nodejieba from "nodejieba";
import { normalizeText } from "./normalize.ts";
import { segment, userDictionaryPath } from "./segment.ts";

/** At most this many words per query word, the most frequent first (jieba's frequencies). */
export const MAX_CONTAINING_WORDS = 64;

/** Prefixes that make a word the opposite of the word after them: 非机动车 is no 机动车. */
const NEGATING = /[非未无不]$/;

/**
 * Whether `word` contains the text at `at` (of `length`) as a word of its own: at its start or end
 * (盗窃罪, 入户盗窃), not after a negating prefix (非机动车), and in the middle only between two
 * words (个人身份 does not contain 人身: 个 and 份 are no words; 二手机床 no 手机). Person names (jieba's
 * nr tags: 周和平) contain nothing a search means.
 */
function containsAsWord(word: string, at: number, length: number, tag: string | undefined): boolean {
  if (tag?.startsWith("nr")) return false;
  const before = word.slice(0, at);
  const after = word.slice(at + length);
  if (NEGATING.test(before)) return false;
  if (before === "" || after === "") return true;
  const parts = new Set(nodejieba.cutForSearch(word));
  return before.length >= 2 && after.length >= 2 && parts.has(before) && parts.has(after);
}

/** jieba's main dictionary, the one segment() loads (nodejieba exports its path; its types omit it). */
const JIEBA_DICT = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;

/** Dictionary lines ("word freq tag"), jieba's own and the legal user dictionary, one string. */
let lexicon: string | undefined;

const cache = new Map<string, string[]>();

/**
 * Index tokens (as segment() writes them) of the dictionary words that contain `word` and are not
 * `word` itself, most frequent first, at most {@link MAX_CONTAINING_WORDS}. A single character
 * contains too many words to list: none are.
 */
export function tokensContaining(word: string): string[] {
  const needle = normalizeText(word).trim();
  if (needle.length < 2 || /\s/.test(needle)) return [];
  const cached = cache.get(needle);
  if (cached) return cached;
  lexicon ??= `\n${readFileSync(JIEBA_DICT, "utf8")}\n${readFileSync(userDictionaryPath(), "utf8")}\n`;
  const found = new Map<string, number>();
  for (let at = lexicon.indexOf(needle); at >= 0; at = lexicon.indexOf(needle, at + 1)) {
    const start = lexicon.lastIndexOf("\n", at) + 1;
    const end = lexicon.indexOf("\n", at);
    const [written, freq, tag] = lexicon.slice(start, end).trim().split(/\s+/);
    // The match must lie in the word, not in its frequency or tag.
    if (!written || at + needle.length > start + written.length) continue;
    if (!containsAsWord(written, at - start, needle.length, tag)) continue;
    // The word as the index holds it: one token (a word the pipeline splits is found by its parts).
    const tokens = segment(written);
    const token = tokens[0];
    if (tokens.length !== 1 || token === undefined || token === needle || !token.includes(needle)) continue;
    found.set(token, Math.max(found.get(token) ?? 0, Number(freq) || 0));
  }
  const tokens = [...found]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_CONTAINING_WORDS)
    .map(([token]) => token);
  if (cache.size > 10_000) cache.clear();
  cache.set(needle, tokens);
  return tokens;
}
