/**
 * Cited statutes (《…》第…条第…款第…项) normalised to canonical law names (src/text/law-titles.ts) and
 * integer positions.
 */

import { canonicalLawName, ISSUER, TITLE_WORDS } from "../text/law-titles.ts";
import { LAW_ABBREVIATIONS, NATIONAL_LAWS, nationalLawName } from "../text/laws.ts";
import { parseChineseInt } from "./numerals.ts";
import type { StatuteRef } from "./record.ts";

/** A national law no longer in force: the day it ceased and the provision that repealed it. */
export interface RepealedLaw {
  /** The day the repealing law took effect (ISO). */
  since: string;
  /** The repealing provision, as a judge cites it. */
  by: string;
}

/**
 * National laws, and State Council regulations, since repealed, by their short name (the statute keys'
 * law: 中华人民共和国 dropped).
 * A case decided under one may still be alike in its facts, but its application of law must be read
 * against the law in force: a guiding case binds unless superseded by newer law (SPC 2020
 * 类案检索指导意见 §9; 最高人民法院关于案例指导工作的规定实施细则 §12). Only repeals a law states by name:
 * an amended law keeps its name (the 1979 and 1997 刑法 are one key) and is not listed.
 */
export const REPEALED_LAWS: Readonly<Record<string, RepealedLaw>> = (() => {
  // 民法典 §1260: 本法自2021年1月1日起施行。婚姻法、继承法、民法通则、收养法、担保法、合同法、物权法、
  // 侵权责任法、民法总则同时废止。
  const civilCode = { since: "2021-01-01", by: "《民法典》第一千二百六十条" };
  // 合同法 (1999) §428: 本法自1999年10月1日起施行，经济合同法、涉外经济合同法、技术合同法同时废止。
  const contractLaw = { since: "1999-10-01", by: "《合同法》第四百二十八条" };
  // 外商投资法 §42: 本法自2020年1月1日起施行。《中华人民共和国中外合资经营企业法》、《中华人民共和国外资企业法》、
  // 《中华人民共和国中外合作经营企业法》同时废止。
  const foreignInvestment = { since: "2020-01-01", by: "《外商投资法》第四十二条" };
  // 企业所得税法 §60: 本法自2008年1月1日起施行。…《中华人民共和国外商投资企业和外国企业所得税法》和…
  // 《中华人民共和国企业所得税暂行条例》同时废止。
  const enterpriseIncomeTax = { since: "2008-01-01", by: "《企业所得税法》第六十条" };
  // 道路交通安全法实施条例 §115: 本条例自2004年5月1日起施行。…《中华人民共和国道路交通管理条例》，…
  // 《道路交通事故处理办法》，同时废止。
  const roadTraffic = { since: "2004-05-01", by: "《道路交通安全法实施条例》第一百一十五条" };
  return {
    婚姻法: civilCode,
    继承法: civilCode,
    民法通则: civilCode,
    收养法: civilCode,
    担保法: civilCode,
    合同法: civilCode,
    物权法: civilCode,
    侵权责任法: civilCode,
    民法总则: civilCode,
    经济合同法: contractLaw,
    涉外经济合同法: contractLaw,
    技术合同法: contractLaw,
    // 民事诉讼法 (1991) §270: 本法自公布之日起施行，民事诉讼法（试行）同时废止。
    "民事诉讼法（试行）": { since: "1991-04-09", by: "《民事诉讼法》（1991年）第二百七十条" },
    // 治安管理处罚法 (2005) §119: 本法自2006年3月1日起施行。…治安管理处罚条例同时废止. The year is
    // said: the law's later revisions renumber its articles.
    治安管理处罚条例: { since: "2006-03-01", by: "《治安管理处罚法》（2005年）第一百一十九条" },
    // 城乡规划法 §70: 本法自2008年1月1日起施行。《中华人民共和国城市规划法》同时废止。
    城市规划法: { since: "2008-01-01", by: "《城乡规划法》第七十条" },
    // 监察法 (2018) §69: 本法自公布之日起施行（2018年3月20日）。《中华人民共和国行政监察法》同时废止。
    行政监察法: { since: "2018-03-20", by: "《监察法》（2018年）第六十九条" },
    // 食品安全法 (2009) §104: 本法自2009年6月1日起施行。《中华人民共和国食品卫生法》同时废止。
    食品卫生法: { since: "2009-06-01", by: "《食品安全法》（2009年）第一百零四条" },
    // 企业破产法 §136: 本法自2007年6月1日起施行，《中华人民共和国企业破产法（试行）》同时废止。
    "企业破产法（试行）": { since: "2007-06-01", by: "《企业破产法》第一百三十六条" },
    中外合资经营企业法: foreignInvestment,
    外资企业法: foreignInvestment,
    中外合作经营企业法: foreignInvestment,
    外商投资企业和外国企业所得税法: enterpriseIncomeTax,
    企业所得税暂行条例: enterpriseIncomeTax,
    // 环境保护法 (1989) §47: 本法自公布之日起施行（1989年12月26日）。《中华人民共和国环境保护法（试行）》同时废止。
    "环境保护法（试行）": { since: "1989-12-26", by: "《环境保护法》（1989年）第四十七条" },
    // 律师法 (1996) §53: 本法自1997年1月1日起施行。…《中华人民共和国律师暂行条例》同时废止。
    律师暂行条例: { since: "1997-01-01", by: "《律师法》（1996年）第五十三条" },
    // 行政复议法 (1999) §43: 本法自1999年10月1日起施行。…国务院…发布的《行政复议条例》同时废止。
    行政复议条例: { since: "1999-10-01", by: "《行政复议法》（1999年）第四十三条" },
    // Regulations of the State Council repealed by name by the one that replaced them.
    道路交通管理条例: roadTraffic,
    道路交通事故处理办法: roadTraffic,
    // 婚姻登记条例 (2003) §22: 本条例自2003年10月1日起施行。…《婚姻登记管理条例》同时废止。
    婚姻登记管理条例: { since: "2003-10-01", by: "《婚姻登记条例》（2003年）第二十二条" },
    // 国有土地上房屋征收与补偿条例 §35: 本条例自公布之日起施行（2011年1月21日）。…《城市房屋拆迁管理条例》同时废止。
    城市房屋拆迁管理条例: { since: "2011-01-21", by: "《国有土地上房屋征收与补偿条例》第三十五条" },
  };
})();

