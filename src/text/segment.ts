/**
 * Segmentation for indexing and querying: one pipeline, so a query and a document containing the
 * same words always produce the same tokens.
 *
 *   normalise (width/case folding, numbers) → protected spans (statute references, dates, charges and
 *   causes of action, masked names) → nodejieba with the legal user dictionary on the rest → stop words
 *   and punctuation dropped.
 *
 * Token forms (also documented in src/text/README.md):
 * - statute reference: the canonical law name ("中华人民共和国" dropped) and one `law#article` token
 *   per article, e.g. 《中华人民共和国刑法》第一百三十三条之一 → `刑法` `刑法#133-1`; a title in 《》 is
 *   named as the statute keys name it (src/text/law-titles.ts), a title inside it included; a note
 *   after it read as the statute parser reads it (src/judgment/statutes.ts titleNotes), its words
 *   kept: 《刑事诉讼法》（1996年）第一百八十九条 → `刑事诉讼法（1996年）` `1996` `年` `刑事诉讼法（1996年）#189`;
 * - charges (罪名) and causes of action (案由) from the dictionary: always one token, even with 、;
 * - dates: `2017-05-18` (or `2017-05`), whatever the numerals;
 * - numbers: whole (`6500`, `365.5%`), their unit a separate token (`195` `毫克`);
 * - masked person names (张某某, 李某甲, ×××, xx): dropped — they carry no similarity signal and
 *   would otherwise be the most frequent "words" of every judgment.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import nodejieba from "nodejieba";
import { titleNotes } from "../judgment/statutes.ts";
import { ISSUER, canonicalLawName as titleName } from "./law-titles.ts";
import { LAW_ABBREVIATIONS, NATIONAL_LAWS, NATIONAL_LAWS_LONGEST_FIRST, nationalLawName } from "./laws.ts";
import { chineseNumeralToInt, normalizeText, TITLE } from "./normalize.ts";

const DICT_DIR = path.join(import.meta.dirname, "dict");

/** Bumped when token forms change, so that the dictionary version also identifies the pipeline. */
const PIPELINE_VERSION = "11";

export type SegmenterOptions = {
  /** jieba user dictionary ("word freq tag" lines); default: the committed legal dictionary. */
  userDictPath?: string;
  /** Stop-word list, one a line; default: the committed list. */
  stopWordsPath?: string;
};

type Segmenter = {
  userDictPath: string;
  stopWordsPath: string;
  stopWords: Set<string>;
  phrases: PhraseMatcher;
  version: string;
  /** jieba's dictionaries are loaded on the first segmentation only: they cost ~250 MB per process. */
  jiebaLoaded: boolean;
};

let active: Segmenter | undefined;

/**
 * Loads the dictionaries into nodejieba. jieba's dictionary is process-global, so this runs once:
 * calling it again with the same paths is a no-op, with different paths an error.
 */
export function initSegmenter(options: SegmenterOptions = {}): void {
  const userDictPath = path.resolve(options.userDictPath ?? path.join(DICT_DIR, "legal.dict.txt"));
  const stopWordsPath = path.resolve(options.stopWordsPath ?? path.join(DICT_DIR, "stopwords.txt"));
  if (active) {
    if (active.userDictPath === userDictPath && active.stopWordsPath === stopWordsPath) return;
    throw new Error(
      `segmenter already initialised with ${active.userDictPath}; jieba's dictionary is process-global`,
    );
  }
  const userDict = readFileSync(userDictPath, "utf8");
  const stopWordsText = readFileSync(stopWordsPath, "utf8");
  const stopWords = new Set(
    stopWordsText
      .split("\n")
      .map((w) => normalizeText(w.trim()))
      .filter((w) => w.length > 0),
  );
  const phrases = new PhraseMatcher();
  for (const line of userDict.split("\n")) {
    const [word, , tag] = line.trim().split(/\s+/);
    if (word && (tag === "zm" || tag === "ay")) phrases.add(normalizeText(word));
  }
  const version = createHash("sha256")
    .update(`${PIPELINE_VERSION}\0${userDict}\0${stopWordsText}`)
    .digest("hex")
    .slice(0, 12);
  active = { userDictPath, stopWordsPath, stopWords, phrases, version, jiebaLoaded: false };
}

