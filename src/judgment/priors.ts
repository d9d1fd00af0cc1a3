/**
 * Prior records a criminal judgment states of its defendants in the parties' header: 被告人X，男，…。曾因
 * 犯盗窃罪于2015年被某县人民法院判处有期徒刑一年，2016年刑满释放。因涉嫌…被刑事拘留. Courts write a
 * defendant's earlier convictions there, and many nowhere else: a judgment's circumstance tags
 * (src/judgment/circumstances.ts), read from its facts and reasoning, had no 前科 for them. Pure.
 *
 * What counts is what the 前科 tag counts in the facts (曾因…, 有前科, 刑满释放: an administrative penalty
 * only when the court marks it past with 曾), and a conviction the header tells in any form (2010年因犯
 * 盗窃罪被某县人民法院判处拘役三个月): in a party's own paragraph a 判处 is of an earlier case. An
 * administrative detention written without 曾 is not read (因吸毒于…被行政拘留十日, 因本案被行政拘留):
 * most are the current arrest's. Not this case's own earlier judgment, which a retrial's or an appeal's
 * header may tell (因本案于…被某县人民法院判处…; 原审被告人Y，因犯…罪于2013年11月8日被…判处…, the
 * day the history says the first instance judged), nor what came of it after that day: the offence tried
 * was committed before this case was first judged, so a sentence passed or served out after that day is
 * this case's (…判处有期徒刑十个月，2017年12月28日刑满释放), or another crime's joined to it,
 * never a prior (刑法 §65 counts a crime committed after a sentence; §69–§71 join the rest). A retrial's
 * header may tell the judgment retried without a date (以包庇罪被某区人民法院判处有期徒刑十个月，2015年6月9
 * 日刑满释放): the term it began ended after this case was first judged, so it is this case's too; told
 * with no date and no release dated at all, not marked past with 曾 (因犯…罪，被本院判处…。现已刑满释放。), it is
 * the judgment the history dates: a court dates a prior (曾因…于…被判处…).
 */
import { circumstanceMatches } from "./circumstances.ts";
import { parseChineseDate, parseChineseInt } from "./numerals.ts";
import { isAccusedRole, partyParagraphs } from "./parties.ts";

const PRIOR = new Set(["前科"]);

/**
 * A conviction: a sentence passed on the party (被某县人民法院判处, 被判刑, 被…判决…, 法院以盗窃罪判处其…), an
 * exemption from punishment after a finding of guilt (免予刑事处罚), a parole (假释) — not 被告人 or 被害人,
 * nor a judgment the party failed to obey (拒不执行法院判决), nor a term (一审所判刑期届满).
 */
const CONVICTION = /判处|判刑(?!期)|被(?!告|害|上诉|申请|执行人)[^，。；]{0,40}?判决|免[予于]刑事处罚|假释/g;
/** The same, for a test (a global RegExp's test would carry its lastIndex over). */
const CONVICTION_ANY = new RegExp(CONVICTION.source);
/** This case named in its header (因本案于…被…判处, 因此案被…): its own earlier judgment. */
const THIS_CASE = /本案|此案|该案/;
/**
 * Where the header tells this case's own account (因涉嫌…, 因本案, 现因…; without such words, the custody it
 * is in: 被刑事拘留, 被逮捕, 取保候审…): its last opening in a party's paragraph, after the priors. A
 * conviction or release dated later than that account, or told after it on no earlier date, is this
 * case's: an appeal's first-instance sentence (…被逮捕。2015年8月16日，某市中级人民法院以X犯…罪，判处…), a
 * retrial's judgment retried, a term served before the appeal (因刑期届满于…刑满释放) — while priors a court
 * lists after the current custody but dated before it are priors (因涉嫌…于2016年被逮捕。2009年因犯盗窃罪被
 * 判处…). A conviction after the offence tried is not its 前科 either (刑法 §65 counts a crime committed
 * after a sentence; §70 joins a crime found after one to it).
 */
const THIS_CASE_OPENS = /涉嫌|因本案|因此案|现因|本次/g;
const CUSTODY = /刑事拘留|逮捕|取保候审|监视居住|羁押|收审|传唤|抓获/g;
/** Where a paragraph runs on into the history or the claims (…指控原审被告人X犯…罪一案，于…作出…判决). */
const HISTORY =
  /一案|作出[^，。；]{0,30}(?:判决|裁定)|不服|提出上诉|上诉(?:提出|称|理由)|指控|请求|辩护人提出|辩称|经审理|本院认为/;