/**
 * The 1997 revision of the Criminal Law took effect on 1997-10-01 (刑法 §452) and renumbered every
 * article: a judgment decided before then applied the 1979 law (its 刑法#150 is 抢劫, today's §263).
 */
const CRIMINAL_LAW_1997 = "1997-10-01";

/**
 * The 1979 Criminal Law as a law of its own (key `刑法（1979年）#150`): its articles are numbered
 * otherwise than today's, so a citation of it must not match today's article of the same number
 * (1979 §132 is 故意杀人, today's §132 铁路运营安全事故). Cited so by judgments decided before
 * 1997-10-01 and by later ones applying it to earlier acts under 从旧兼从轻 (刑法 §12).
 */
export const CRIMINAL_LAW_1979 = "中华人民共和国刑法（1979年）";
/** Its key's law, as statute keys drop 中华人民共和国 (src/search/documents.ts shortLawName). */
const CRIMINAL_1979_KEY = CRIMINAL_LAW_1979.replace(/^中华人民共和国/, "");

/**
 * Words before a citation of the Criminal Law that name the 1979 law: 1979年《刑法》, 1979年7月1日通过的
 * 《刑法》, 1997年修订前的《刑法》 (the 年 sometimes left out: 1979《刑法》, 1979的《刑法》). Not 修订前 or 修正前 alone: those also name a text before an amendment
 * (2015年修订前的《刑法》第三百八十九条 is 修正案（九）'s, numbered as today).
 */
const CRIMINAL_1979_BEFORE =
  /(?:1979\s?年?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:通过|颁布|公布|施行|制定)?的?|1997\s?年(?:修订|修改)前的?)$/;
/**
 * The year each national law's articles were last renumbered (to 2024): a citation of an earlier text,
 * which a note after its title dates (《刑事诉讼法》（1996年）第一百六十二条), cites other articles under
 * the same numbers, and is keyed as a law of its own, `刑事诉讼法（1996年）#162`, as the 1979 Criminal
 * Law is; one of that year or later is today's article. A law not listed keeps its dated key however
 * it was amended: its numbering is not known here, and a dated key never pretends to be today's
 * article.
 */
const LAST_RENUMBERED: Readonly<Record<string, number>> = {
  // The 1997 revision (刑法 §452); before it, the 1979 law (CRIMINAL_LAW_1979).
  中华人民共和国刑法: 1997,
  // 全国人民代表大会常务委员会关于修改《中华人民共和国刑事诉讼法》的决定 (2018-10-26): 对条文顺序作相应调整.
  中华人民共和国刑事诉讼法: 2018,
  // 全国人民代表大会常务委员会关于修改《中华人民共和国民事诉讼法》的决定 (2023-09-01): 对条文顺序作相应调整.
  中华人民共和国民事诉讼法: 2023,
  // 全国人民代表大会常务委员会关于修改《中华人民共和国行政诉讼法》的决定 (2014-11-01): 对条文顺序作相应调整;
  // the decision of 2017-06-27 added a paragraph to §25 only.
  中华人民共和国行政诉讼法: 2014,
  // 环境保护法 revised whole on 2014-04-24 (§70: in force 2015-01-01), not amended since.
  中华人民共和国环境保护法: 2014,
  // One text: adopted 2020-05-28, in force 2021-01-01 (民法典 §1260).
  中华人民共和国民法典: 2020,
};

/** A dated law's key: the law and the year its note names (刑事诉讼法（1996年）). */
const DATED_LAW = /^(.+)（(\d{4})年）$/;

/**
 * A note in brackets right after a title, before its articles: a version (（1996年）, （2012年修正）,
 * （2021年施行）, （自2016年4月18日起施行）), the title's own part (（试行）, （二）), or words that name
 * nothing more (（以下简称刑法）, a document number （法释〔2013〕12号）, （节录）, （已废止）, （修正前）).
 */
const TITLE_NOTE = /^\s?[（(]((?:[^（）()《》]|《[^《》]{1,40}》){1,40})[）)]/;
const VERSION_NOTE =
  /^自?\s?((?:19|20)\d{2})\s?年?(?:\d{1,2}\s?月(?:\d{1,2}\s?日)?)?起?(?:修正|修订|修改|施行|实施|通过|公布|颁布|发布)?$/;