function segmenter(): Segmenter {
  if (!active) initSegmenter();
  return active as Segmenter;
}

function loadJieba(seg: Segmenter): void {
  // Keyword extraction is unused: a one-line IDF file and our stop words stand in for jieba's
  // 6 MB IDF table, saving ~50 MB per process.
  nodejieba.load({
    userDict: seg.userDictPath,
    idfDict: path.join(DICT_DIR, "idf.stub.txt"),
    stopWordDict: seg.stopWordsPath,
  });
  seg.jiebaLoaded = true;
}

/**
 * jieba's part-of-speech tags of a word (ns a place, nr a person, x a word in no dictionary, which
 * jieba's HMM made up: mostly names), with the dictionaries segment() uses.
 */
export function wordTags(word: string): { word: string; tag: string }[] {
  const seg = segmenter();
  if (!seg.jiebaLoaded) loadJieba(seg);
  return nodejieba.tag(word);
}

/** The legal user dictionary in use (src/text/vocabulary.ts reads its words). */
export function userDictionaryPath(): string {
  return segmenter().userDictPath;
}

/** SHA-256 prefix of the dictionary, stop words and pipeline version: goes into reports and index metadata. */
export function dictionaryVersion(): string {
  return segmenter().version;
}

/** Charges (罪名) and causes of action (案由) loaded from the dictionary, normalised. */
export function protectedPhrases(): readonly string[] {
  return segmenter().phrases.words;
}

/**
 * Longest dictionary phrase ending at a given position, found by walking a reversed trie backwards
 * from the phrase's last character. Charges all end in 罪 and most causes in 纠纷, so the scan only
 * stops at a handful of characters; it is much cheaper than a regex alternation of ~700 phrases.
 */
class PhraseMatcher {
  readonly words: string[] = [];
  private readonly root = new Map<string, TrieNode>();
  private readonly lastChars = new Uint8Array(0x10000);

  add(word: string): void {
    if (word.length < 2) return;
    this.words.push(word);
    let level = this.root;
    let node: TrieNode | undefined;
    for (let i = word.length - 1; i >= 0; i--) {
      const ch = word.charAt(i);
      node = level.get(ch);
      if (!node) {
        node = { children: new Map(), terminal: false };
        level.set(ch, node);
      }
      level = node.children;
    }
    if (node) node.terminal = true;
    this.lastChars[word.charCodeAt(word.length - 1)] = 1;
  }

  /** Start of the longest phrase ending exactly at `end` and starting at or after `floor`, or -1. */
  startOfMatchEndingAt(text: string, end: number, floor: number): number {
    let level = this.root;
    let start = -1;
    for (let i = end - 1; i >= floor; i--) {
      const node = level.get(text.charAt(i));
      if (!node) break;
      if (node.terminal) start = i;
      level = node.children;
    }
    return start;
  }

  /** Calls `onMatch(start, end)` for non-overlapping longest matches, left to right. */
  scan(text: string, from: number, to: number, onMatch: (start: number, end: number) => void): void {
    let floor = from;
    for (let end = from + 1; end <= to; end++) {
      if (this.lastChars[text.charCodeAt(end - 1)] !== 1) continue;
      const start = this.startOfMatchEndingAt(text, end, floor);
      if (start >= 0) {
        onMatch(start, end);
        floor = end;
      }
    }
  }
}

type TrieNode = { children: Map<string, TrieNode>; terminal: boolean };

const PRC = "中华人民共和国";

/** A law name written without 《》 directly before its articles: "刑法第二百六十四条". */
const lawNames = new PhraseMatcher();
for (const law of NATIONAL_LAWS) {
  lawNames.add(law);
  lawNames.add(PRC + law);
}
for (const abbreviation of Object.keys(LAW_ABBREVIATIONS)) lawNames.add(abbreviation);