/** A date to the year, month or day, in figures or in Chinese (2013年, 2013年11月, 二〇一三年十一月八日). */
const WHEN =
  /([\d〇○零一二三四五六七八九]{4})年(?:([\d一二三四五六七八九十元]{1,3})月(?:([\d一二三四五六七八九十]{1,3})日)?)?/g;

type When = { year: number; month?: number; day?: number; written: string };

/** A birth date (1953年6月23日出生, 生于1970年): no date of a prior or of this case's account. */
const BORN_AFTER = /^\s*(?:出生|生)/;
const BORN_BEFORE = /生于\s*$/;

function dates(text: string): When[] {
  return [...text.matchAll(WHEN)].flatMap((m) => {
    if (
      BORN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) ||
      BORN_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))
    )
      return [];
    const year = parseChineseInt(m[1] ?? "");
    if (year === undefined) return [];
    const month = m[2] === "元" ? 1 : m[2] ? parseChineseInt(m[2]) : undefined;
    const day = m[3] ? parseChineseInt(m[3]) : undefined;
    return [{ year, ...(month ? { month } : {}), ...(day ? { day } : {}), written: m[0] }];
  });
}

/** Which of two dates is later, to the precision both are written to: 0 where they cannot be told apart. */
function compareWhen(a: When, b: When): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined || a.month !== b.month)
    return a.month === undefined || b.month === undefined ? 0 : a.month - b.month;
  return a.day === undefined || b.day === undefined ? 0 : a.day - b.day;
}

/**
 * The days this case's earlier instances judged, as its history tells them (于2013年11月8日作出
 * （2013）某刑初字第1号刑事判决, 本院于2011年4月7日以（2011）某刑初字第52号刑事判决书判处…): a
 * conviction the header dates that day is this case's.
 */
export function earlierJudgmentDays(history: string): Set<string> {
  return new Set(judgmentDays(history).map((d) => d.day));
}

/** {@link earlierJudgmentDays}'s days, each with where it is written. */
function judgmentDays(history: string): { day: string; index: number }[] {
  const days: { day: string; index: number }[] = [];
  for (const m of history.matchAll(WHEN)) {
    const after = history.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const day = parseChineseDate(m[0]);
    if (day && JUDGED_THAT_DAY.test(after)) days.push({ day, index: m.index });
  }
  return days;
}
/** What follows the day of a judgment: 作出 it, or 以 its number (以（2011）某刑初字第52号刑事判决书). */
const JUDGED_THAT_DAY =
  /^[^，。；]{0,10}?(?:作出|以[（(〔［[][\d〇○零一二三四五六七八九]{4}[）)〕］\]][^，。；]{0,30}?(?:判决|裁定))/;

/** The first of `days` (ISO, 2015-01-20) as a date to compare. */
function firstOf(days: ReadonlySet<string>): When | undefined {
  const first = [...days].sort()[0];
  if (!first) return undefined;
  const [year, month, day] = first.split("-").map(Number);
  return year && month && day ? { year, month, day, written: first } : undefined;
}

/**
 * When the term a conviction began ended, as its sentence tells it after the conviction (…判处有期徒刑
 * 十个月，2015年6月9日刑满释放; 刑期至…止，已于…释放).
 */
function termEnded(own: string, end: number): When | undefined {
  const rest = own.slice(end, sentenceTo(own, end));
  const release = /刑满释放|释放|执行完毕/.exec(rest);
  return release ? dates(rest.slice(0, release.index)).at(-1) : undefined;
}

/** Where the clause holding `index` begins, and where its sentence ends. */
const clauseFrom = (text: string, index: number) =>
  Math.max(...[..."，,。；;"].map((c) => text.lastIndexOf(c, index - 1))) + 1;
const sentenceTo = (text: string, index: number) => {
  const ends = [..."。；;"].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return ends.length > 0 ? Math.min(...ends) : text.length;
};

/**
 * Whether a party's paragraph of the header states a prior of theirs: the 前科 tag's own forms
 * (src/judgment/circumstances.ts: 曾因…, 有前科, 刑满释放, not 无前科) or a conviction; before the history
 * begins, and not this case's: dated later than its account or told after it ({@link THIS_CASE_OPENS}),
 * in a sentence naming this case before it, dated a day this case's earlier instances judged
 * (`earlier`: {@link earlierJudgmentDays}) or after the first of the days its history tells (`judged`,
 * the same), undated with a term that ended after that day, or undated to its sentence's end with no
 * release dated and no 曾 where the history dates this case's judgment.
 */