/** A note giving a title a short name, and the name: （以下简称《解释》）, （以下简称“意见”）. */
const SHORT_NAME_NOTE = /^以下(?:简|统)?称[《“"]?([^《》“”"]{1,20}?)[》”"]?$/;
const TITLE_PART_NOTE = /^(?:试行|暂行|[一二三四五六七八九十]{1,3})$/;
const WORDLESS_NOTE =
  /^(?:以下(?:简|统)?称.*|\p{Script=Han}{0,8}[〔［[【(（]\s?(?:19|20)\d{2}\s?[〕］\]】)）]\s?第?\s?\d{1,4}\s?号|节录|摘录|已废止|已失效|(?:修改|修正|修订)前)$/u;

/**
 * The law a title's note makes it ({@link TITLE_NOTE}), or undefined for a bracket that is no note: a
 * version before the law's last renumbering dated (`刑事诉讼法（1996年）`; the Criminal Law before 1997
 * the 1979 law), one at or after it the law; the title's part read with it (《人民检察院刑事诉讼规则》
 * （试行） is 《人民检察院刑事诉讼规则（试行）》); any other note the law as it was.
 */
function notedLaw(law: string, note: string, title: string, issuer: string): string | undefined {
  const version = VERSION_NOTE.exec(note);
  if (version?.[1]) {
    // Dated already by the note's first date (（2015年12月24日修订，2016年5月1日起施行）).
    if (DATED_LAW.test(law)) return law;
    const year = Number(version[1]);
    const renumbered = LAST_RENUMBERED[law];
    if (renumbered !== undefined && year >= renumbered) return law;
    if (law === "中华人民共和国刑法") return CRIMINAL_LAW_1979;
    return `${law}（${year}年）`;
  }
  if (TITLE_PART_NOTE.test(note)) return canonicalLawName(`${title}（${note}）`, issuer);
  return WORDLESS_NOTE.test(note) ? law : undefined;
}

/** What the notes right after a title make of it ({@link titleNotes}). */
export interface TitleNotes {
  /** The law the title and its notes name (canonical: src/text/law-titles.ts canonicalLawName). */
  law: string;
  /** How many characters of the text after the title the notes take: 0 for none. */
  length: number;
  /** The short names the notes give the title (（以下简称《解释》）), each with the law it names. */
  shortNames: [string, string][];
}

/**
 * The notes right after a title ({@link TITLE_NOTE}), at most two, read past as one reading for the
 * statute keys ({@link normaliseStatutes}) and the tokens of segmentation (src/text/segment.ts), so that
 * 《刑事诉讼法》（1996年）第一百八十九条 is `刑事诉讼法（1996年）#189` in both: `after` is the text right
 * after the title's 》, `law` the title's canonical name, `title` as written and `issuer` the bodies
 * written before it. A bracket that is no note ({@link notedLaw}) ends the reading.
 */
export function titleNotes(after: string, law: string, title: string, issuer = ""): TitleNotes {
  const out: TitleNotes = { law, length: 0, shortNames: [] };
  for (let n = 0; n < 2; n++) {
    const note = TITLE_NOTE.exec(after.slice(out.length));
    if (!note?.[1]) break;
    // A note may say several things: （法释〔2013〕18号，以下简称《解释》）.
    let noted: string | undefined = out.law;
    const said = note[1].replace(/\s/g, "").split(/[，,；;]/);
    for (const words of said) noted = noted === undefined ? undefined : notedLaw(noted, words, title, issuer);
    if (noted === undefined) break;
    out.law = noted;
    // A short name for a title (《解释》, 《盗窃解释》), not a national law's own (以下简称刑法).
    for (const words of said) {
      const short = SHORT_NAME_NOTE.exec(words)?.[1];
      if (short !== undefined && nationalLawName(short) === undefined) out.shortNames.push([short, noted]);
    }
    out.length += note[0].length;
  }
  return out;
}

/**
 * A typed title written with the notes a citation writes after it (刑事诉讼法（1996年修正）): the title,
 * its notes and the law they make it ({@link titleNotes}); the title ends before the first bracket that
 * starts notes read to the end. Undefined when none are, or when they name what the whole names (a
 * title's own part: 刑法修正案（九）, 民事诉讼法（试行）).
 */
function typedNotes(written: string): { title: string; notes: string; law: string } | undefined {
  for (let p = written.indexOf("（", 1); p > 0; p = written.indexOf("（", p + 1)) {
    const title = written.slice(0, p);
    const notes = titleNotes(written.slice(p), canonicalLawName(title), title);
    if (notes.length !== written.length - p) continue;
    return notes.law === canonicalLawName(written)
      ? undefined
      : { title, notes: written.slice(p), law: notes.law };
  }
  return undefined;
}

/** A bracket at the end of a name, and a year in one. */
const LAST_BRACKET = /（[^（）]*）$/;
const YEAR = /(?:19|20)\d{2}/;

/**
 * A law's name as a judge types it in a key, perhaps with the notes a citation writes after its title
 * (刑事诉讼法（1996年修正）, 刑法（1998年）): the law the index keys the citation 《title》（notes） by
 * ({@link titleNotes}: `刑事诉讼法（1996年）`, `刑法`), so that a typed version is never a key no judgment
 * has. `unread` is a last bracket that is no such note though it holds a year (（1996年修正本）) or follows a
 * national law's name (刑法（盗窃）): such a key matched nothing, and is refused.
 */
export function typedLawName(written: string): { law: string; unread?: string } {
  const noted = typedNotes(written);
  if (noted) return { law: noted.law };
  const law = canonicalLawName(written);
  const last = LAST_BRACKET.exec(written);
  if (
    last &&
    titleNotes(last[0], law, written).length === 0 &&
    (YEAR.test(last[0]) || nationalLawName(written.slice(0, last.index)) !== undefined)
  )
    return { law, unread: last[0] };
  return { law };
}

/**
 * References as the judgment decided on `decisionDate` applied them: before 1997-10-01 the Criminal
 * Law it cites is the 1979 law (刑法 §452).
 */
export function asDecided(refs: StatuteRef[], decisionDate: string | undefined): StatuteRef[] {
  if (decisionDate === undefined || decisionDate >= CRIMINAL_LAW_1997) return refs;
  return refs.map((ref) => (ref.law === "中华人民共和国刑法" ? { ...ref, law: CRIMINAL_LAW_1979 } : ref));
}

/**
 * What a judge is told of a case that applied repealed laws, given its statute keys (刑法#264,
 * 合同法#107) and its decision date: which laws, since when and by what provision, and which texts it
 * cites by a note's date were renumbered since (刑事诉讼法（1996年）#189, {@link LAST_RENUMBERED}), one
 * sentence; undefined when none.
 */
export function repealedLawNotice(statuteKeys: readonly string[], decisionDate?: string): string | undefined {
  const criminal1979 = statuteKeys.some((key) => {
    const law = key.split("#")[0];
    return (
      law === CRIMINAL_1979_KEY ||
      (law === "刑法" && decisionDate !== undefined && decisionDate < CRIMINAL_LAW_1997)
    );
  });
  const byRepeal = new Map<RepealedLaw, string[]>();
  for (const key of statuteKeys) {
    const law = key.split("#")[0] ?? "";
    const repeal = Object.hasOwn(REPEALED_LAWS, law) ? REPEALED_LAWS[law] : undefined;
    if (!repeal) continue;
    const laws = byRepeal.get(repeal) ?? [];
    if (!laws.includes(law)) laws.push(law);
    byRepeal.set(repeal, laws);
  }
  const parts = [...byRepeal].map(([repeal, laws]) => {
    const [y, m, d] = repeal.since.split("-").map(Number);
    return `${laws.map((l) => `《${l}》`).join("")}已于${y}年${m}月${d}日废止（${repeal.by}）`;
  });
  // A text since renumbered, as a note after its title dates it (刑事诉讼法（1996年）#189).
  const renumbered = new Set<string>();
  for (const key of statuteKeys) {
    const dated = DATED_LAW.exec(key.split("#")[0] ?? "");
    const law = dated?.[1];
    if (law === undefined || law === "刑法" || LAST_RENUMBERED[`中华人民共和国${law}`] === undefined)
      continue;
    renumbered.add(`${dated?.[2]}年《${law}》的条文序号与现行《${law}》不同`);
  }
  parts.push(...renumbered);
  if (criminal1979)
    parts.unshift(
      "1979年《刑法》已由1997年修订的《刑法》自1997年10月1日起取代（《刑法》第四百五十二条），条文序号不同",
    );
  if (parts.length === 0) return undefined;
  return `所适用的${parts.join("，")}，参照时应对照现行法律`;
}

/** The bodies that issued a title, one or several (最高人民法院、最高人民检察院, 两高). */
const ISSUERS = `(?:${ISSUER}(?:[、和与]?${ISSUER})*)`;
const TITLE_WORD = new RegExp(TITLE_WORDS);
/** The answers and replies of old: documents a judge may type the title of, beside the title words. */
const REPLY_WORDS = "解答|答复|复函";
/** A title's own brackets after it: （试行）, （二）. */
const OWN_BRACKETS = "(?:（[^（）]*）)*";
/** How a title a judge types may end: a title word or a reply's, and its own brackets. */
const TYPED_TITLE_WORD = `(?:${TITLE_WORDS}|${REPLY_WORDS})${OWN_BRACKETS}`;
/**
 * How a title holding a title word (src/text/law-titles.ts TITLE_WORDS, {@link TITLE_WORD}) ends when it
 * is one of a law, regulation, rule or judicial document: in a title word, or in one of the older or
 * rarer kinds (民法典, 实施细则, 民法通则, 民法总则, the SPC's 解答, 答复, 复函 and 函, the two highest
 * bodies' 通告, a 公约, the SPC's 规程 and 规范), perhaps numbered (…解释（二）, …解释二) or noted
 * (（试行）); or a 关于… title cut before its kind (…若干问题). Not a title merely holding a title word,
 * which had been read as a law: 《起诉意见书》, 《行政处罚决定书》, 《刑法释义》, 《人民法院报》.
 */
const LEGAL_TITLE = new RegExp(
  `(?:(?:${TITLE_WORDS}|法典|细则|通则|总则|${REPLY_WORDS}|函|通告|公约|规程|规范)[一二三四五六七八九十]?|^${ISSUERS}?关于.+问题)${OWN_BRACKETS}$`,
);
/**
 * Titles ending in 法 that name a way of doing, not a law (《…评估推荐方法》), and a kind alone or with a
 * word any document of it may have (《解释》, 《办法》, 《暂行办法》, 《会议纪要》: the short name a text
 * gives a title it has named in full, of no law alone).
 */
const NO_LEGAL_TITLE = new RegExp(
  `(?:方法|做法|说法|看法|想法|手法|写法|疗法|书法|算法|语法|兵法|技法)$|^(?:暂行|补充|联合|会议|指导|司法|立法)?(?:${TITLE_WORDS})$`,
);

const NUM = "[零〇一二两三四五六七八九十百千0-9０-９]+";
/** One position token: 第X条[之Y] | 第X款 | 第（X）项 | （X）项 — lists such as 第一款、第三款 expand. */
const POSITION_RE = new RegExp(
  `第\\s?(${NUM})\\s?条(?:之(${NUM}))?|第\\s?(${NUM})\\s?款|第?\\s?[（(]?(${NUM})[）)]?\\s?项|第?[（(](${NUM})[）)]`,
  "g",
);
/** Text between two position tokens that keeps them in one list (；too: 第一、四款；第六十七条；第六十四条). */
const LIST_GLUE = /^[\s、，,；;及和以与或]*$/;

/** A shared unit: 第一、四款 (第一款、第四款), 第五十二条、五十三条 (第五十三条 without its 第). */
const SHARED_UNIT_RE = new RegExp(`第\\s?(${NUM}(?:\\s?[、和及]\\s?第?\\s?${NUM})+)\\s?(条|款|项)`, "g");
const BARE_ARTICLE_RE = new RegExp(`([、，,和及]\\s?)(${NUM}\\s?条)`, "g");

/**
 * Slips of the pen in a citation that would end its list: an article's 条 left out before its
 * paragraph (第三百四十七第一款, (2016)川01刑初992号), a list's first article without its 第
 * (《刑法》二百三十六条第二款). Each dropped every article the judgment cites after it.
 */
const MISSING_TIAO_RE = new RegExp(`第\\s?(${NUM})(?=\\s?第\\s?${NUM}\\s?[款项])`, "g");
const FIRST_WITHOUT_DI_RE = new RegExp(`^([\\s的]*)(${NUM}\\s?条)`);

/** The list written out in full: 第X条 for each article, 第X款 for each paragraph. */
function expandLists(segment: string): string {
  return segment
    .replace(MISSING_TIAO_RE, "第$1条")
    .replace(FIRST_WITHOUT_DI_RE, "$1第$2")
    .replace(SHARED_UNIT_RE, (_, list: string, unit: string) =>
      list
        .split(/\s?[、和及]\s?/)
        .map((n) => `第${n.replace(/^第\s?/, "")}${unit}`)
        .join("、"),
    )
    .replace(BARE_ARTICLE_RE, "$1第$2");
}

/** Positions cited right after a law name, up to the end of the list. */
function parsePositions(written: string, law: string, lawRaw: string): StatuteRef[] {
  const segment = expandLists(written);
  const refs: StatuteRef[] = [];
  let current: StatuteRef | undefined;
  let last = 0;
  for (const m of segment.matchAll(POSITION_RE)) {
    if (
      !LIST_GLUE.test(segment.slice(last, m.index)) &&
      !(last === 0 && /^[\s的]*$/.test(segment.slice(0, m.index)))
    )
      break;
    last = m.index + m[0].length;
    if (m[1]) {
      current = { law, article: parseChineseInt(m[1]), raw: `${lawRaw}${m[0]}` };
      const sub = m[2] ? parseChineseInt(m[2]) : undefined;
      if (sub !== undefined) current.subArticle = sub;
      refs.push(current);
      continue;
    }
    if (!current) break;
    const which = m[3] ? "paragraph" : "item";
    const value = parseChineseInt(m[3] ?? m[4] ?? m[5] ?? "");
    if (value === undefined) continue;
    // A second 款 (or 项) in a row is a sibling of the previous one: 第六十七条第一款、第三款.
    const hasSlot = which === "paragraph" ? current.paragraph !== undefined : current.item !== undefined;
    if (hasSlot) {
      const sibling: StatuteRef = { law, article: current.article, raw: `${current.raw ?? ""}${m[0]}` };
      if (current.subArticle !== undefined) sibling.subArticle = current.subArticle;
      if (which === "item" && current.paragraph !== undefined) sibling.paragraph = current.paragraph;
      current = sibling;
      refs.push(current);
    } else {
      current.raw = `${current.raw ?? ""}${m[0]}`;
    }
    if (which === "paragraph") current.paragraph = value;
    else current.item = value;
  }
  return refs;
}

const BARE_LAWS = [...NATIONAL_LAWS, ...Object.keys(LAW_ABBREVIATIONS)].sort((a, b) => b.length - a.length);
/** A national law's name, perhaps abbreviated, as a citation may write it without 《》 ({@link BARE_LAWS}). */
const BARE_LAW = `(?:${BARE_LAWS.join("|")})`;
// A title may name another inside, bracketed 《》 or by a slip （》: 《…关于适用（…刑事诉讼法》的解释》.
// A line may break inside a title (…的规定\n\n（一）, in write-ups' Markdown), as segmentation reads one,
// which sees no line breaks (src/text/normalize.ts TITLE): the title is named without it.
const CITATION_RE = new RegExp(
  `(${ISSUERS})?(?:《((?:《[^《》]{1,60}》|（[^《》（）]{1,60}》|[^《》]){1,120})》|(?:中华人民共和国)?(${BARE_LAW})(?=第))`,
  "g",
);

/**
 * Every statute cited in the text, normalised and de-duplicated, in order of first citation.
 * A law named without articles yields one reference with the law only.
 */
export function normaliseStatutes(text: string): StatuteRef[] {
  const out: StatuteRef[] = [];
  const seen = new Set<string>();
  for (const { refs } of citations(text)) {
    for (const ref of refs) {
      const key = refIdentity(ref);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(ref);
    }
  }
  return out;
}

/** A reference's law and positions, its raw text aside. */
function refIdentity(ref: StatuteRef): string {
  return `${ref.law}|${ref.article ?? ""}|${ref.subArticle ?? ""}|${ref.paragraph ?? ""}|${ref.item ?? ""}`;
}

/** One citation read from a text: its references and where its words are. */
interface Citation {
  refs: StatuteRef[];
  /** Where its words begin: its title's, or those naming the 1979 law before it (1979年《刑法》). */
  start: number;
  /** Where the positions after its title begin (past a （1979年） after it). */
  positionsStart: number;
  /** The text its positions are read from. */
  segment: string;
  law: string;
  lawRaw: string;
}

/** Every citation of a title or law in the text, in order, each with the references it cites. */
function citations(text: string): Citation[] {
  const source = text.replace(/[〈﹤]/g, "《").replace(/[〉﹥]/g, "》");
  const out: Citation[] = [];
  const matches = [...source.matchAll(CITATION_RE)];
  /** Where the last citation's notes end: a title named inside one (（以下简称《刑法》）) is no citation. */
  let notesEnd = 0;
  /** The short names the text gives titles (（以下简称《解释》）), each the law it names. */
  const shortNames = new Map<string, string>();
  matches.forEach((m, i) => {
    const title = m[2] ?? m[3];
    if (!title || m.index < notesEnd) return;
    let law =
      (shortNames.size > 0 ? shortNames.get(canonicalLawName(title)) : undefined) ??
      canonicalLawName(title, m[1] ?? "");
    if (!TITLE_WORD.test(law) || !LEGAL_TITLE.test(law) || NO_LEGAL_TITLE.test(law)) return;
    let positionsStart = m.index + m[0].length;
    let segment = source.slice(positionsStart, positionsStart + 300);
    let start = m.index;
    const criminalLaw = law === "中华人民共和国刑法";
    // Notes after the title (《刑事诉讼法》（1996年）, （以下简称刑法）), perhaps two, read past: they had
    // ended the citation before its articles.
    const notes = titleNotes(segment, law, title, m[1] ?? "");
    law = notes.law;
    for (const [short, named] of notes.shortNames) shortNames.set(canonicalLawName(short), named);
    segment = segment.slice(notes.length);
    positionsStart += notes.length;
    notesEnd = positionsStart;
    // Up to the next citation past the notes (a note may name one: （以下简称《刑法》）).
    let next = i + 1;
    while ((matches[next]?.index ?? source.length) < positionsStart) next++;
    segment = segment.slice(0, (matches[next]?.index ?? source.length) - positionsStart);
    if (criminalLaw) {
      const before = CRIMINAL_1979_BEFORE.exec(source.slice(Math.max(0, m.index - 16), m.index));
      if (before) {
        law = CRIMINAL_LAW_1979;
        start -= before[0].length;
      }
    }
    const refs = parsePositions(segment, law, m[0]);
    out.push({
      refs: refs.length > 0 ? refs : [{ law, raw: m[0] }],
      start,
      positionsStart,
      segment,
      law,
      lawRaw: m[0],
    });
  });
  return out;
}

/**
 * What may stand around or between the statutes of an entry and name nothing more: separators, the
 * words a judgment cites by (依照我国…的相关规定, 根据…之规定), and a paragraph, item or sub-item a slip
 * kept from its article's list (第五十三条一款, 第(一)项第二目), which no key holds (src/search/documents.ts
 * statuteKey).
 */
const CITING_WORDS = new RegExp(
  `^(?:[\\s、，,；;。和及与或的]|以及|依照|依据|根据|按照|我国|相关|有关|之规定|规定|第?${NUM}[款项目])*$`,
);
/**
 * The bodies that issued a title, written before its 《》 (国务院《…条例》, 交通运输部《…规定》, 最高人民法院、
 * 最高人民检察院、公安部、证监会《…》): no word of the title's key, which names bodies only before 关于
 * (src/text/law-titles.ts), but no stray word either.
 */
const BODY = "\\p{Script=Han}{1,16}?(?:院|部|委员会|委|会|总局|局|署|厅|办公室|办)";
const BODY_BEFORE_TITLE = new RegExp(`${BODY}(?:[、和与]${BODY})*$`, "u");
const EDGE_SEPARATORS = /^[\s、，,；;。和及与或的]+|[\s、，,；;。和及与或的]+$/g;

/**
 * A judge's entry read as {@link normaliseStatutes} reads a text, and what of it was not read: the
 * words before, between and after its citations other than separators and citing words (盗窃 in
 * 盗窃、刑法第264条 or 刑法第264条盗窃罪), so that an entry is understood whole or refused, never read in
 * part. An article list is read as far as its references go: what follows the last of them is not read.
 */
export function typedCitations(entry: string): { refs: StatuteRef[]; unread: string[] } {
  const refs: StatuteRef[] = [];
  const unread: string[] = [];
  const left = (text: string) => {
    if (!CITING_WORDS.test(text)) unread.push(text.replace(EDGE_SEPARATORS, ""));
  };
  let readTo = 0;
  for (const c of citations(entry)) {
    const before = entry.slice(readTo, c.start);
    left(entry.charAt(c.start) === "《" ? before.replace(BODY_BEFORE_TITLE, "") : before);
    refs.push(...c.refs);
    readTo = c.positionsStart + readLength(c);
  }
  left(entry.slice(readTo));
  return { refs, unread };
}

/**
 * How much of a citation's segment its references are read from: the shortest start of it that reads
 * the same references (a list's slips are written out before it is read, so the reading's own end is
 * no place in the text as typed), with the 项 an item may be written without (第（二）项, 第（二）).
 * Typed entries only: an entry is short.
 */
function readLength(c: Citation): number {
  const read = (text: string) => parsePositions(text, c.law, c.lawRaw).map(refIdentity).join("\n");
  const all = read(c.segment);
  if (all === "") return 0;
  // A start of the segment reads otherwise than one a character shorter only where it ends a
  // position, so the shortest reading them all ends at one of those: read there only, not at every
  // character (each reading is the start's length: that was quadratic in the segment's).
  for (const end of c.segment.matchAll(POSITION_END)) {
    const n = end.index + 1;
    if (n >= c.segment.length) break;
    if (read(c.segment.slice(0, n)) === all) return c.segment.startsWith("项", n) ? n + 1 : n;
  }
  return c.segment.length;
}

/**
 * Where a position may end, so where a start of a segment can read one more than a shorter start:
 * after 条, 款 or 项 (a list's slips are written out only once its unit is read, src/judgment/statutes.ts
 * expandLists), after a bracket (第（二）), or inside the number of an added article (之一, 之十一).
 */
const POSITION_END = new RegExp(`[条款项）)]|(?<=之${NUM.replace("+", "*")})${NUM.replace("+", "")}`, "g");

/** How a title a judge types ends: a title word and its brackets, or the answers and replies of old (…的解答, …的复函). */
const TYPED_TITLE_END = new RegExp(`${TYPED_TITLE_WORD}$`);
/** The articles after a title, to the end of an entry: 第二条, 第2条第一款第（五）项, 第二条、第四条. */
const TRAILING_POSITIONS = new RegExp(
  `(?:第${NUM}条(?:之${NUM})?(?:第${NUM}款)?(?:第?[（(]?${NUM}[）)]?项)?[、，,和及与]?)*$`,
);
/** The bodies an entry names before its title (最高法、最高检关于…: 最高法 is no law's title). */
const LEADING_ISSUER = new RegExp(`^${ISSUERS}`);
const INTERPRETATION_START = new RegExp(`^${ISSUERS}?关于`);
/** An article and a separator before another name: a title names an article list only as 第…条、第…条. */
const LIST_THEN_OTHER = /[条款项][、，,；;和及与](?!第)/;
/**
 * A title, a separator and another statute to the title's end (…的解释、刑法, …的解释、关于…): two statutes,
 * not one title. A title joins its own words so (关于刑法、刑诉法有关规定的解释, …的标准和程序), but of the
 * 16,269 titles the corpora bracket only two slips end on a whole law's name or hold a second 关于 so.
 */
const TITLE_THEN_OTHER = new RegExp(
  `${TYPED_TITLE_WORD}[、，,；;和及与](?:(?:中华人民共和国)?${BARE_LAW}$|${ISSUERS}?关于)`,
);

/**
 * Where a statute a judge types may end: a title (and its brackets), an article (第二百六十四条, 第（五）项,
 * 之一), a title in 《》, a key (#264).
 */
const STATUTE_END = `${TYPED_TITLE_WORD}|${NUM}\\s?[条款项]|[（(]${NUM}[）)]项?|之${NUM}|》|#\\d+(?:-\\d+)?`;
/**
 * Where another begins: a title in 《》 or a 关于… title (its issuer before either), an amendment to the
 * Criminal Law, a national law's name followed by an article, a key or nothing more (刑法第二百六十四条,
 * 刑法#264, 刑法) — not by words, which make it a title's (关于刑法、刑诉法有关规定的解释) — or another
 * title right before its article (道路交通安全法实施条例第九十一条).
 */
const STATUTE_START = `${ISSUERS}?(?:《|关于)|(?:中华人民共和国)?(?:刑法修正案[（(]?[一二三四五六七八九十\\d]+[）)]?|${BARE_LAW})(?=第|#|[\\s、，,；;和及与]|$)|[^\\s、，,；;和及与《》]{1,40}?(?:${TITLE_WORDS})${OWN_BRACKETS}(?=第${NUM}条)`;
/** A separator between the two: 、 and the like, or a space (刑法 刑事诉讼法). */
const NEXT_STATUTE = new RegExp(`(?<=${STATUTE_END})[\\s、，,；;和及与]+(?=${STATUTE_START})`, "g");
/** How a 关于… title ends: the word of a document (…的解释, …的决定), not of a law (关于刑法). */
const DOCUMENT_END = new RegExp(
  `(?:${TITLE_WORDS.split("|")
    .filter((word) => word !== "法")
    .join("|")}|${REPLY_WORDS})${OWN_BRACKETS}$`,
);
const ISSUER_END = new RegExp(`${ISSUER}$`);
const TRAILING_KEY = /#\d+(?:-\d+)?$/;

/**
 * Whether the words before a cut are a statute of their own: not a body's short name (2009年最高法、最高检
 * 关于…), nor a 关于… title cut before its document's word (全国人民代表大会常务委员会关于民法通则第九十九条
 * 第一款、婚姻法第二十二条的解释 is one title, about two laws' articles).
 */
function endsStatute(before: string): boolean {
  if (before.split("《").length !== before.split("》").length || ISSUER_END.test(before)) return false;
  const start = before.lastIndexOf("关于");
  if (start < 0 || before.lastIndexOf("》") > start) return true;
  const title = before.replace(TRAILING_KEY, "");
  return DOCUMENT_END.test(title.slice(0, TRAILING_POSITIONS.exec(title)?.index ?? title.length));
}

/**
 * A separator before what surely starts another statute, whatever stands before it: a title in 《》, a
 * 关于… title and their issuers, a national law's name or one starting a title (道路交通安全法实施条例) —
 * not any words before an article, which may end a title listing its subjects (枪支、弹药、爆炸物解释第九条).
 * Not 和, 及, 与 or a space, which stand inside names (中华人民共和国刑法, 中华人民共和国 刑法): the entry
 * is read without spaces.
 */
const BEFORE_STATUTE = new RegExp(
  `[、，,；;]+(?=${ISSUERS}?(?:《|关于)|(?:中华人民共和国)?${BARE_LAW})`,
  "g",
);
const ENDS_AS_STATUTE = new RegExp(`(?:${STATUTE_END})$`);

/**
 * The words before a statute in an entry (without spaces) that name none, cut from it by a separator
 * (盗窃 in 盗窃、刑法#264, 盗窃、刑法修正案（九）第一条, 盗窃、关于…的解释第二条): a key's law and a title typed
 * without 《》 are read whole, so they had been read as words of its name, a key no judgment has. Not a
 * statute before ({@link typedStatutes} cuts there), nor the first words of one going on (an issuer of
 * a joint document: 最高法、最高检关于…; a 关于… title: 关于刑法、刑诉法有关规定的解释).
 */
export function wordsBeforeStatutes(entry: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of entry.matchAll(BEFORE_STATUTE)) {
    const before = entry.slice(from, m.index);
    if (!endsStatute(before)) continue;
    if (!ENDS_AS_STATUTE.test(before)) out.push(before);
    from = m.index + m[0].length;
  }
  return out;
}