const NUM = "[\\d零〇一二三四五六七八九十百千]+";
const SEP = "(?:[、,;和及与]|以及)";
/** A paragraph, or several sharing 款 (第一、三款). */
const PARAGRAPH = `第${NUM}(?:[、和及]${NUM})*款`;
const ITEM = `第\\(?${NUM}\\)?项`;
// One article, optionally with 之N and its paragraphs and items, listed too (第一款、第三款, 第一款及
// 第四款, 第(一)项、第(二)项), and a separator (、 , ; 和 及 与 以及) — also with its 条 left out before
// a paragraph (第六十七第三款), a slip that would otherwise end the list. `di` is whether its 第 may be
// missing: the first article after a law's name (《刑法》二百三十六条), one after a separator
// (第五十二条、五十三条). A second paragraph or item in a row ended the list: 刑法#356 in
// 第三百四十七条第一款及第四款、第三百五十六条 was no token.
const article = (di: string) =>
  `(?:${di}${NUM}条(?:之[\\d一二三四五六七八九十]+)?|第${NUM}(?=第${NUM}款))(?:${SEP}?(?:${PARAGRAPH}|${ITEM}))*${SEP}?`;
// One or more articles.
const ARTICLES = `${article("第")}(?:${article("第?")})*`;
// Right after a law's name in 《》, the first article's 第 may be missing.
const ARTICLES_AFTER_TITLE = `(?:${article("第?")})+`;
/** The articles after a title's notes (《刑事诉讼法》（1996年）第一百八十九条), where they start. */
const ARTICLES_AFTER_NOTES = new RegExp(ARTICLES_AFTER_TITLE, "y");

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
const COMPOUND_SURNAMES = new Set([
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "东方",
  "慕容",
  "令狐",
  "皇甫",
  "尉迟",
  "公孙",
  "长孙",
  "宇文",
  "夏侯",
  "端木",
  "司徒",
  "轩辕",
  "呼延",
  "南宫",
]);
const isSurname = new Uint8Array(0x10000);
for (let i = 0; i < SURNAMES.length; i++) isSurname[SURNAMES.charCodeAt(i)] = 1;

// Every alternative starts with a fixed, fairly rare character (《 第 中 a digit 某 × x *), which keeps
// the scan cheap; what precedes a match (a law name, a surname) is checked in code, not by lookbehind.
// Groups: 1–2 《name》 and articles; 3 bare articles; 4 中华人民共和国 law without brackets;
// 5–7 date; 8 a masking mark. A title may hold one title in 《》 (《最高人民法院关于适用《中华人民共和国
// 刑事诉讼法》的解释》第一百条), which was cut at its inner 《: its words went to jieba, its article to none.
// A title is what normalizeText leaves as written (src/text/normalize.ts TITLE), spaces inside it too.
const PROTECTED = new RegExp(
  [
    `${TITLE}(${ARTICLES_AFTER_TITLE})?`,
    `(${ARTICLES})`,
    // Longest first: an alternation takes the first that matches.
    `${PRC}(${NATIONAL_LAWS_LONGEST_FIRST.join("|")})(?![律定规院人官庭学第])`,
    "(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?",
    // 于某日 and 在某处 are not names: 某 followed by these characters is a determiner.
    "(某{1,2}[甲乙丙丁戊己庚辛壬癸]?(?![日时处地年月天些种项个])|[×x*]{1,3}(?![a-z]))",
  ].join("|"),
  "g",
);

const ARTICLE = new RegExp(`第(${NUM})条(?:之([\\d一二三四五六七八九十]+))?`, "g");

function canonicalLawName(name: string): string {
  const national = nationalLawName(name);
  if (national !== undefined) return national;
  return name.startsWith(PRC) && name.length > PRC.length ? name.slice(PRC.length) : name;
}

/** The issuing bodies written right before a title's 《: 最高人民法院、最高人民检察院《关于…》. */
const ISSUERS_BEFORE = new RegExp(`(${ISSUER}(?:[、和与]?${ISSUER})*)$`);