export function statesPrior(
  paragraph: string,
  earlier: ReadonlySet<string> = new Set(),
  judged: ReadonlySet<string> = earlier,
): boolean {
  const first = firstOf(judged);
  const history = paragraph.search(HISTORY);
  const own = history < 0 ? paragraph : paragraph.slice(0, history);
  // This case's account, and its date (2015年3月14日因本案被刑事拘留, 因涉嫌…于2018年被…). Not a prior's
  // told with 涉嫌 (2001年因涉嫌故意伤害罪被…判处…) where custody comes in a sentence after it.
  const custody = [...own.matchAll(CUSTODY)].at(-1)?.index;
  let opens = [...own.matchAll(THIS_CASE_OPENS)].at(-1)?.index ?? custody;
  if (opens !== undefined && custody !== undefined) {
    const end = sentenceTo(own, opens);
    if (custody > end && CONVICTION_ANY.test(own.slice(opens, end))) opens = custody;
  }
  const opened =
    opens === undefined
      ? undefined
      : (dates(own.slice(clauseFrom(own, opens), opens)).at(-1) ??
        dates(own.slice(opens, sentenceTo(own, opens)))[0] ??
        dates(own.slice(0, opens)).at(-1));
  const forms = [
    ...circumstanceMatches(own, PRIOR).map((m) => m.index + 2),
    ...[...own.matchAll(CONVICTION)].map((m) => m.index + m[0].length),
  ].sort((a, b) => a - b);
  for (const end of forms) {
    const sentence = own.slice(Math.max(...[..."。；;\n"].map((c) => own.lastIndexOf(c, end - 1))) + 1, end);
    if (THIS_CASE.test(sentence)) continue;
    // Its date: the last written before it (2009年4月9日被某县人民法院判处…；犯…罪，判处…: the same day's).
    const when = dates(own.slice(0, end)).at(-1);
    const day = parseChineseDate(when?.written ?? "");
    if (day && earlier.has(day)) continue;
    if (first) {
      // Undated in its own sentence: the term it began tells (…判处…，2015年6月9日刑满释放).
      const dated = dates(sentence).length > 0;
      const at = dated ? when : termEnded(own, end);
      if (at && compareWhen(at, first) > 0) continue;
      // Undated to its sentence's end, no release dated, and not marked past with 曾: the judgment the
      // history dates, told again (因犯…罪，被本院判处…。现已刑满释放。) — a court dates a prior.
      if (!at && !dated && !/曾/.test(sentence) && dates(own.slice(end, sentenceTo(own, end))).length === 0)
        continue;
    }
    if (opens !== undefined) {
      const later = when && opened ? compareWhen(when, opened) : 0;
      if (later > 0 || (later === 0 && end > opens)) continue;
    }
    return true;
  }
  return false;
}

/**
 * Of a judgment's defendants (`names`, those it sentences), those whose own paragraph of the parties'
 * header (`partiesText`) states a prior ({@link statesPrior}); the history (`history`, and the header's
 * own lines where the history runs into it) tells this case's earlier judgments. With no names (no
 * sentence read), every accused the header names. A paragraph's name is a defendant's when it is theirs
 * or holds theirs or is held in theirs alone (李某 of 李某某, a name the header runs on into a date), or
 * when the header names one accused and the judgment sentences one.
 */
export function priorsInHeader(
  partiesText: string | undefined,
  names: readonly string[],
  history?: string,
): string[] {
  if (!partiesText) return [];
  const paragraphs = partyParagraphs(partiesText).filter((p) => isAccusedRole(p.role));
  const accused = new Set(paragraphs.flatMap((p) => p.names));
  // One scan of the header and the history: a date's match never runs across the line joining them, so
  // the history's days are those the history alone gives.
  const days = judgmentDays(`${partiesText}\n${history ?? ""}`);
  const earlier = new Set(days.map((d) => d.day));
  // The first day this case was judged, from its history alone: a day the header tells may be a prior's
  // (曾因…，某县人民法院于2010年5月6日作出…判决), and all that came after it would be lost.
  const judged = new Set(days.filter((d) => d.index > partiesText.length).map((d) => d.day));
  const found = new Set<string>();
  for (const p of paragraphs) {
    const whose =
      names.length === 0
        ? p.names
        : names.length === 1 && accused.size === 1
          ? names
          : p.names.flatMap((n) => sentencedAs(n, names));
    if (whose.some((n) => !found.has(n)) && statesPrior(p.text, earlier, judged))
      for (const n of whose) found.add(n);
  }
  return [...found];
}

/** The defendant a header's name is: the same name, else the one name holding it or held in it. */
function sentencedAs(name: string, names: readonly string[]): string[] {
  if (names.includes(name)) return [name];
  const alike = names.filter(
    (n) => n.length >= 2 && name.length >= 2 && (n.includes(name) || name.includes(n)),
  );
  return alike.length === 1 ? alike : [];
}