/**
 * The statutes a judge's entry names, each as written (…的解释第二条、刑法第二百六十四条 → …的解释第二条 and
 * 刑法第二百六十四条; 刑法、刑事诉讼法 → 刑法 and 刑事诉讼法): the entry is cut at a separator where one
 * statute ends and another begins, never inside 《》 or a title. One part when it names one
 * (刑法第二百六十四条、第六十七条 is one law's list, 关于刑法、刑诉法有关规定的解释 one title).
 */
export function typedStatutes(entry: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of entry.matchAll(NEXT_STATUTE)) {
    if (!endsStatute(entry.slice(from, m.index))) continue;
    parts.push(entry.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(entry.slice(from));
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/**
 * A judge's entry naming one statute by a title written without 《》, perhaps with its articles
 * (最高人民法院关于审理某类案件…的解释第二条, 关于刑法第三百一十三条的解释, 刑法修正案（九）第一条), with
 * the title bracketed as a judgment cites it: normaliseStatutes then reads the title whole, and the words
 * inside it as the title's (刑法第三百一十三条, 《刑事诉讼法》 were read as citations of their own, and
 * an article after an unbracketed interpretation was not read at all). Only a 关于… title (its issuer
 * before it), unless `anyTitle`: a law's name before its articles (刑法第二百六十四条) is read without
 * brackets already. The entry as written when it starts with 《, is no title and articles, or names
 * another statute after the title (…的解释、刑法第二百六十四条).
 */
export function bracketTypedTitle(entry: string, anyTitle = false): string {
  if (entry.startsWith("《")) return entry;
  const positions = TRAILING_POSITIONS.exec(entry);
  const title = entry.slice(0, positions?.index ?? entry.length);
  if (!TYPED_TITLE_END.test(title) || !(anyTitle || INTERPRETATION_START.test(title))) return entry;
  // Articles and then another statute (…解释第二条、刑法第二百六十四条), or a title and then another
  // (…解释、刑法第二百六十四条): two statutes, not one title.
  const named = title.replace(LEADING_ISSUER, "");
  // Not a 关于… title ending in its document's word, which lists the articles it is about
  // (全国人民代表大会常务委员会关于刑法第九条第一款、刑事诉讼法第二条的解释 names neither article).
  const listsItsSubjects = named.startsWith("关于") && DOCUMENT_END.test(named);
  if ((LIST_THEN_OTHER.test(named) && !listsItsSubjects) || TITLE_THEN_OTHER.test(named)) return entry;
  // Notes typed after the title (刑事诉讼法（1996年修正）第一百八十九条) stay after it, as a judgment writes
  // them: inside the brackets they were read as words of the title, a key no judgment has.
  const noted = typedNotes(title);
  if (noted) return `《${noted.title}》${noted.notes}${positions?.[0] ?? ""}`;
  return `《${title}》${positions?.[0] ?? ""}`;
}