/**
 * A title in 《》 named as its statute key names it (src/search/documents.ts statuteKey): inner titles
 * unbracketed, an interpretation's issuer before 关于 — written inside the brackets, before them
 * (read back from `before`) or known — and brackets full-width (刑法修正案（八）), so that a key a
 * judge types (最高人民法院关于审理…的解释#2) is the token of a judgment citing it however written.
 * Canonical (中华人民共和国 kept), with the issuer it was named by.
 */
function titleLaw(title: string, before: string): { law: string; issuer: string } {
  const issuer = title.includes("关于") ? (ISSUERS_BEFORE.exec(before)?.[1] ?? "") : "";
  return { law: titleName(title, issuer), issuer };
}

/** A law's name as its statute keys and tokens write it: 中华人民共和国 dropped. */
function keyLawName(name: string): string {
  return name.startsWith(PRC) && name.length > PRC.length ? name.slice(PRC.length) : name;
}

/** How far past a title its notes are looked for (src/judgment/statutes.ts reads as far). */
const NOTES_WINDOW = 300;

/** The slips ARTICLES tolerates: 第六十七第三款 (no 条), 二百三十六条 (no 第). */
const ARTICLE_WITHOUT_TIAO = new RegExp(`第(${NUM})(?=第)`, "g");
const ARTICLE_WITHOUT_DI = new RegExp(`(^|[、,;和及与])(${NUM}条)`, "g");

function pushStatute(out: string[], law: string, articles: string | undefined, notes: string[] = []): void {
  out.push(law, ...notes);
  if (!articles) return;
  // The slips written out: 第六十七第三款 → 第六十七条第三款, 二百三十六条 → 第….
  const written = articles.replace(ARTICLE_WITHOUT_TIAO, "第$1条").replace(ARTICLE_WITHOUT_DI, "$1第$2");
  for (const m of written.matchAll(ARTICLE)) {
    const article = chineseNumeralToInt(m[1] ?? "");
    if (article === undefined) continue;
    const sub = m[2] === undefined ? undefined : chineseNumeralToInt(m[2]);
    out.push(sub === undefined ? `${law}#${article}` : `${law}#${article}-${sub}`);
  }
}

function pad2(s: string): string {
  return s.length === 1 ? `0${s}` : s;
}

/**
 * Where a masked name found at `index` really starts (its surname included), or -1 when the mark is
 * not a name: a lone 某 or x without surname is a determiner or a letter.
 */
function maskedNameStart(text: string, index: number, mark: string, floor: number): number {
  if (index - 2 >= floor && COMPOUND_SURNAMES.has(text.slice(index - 2, index))) return index - 2;
  if (index - 1 >= floor && isSurname[text.charCodeAt(index - 1)] === 1) return index - 1;
  if (mark.length >= 2 || mark === "×") return index;
  return -1;
}

// Character classes for the token filter: 1 = letter or digit (keeps a token), 0 = punctuation/blank.
const WORD_CHAR = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) WORD_CHAR[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) WORD_CHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) WORD_CHAR[c] = 1;
for (let c = 0xc0; c <= 0x24f; c++) WORD_CHAR[c] = c === 0xd7 || c === 0xf7 ? 0 : 1;
for (let c = 0x3400; c <= 0x9fff; c++) WORD_CHAR[c] = 1;
for (let c = 0xf900; c <= 0xfaff; c++) WORD_CHAR[c] = 1;
for (let c = 0xd800; c <= 0xdbff; c++) WORD_CHAR[c] = 1;

/** Tokens that are only punctuation, symbols or blanks. */
function isPunctuation(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    if (WORD_CHAR[token.charCodeAt(i)] === 1) return false;
  }
  return true;
}

function isNumberToken(token: string): boolean {
  const last = token.charCodeAt(token.length - 1);
  return last >= 0x30 && last <= 0x39;
}

function cutPlain(text: string, seg: Segmenter, out: string[]): void {
  if (text.length === 0) return;
  for (const token of nodejieba.cut(text, true)) {
    if (token === "%") {
      // "365.5%" stays one token; jieba splits the sign off.
      const prev = out.length - 1;
      const last = out[prev];
      if (last !== undefined && isNumberToken(last)) out[prev] = `${last}%`;
      continue;
    }
    if (isPunctuation(token) || seg.stopWords.has(token)) continue;
    out.push(token);
  }
}

/** Text between protected spans: charges and causes of action come out whole, the rest goes to jieba. */
function segmentPlain(text: string, from: number, to: number, seg: Segmenter, out: string[]): void {
  if (from >= to) return;
  let cursor = from;
  seg.phrases.scan(text, from, to, (start, end) => {
    cutPlain(text.slice(cursor, start), seg, out);
    out.push(text.slice(start, end));
    cursor = end;
  });
  cutPlain(text.slice(cursor, to), seg, out);
}

/**
 * Segments a judgment, a section of one, or a query into index tokens. Pure apart from the lazily
 * loaded, process-global dictionary.
 */
export function segment(text: string): string[] {
  const seg = segmenter();
  if (!seg.jiebaLoaded) loadJieba(seg);
  const normalised = normalizeText(text);
  const out: string[] = [];
  let cursor = 0;
  PROTECTED.lastIndex = 0;
  for (let m = PROTECTED.exec(normalised); m !== null; m = PROTECTED.exec(normalised)) {
    let start = m.index;
    let end = start + m[0].length;
    const emitted: string[] = [];
    if (m[1] !== undefined) {
      const { law, issuer } = titleLaw(m[1], normalised.slice(Math.max(cursor, start - 60), start));
      if (law === "") continue; // spaces alone (《 》): plain text
      if (m[2] !== undefined) {
        pushStatute(emitted, keyLawName(law), m[2]);
      } else {
        // Notes after the title, read as the statute keys read them (a version dates the law:
        // 《刑事诉讼法》（1996年）第一百八十九条 is 刑事诉讼法（1996年）#189), then its articles: a note
        // had ended the citation, and the dated key was no token. The notes' words stay tokens.
        const notes = titleNotes(normalised.slice(end, end + NOTES_WINDOW), law, m[1], issuer);
        let articles: string | undefined;
        let noteTokens: string[] = [];
        if (notes.length > 0) {
          noteTokens = segment(normalised.slice(end, end + notes.length));
          end += notes.length;
          ARTICLES_AFTER_NOTES.lastIndex = end;
          articles = ARTICLES_AFTER_NOTES.exec(normalised)?.[0];
          end += articles?.length ?? 0;
          // The recursion above reset the scan: it goes on past the notes and articles.
          PROTECTED.lastIndex = end;
        }
        pushStatute(emitted, keyLawName(notes.law), articles, noteTokens);
      }
    } else if (m[3] !== undefined) {
      const lawStart = lawNames.startOfMatchEndingAt(normalised, start, cursor);
      if (lawStart < 0) continue; // articles of an unnamed law: plain text
      pushStatute(emitted, canonicalLawName(normalised.slice(lawStart, start)), m[3]);
      start = lawStart;
    } else if (m[4] !== undefined) {
      pushStatute(emitted, m[4], undefined);
    } else if (m[5] !== undefined) {
      const month = pad2(m[6] ?? "");
      emitted.push(m[7] === undefined ? `${m[5]}-${month}` : `${m[5]}-${month}-${pad2(m[7])}`);
    } else if (m[8] !== undefined) {
      start = maskedNameStart(normalised, start, m[8], cursor);
      if (start < 0) continue; // not a name: plain text
      // A masked name emits nothing.
    }
    segmentPlain(normalised, cursor, start, seg, out);
    for (const token of emitted) out.push(token);
    cursor = end;
  }
  segmentPlain(normalised, cursor, normalised.length, seg, out);
  return out;
}

/** Tokens joined by single spaces: the form stored in the index's whitespace-analysed text fields. */
export function segmentToString(text: string): string {
  return segment(text).join(" ");
}
