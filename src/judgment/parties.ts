/** Parties (当事人) from the parties section, and the bench (审判人员) from the footer. */
import type { Party, PartyRole } from "./record.ts";

/**
 * A criminal defendant's role, at trial or on appeal: 被告人 (a 被告单位 is read so, see ROLE_WORDS),
 * 原审被告人, or 上诉人.
 */
export function isAccusedRole(role: string): boolean {
  return role === "被告人" || role === "原审被告人" || role === "上诉人";
}

/** Role words as written, longest first, mapped to the record's roles. */
const ROLE_WORDS: readonly [string, PartyRole][] = (
  [
    ["附带民事诉讼原告人", "附带民事诉讼原告人"],
    ["附带民事诉讼被告人", "被告"],
    ["原审附带民事诉讼原告人", "附带民事诉讼原告人"],
    ["再审申请人", "再审申请人"],
    ["申请再审人", "再审申请人"],
    ["申请执行人", "申请执行人"],
    ["原公诉机关", "公诉机关"],
    ["抗诉机关", "公诉机关"],
    ["公诉机关", "公诉机关"],
    ["原审被告人", "原审被告人"],
    ["原审被告单位", "原审被告人"],
    ["原审第三人", "原审第三人"],
    ["原审原告", "原审原告"],
    ["原审被告", "原审被告"],
    ["被上诉人", "被上诉人"],
    ["上诉人", "上诉人"],
    ["被申请人", "被申请人"],
    ["被执行人", "被执行人"],
    ["申请人", "申请人"],
    ["申诉人", "申诉人"],
    ["自诉人", "自诉人"],
    ["被告单位", "被告人"],
    ["被告人", "被告人"],
    ["第三人", "第三人"],
    ["被害人", "被害人"],
    ["罪犯", "罪犯"],
    ["原告", "原告"],
    ["被告", "被告"],
  ] as [string, PartyRole][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * A second role of the same party joined to the first before the colon (原告、反诉被告：李湛; 原告暨反诉
 * 被告：…): skipped, so that the name after the colon is read.
 */
const JOINED_ROLE =
  "[、暨及兼](?:原审)?(?:刑事)?(?:附带民事(?:公益)?诉讼)?(?:反诉)?(?:原告人|被告人|起诉人|自诉人|被上诉人|上诉人|原告|被告|申诉人|被害人|被告单位|第三人)";
const ROLE_RE = new RegExp(
  `(?:^|[\\s。；])(${ROLE_WORDS.map(([w]) => w).join("|")})(?:${JOINED_ROLE})?(?:[（(][^）)]{0,40}[）)])?[：:]?\\s?([^，,。；;：:（(\\s]{1,60})`,
  "g",
);
/**
 * What a party is said to do or have, read in a name's place where the parties' paragraph runs on
 * into the claims (原告认为，…; 原告提交以下证据：; 原告提交的证据有：, in 公报 reprints): no name. Only
 * words no surname begins (not 于, 向, 和, 应).
 */
const PARTY_ACTS_RE =
  /^(?:认为|提交|提供|出示|诉称|辩称|称|答辩|据此|为证明|当庭|举证|提出|请求|要求|主张|陈述|不服|同意|承认|否认)/;
const ROLE_MAP = new Map(ROLE_WORDS);

/**
 * Suffixes that make a name an organisation rather than a person: besides companies and organs,
 * broadcasters, parks, troupes, trading houses and businesses sued in the corpus (…电视台, …动物园,
 * …文工团, …洋行, …加油城, …酒庄), a factory's workshop and a railway's units (…车间, …车务段, …列车段),
 * and a hospital's department (…医院麻醉科). Causes (src/judgment/causes.ts) cut a party named before
 * the cause at these endings too.
 * A one-character suffix (会, 社, 村, 厅…) also ends given names (王立会, 刘远社, 陈岩村), and so do 中学,
 * 小学, 商城 and 山庄 (刘中学, 王商城, 李山庄): they count only from four characters on (…教育厅, …第五中学).
 */
export const ORGANISATION_ENDINGS: readonly string[] = [
  "公司",
  "检察院",
  "法院",
  "机关",
  "政府",
  "委员会",
  "中心",
  "银行",
  "学校",
  "大学",
  "医院",
  "合作社",
  "协会",
  "集团",
  "商行",
  "分行",
  "支行",
  "企业",
  "事务所",
  "俱乐部",
  "办公室",
  "电视台",
  "电台",
  "幼儿园",
  "动物园",
  "公园",
  "文工团",
  "剧团",
  "洋行",
  "律师行",
  "加油城",
  "娱乐城",
  "酒庄",
  "车间",
  "车务段",
  "机务段",
  "工务段",
  "列车段",
];
/** Suffixes that also end given names, counted from four characters on: one character (局, 社, 村…). */
const ORGANISATION_END_CHARS = "局厂店部所站社处院队会场馆村组办厅";
/** …and words (刘中学, 王商城, 张中行): a bank's short name among them (某某农行). */
export const LONG_NAME_ENDINGS: readonly string[] = [
  "中学",
  "小学",
  "商城",
  "山庄",
  "农庄",
  "[农工建交中]行",
];
const ORGANISATION_RE = new RegExp(
  `(?:${ORGANISATION_ENDINGS.join("|")}|(?:医院|卫生院)\\p{Script=Han}{1,6}科)$`,
  "u",
);
const ORGANISATION_CHAR_RE = new RegExp(`(?:[${ORGANISATION_END_CHARS}]|${LONG_NAME_ENDINGS.join("|")})$`);
/**
 * What begins an organisation's name and no person's: a Japanese company's form written first (株式会社
 * 某某), a municipality's name (上海某某轩 — a shop's name may end as a given name does).
 */
const ORGANISATION_START_RE = /^(?:株式会社|(?:北京|上海|天津|重庆|香港|澳门)\p{Script=Han}{2})/u;

/** Whether a name ends as an organisation's does (…公司, …分行, …检察院; 厂, 社, 村… from four characters). */
export function hasOrganisationEnding(name: string): boolean {
  return ORGANISATION_RE.test(name) || (name.length >= 4 && ORGANISATION_CHAR_RE.test(name));
}

export function partyKind(name: string): Party["kind"] {
  if (hasOrganisationEnding(name) || ORGANISATION_START_RE.test(name)) return "organisation";
  // A transliterated name (古力克孜·某某某某) is a person's however long.
  return name.length > 8 && !name.includes("·") ? "organisation" : "person";
}

/**
 * A second role of the same party written before the name (被害人暨附带民事诉讼原告人刘某, 原审附带民事
 * 诉讼原告人及原审被告人汪远, 公诉机关暨附带民事公益诉讼起诉人…人民检察院): stripped, the first role kept.
 */
const SECOND_ROLE =
  /^(?:暨|及|兼)(?:原审)?(?:刑事)?(?:附带民事(?:公益)?诉讼)?(?:反诉)?(?:原告人|被告人|起诉人|自诉人|被上诉人|上诉人|原告|被告|申诉人|被害人|被告单位)/;
/** A representative read in a party's place (被告人辩护人何立, 被害人近亲属委托的诉讼代理人…): no party. */
const REPRESENTATIVE = /^(?:近亲属|的)|代理人|辩护人/;
/**
 * Where the sentence goes on after the name, when the parties' paragraph mentions a party again
 * (被告人陆泉海曾因赌博…, 原审被告人李远江不服…, 指控被告人王泉晓犯故意伤害罪…, 被告人李泉禾、男，…).
 */
const CLAUSE_AFTER_NAME =
  /(?:等人|等|均|亦|又|曾|现|已)?(?:因|犯|涉嫌|不服|有犯罪前科|未委托|刑满释放|于\d|一案|[、，][男女])/;
/** One person's name: two to four Han characters, a masked one (张某某, 李某2, 王甲), or with a ·. */
const PERSON_NAME =
  /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,2}某{1,2}[甲乙丙丁0-9]?|\p{Script=Han}+·\p{Script=Han}+)$/u;

/**
 * The names a role word is followed by, as the parties' paragraph writes them: the name alone, a
 * self-reported one without its 自报 (the court could not verify it), several names of one role
 * (曾宇、张岩海不服) one by one. Empty for a representative.
 */
export function partyNames(raw: string): string[] {
  let name = raw.replace(/[。，]$/, "");
  for (let m = SECOND_ROLE.exec(name); m; m = SECOND_ROLE.exec(name)) name = name.slice(m[0].length);
  name = name.replace(/^自报/, "");
  if (REPRESENTATIVE.test(name)) return [];
  // The name is at least two characters long (王某): the clause is looked for after them.
  const clause = CLAUSE_AFTER_NAME.exec(name.slice(2));
  if (clause) name = name.slice(0, 2 + clause.index);
  const listed = name.split("、");
  if (listed.length > 1 && listed.every((n) => PERSON_NAME.test(n))) return listed;
  return name ? [name] : [];
}

/**
 * A short name the text defines inside a procuratorate's (某某傣族自治州（以下简称某某州）人民检察院);
 * elsewhere it follows the full name (…有限公司（以下简称某甲公司）系…).
 */
const SHORT_NAME_RE = /[（(]以下简称[^）)]{0,20}[）)](?=[^，,。；;\s（(]{0,6}检察院)/g;
/** The prosecutor's name ends with its procuratorate (…人民检察院, …人民检察院第二分院, …铁路运输分院). */
const PROCURATORATE_RE = /^(.*?检察院(?:[^，,。、]{0,10}?分院)?)/;
/** What the text goes on to say of the prosecutor (公诉机关指控…, 公诉机关提交了…): no name. */
const PROSECUTOR_ACTS_RE =
  /^(?:指控|提交|提供|出示|认为|建议|据此|为证明|当庭|举证|提出|起诉|认定|称|对|向|以|的|所)/;

/**
 * A bracket inside an organisation's name: a place or the company's form between its trade name and
 * its ending (某某轮船（中国）有限公司, 某某（集团）有限公司, 某某（上海）律师事务所). Not an annotation after a
 * name, which holds a comma or a masked name (（男，…）, （张某甲之妻）) or says what it is (（以下简称…）,
 * （曾用名…）, （另案处理）), nor one followed by a clause (张某甲（李某乙）成立了某某厂). A reprint may space
 * the rest of the name off (某某（中国） 有限公司) and follow it with its foreign name (〔…LTD〕).
 */
const NAME_BRACKET_RE =
  /^[（(]([^）)，,。；;：:、\s某×\d]{1,8})[）)][ \u3000]?([^，,。；;：:（(\s、[〔]{0,30})/;
const NOT_IN_NAME_RE =
  /^(?:以下|下称|简称|又称|曾用名|原名|化名|小名|绰号|别名|系|经|由|原审|另案|已|均|在逃)/;
/** Where a clause begins after a name (…有限公司因与被告…, …（中国）等人…): the name has ended. */
const CLAUSE_WORD_RE = /[了在向给等带把将被从到的与和及因于以犯诉]/;
/**
 * A partnership's form, which its name must state, bracketed after it (某某律师事务所（普通合伙）): 合伙企业法
 * §15 普通合伙, §56 特殊普通合伙, §62 有限合伙.
 */
const PARTNERSHIP_RE = /^(?:特殊普通合伙|普通合伙|有限合伙)$/;

/** The name read up to a bracket, with the bracket and the rest of the name when it is inside it. */
function withBracketInName(name: string, after: string): string {
  const m = NAME_BRACKET_RE.exec(after);
  const inside = m?.[1] ?? "";
  if (!m || NOT_IN_NAME_RE.test(inside)) return name;
  // The bracket as written, full- or half-width.
  const bracket = after.slice(0, inside.length + 2);
  if (PARTNERSHIP_RE.test(inside)) return hasOrganisationEnding(name) ? `${name}${bracket}` : name;
  const whole = `${name}${bracket}${(m[2] ?? "").split(CLAUSE_WORD_RE)[0]}`;
  return hasOrganisationEnding(whole) ? whole : name;
}

/** Parties with roles; a party named twice (e.g. as 上诉人 and in a list) is kept once. */
export function extractParties(partiesText: string): Party[] {
  const out: Party[] = [];
  const seen = new Set<string>();
  const text = partiesText.replace(SHORT_NAME_RE, "");
  for (const m of text.matchAll(ROLE_RE)) {
    const roleWord = m[1] ?? "";
    const role = ROLE_MAP.get(roleWord) ?? "其他";
    const rest = withBracketInName(m[2] ?? "", text.slice(m.index + m[0].length));
    // A longer role word read short (被告 + 人 of "被告人，男，…", its name masked away): no name.
    if (ROLE_MAP.has(`${roleWord}${rest}`)) continue;
    if (PARTY_ACTS_RE.test(rest)) continue;
    for (const written of partyNames(rest)) {
      const name = role === "公诉机关" ? (PROCURATORATE_RE.exec(written)?.[1] ?? written) : written;
      if (role === "公诉机关" && PROSECUTOR_ACTS_RE.test(name)) continue;
      if (seen.has(`${role}|${name}`)) continue;
      seen.add(`${role}|${name}`);
      out.push({ name, role, kind: role === "公诉机关" ? "organisation" : partyKind(name) });
    }
  }
  return out;
}

/**
 * Each party's paragraph of the parties section, with its role and names as {@link extractParties}
 * reads them: from the role word to the next party's (a representative's lines, 辩护人…, stay with the
 * party before them; a party named again, 被告人X曾因…, opens a paragraph of X's). What the court
 * states there of a defendant (曾因犯盗窃罪被判处…) is that defendant's.
 */
export function partyParagraphs(partiesText: string): { role: PartyRole; names: string[]; text: string }[] {
  const text = partiesText.replace(SHORT_NAME_RE, "");
  const starts = [...text.matchAll(ROLE_RE)];
  return starts.map((m, k) => {
    const role = ROLE_MAP.get(m[1] ?? "") ?? "其他";
    const rest = withBracketInName(m[2] ?? "", text.slice(m.index + m[0].length));
    const names = PARTY_ACTS_RE.test(rest) ? [] : partyNames(rest);
    return { role, names, text: text.slice(m.index, starts[k + 1]?.index ?? text.length) };
  });
}

const BENCH_ROLES =
  "审判长|代理审判员|助理审判员|审判员|人民陪审员|陪审员|法官助理|代理书记员|见习书记员|书记员|执行员|速录员";
/** Role words as footers space them out (审 判 长, 书 记 员). */
const SPACED_ROLES = BENCH_ROLES.split("|")
  .map((role) => [...role].join("\\s*"))
  .join("|");
/**
 * A name on the bench runs until the next role word (written with or without a space before it), a
 * date (二〇一八年…, 一九九九年…) or whitespace; a role may carry （代）, a colon, and names a 一 or 三
 * (丁八, 黄三淼) or run to six characters (宝音朝克图).
 */
const BENCH_RE = new RegExp(
  `(?:[（(]代[）)])?(?:代)?(${SPACED_ROLES})\\s*[：:]?\\s*([^\\s〇○0-9（()）：:]{2,6}?)(?=\\s|${BENCH_ROLES}|二[〇零○O]|一九|$|[（(])`,
  "g",
);

/** Judges, assessors and clerk named in the footer. */
export function extractBench(footer: string): { name: string; role: string }[] {
  const out: { name: string; role: string }[] = [];
  for (const m of footer.matchAll(BENCH_RE)) {
    const role = (m[1] ?? "").replace(/\s/g, "");
    const name = m[2] ?? "";
    if (name && !out.some((b) => b.name === name && b.role === role)) out.push({ name, role });
  }
  return out;
}

/**
 * The year and month a party was born, as the parties section writes it after the name (被告人张沐禾，
 * 男，1989年3月17日出生 / 出生于1989年3月 / 生于…): "1989-03"; undefined when not written or masked
 * (19××年). What tells two namesakes apart (/related compares them).
 */
export function birthMonth(partiesText: string | undefined, name: string): string | undefined {
  if (!partiesText || !name) return undefined;
  for (let at = partiesText.indexOf(name); at >= 0; at = partiesText.indexOf(name, at + 1)) {
    const after = partiesText.slice(at + name.length, at + name.length + 60).split(/[。；;\n]/)[0] ?? "";
    // The description of this party, not the next one's.
    const own = after.split(/被告人|上诉人|被告单位|辩护人|委托/)[0] ?? "";
    const m =
      /(?:出生于|生于|出生日期[：:]?)\s*(\d{4})年(\d{1,2})月/.exec(own) ??
      /(\d{4})年(\d{1,2})月(?:\d{1,2}日)?\s*(?:出生|生)/.exec(own);
    if (m) return `${m[1]}-${(m[2] ?? "").padStart(2, "0")}`;
  }
  return undefined;
}

/**
 * People the text says are tried separately (另案处理, 已另案判决, 已判刑): 许川航、徐禾晓（另案处理）→
 * 许川航, 徐禾晓. Masked names (王某) identify nobody and are left out.
 */
export function separatelyTried(text: string | undefined): string[] {
  if (!text) return [];
  const out = new Set<string>();
  const marker =
    /[（(](?:均|已|系)?(?:另案处理|另案起诉|另案|另行处理|已判刑|已判决|另案判决|已被判刑)[^）)]{0,12}[）)]/gu;
  for (const m of text.matchAll(marker)) {
    // The names just before the bracket, back to the clause's start: 被告人顾某伙同许川航、徐禾晓.
    const before =
      text
        .slice(Math.max(0, m.index - 40), m.index)
        .split(/[，,。；;：:（）()]/)
        .at(-1) ?? "";
    for (const piece of before.split(/[、和及]/)) {
      // The name follows the last word that introduces it (伙同许川航, 与王海川).
      const name = piece.split(/伙同|与|跟|同案人|同伙|纠集|雇佣|指使|被告人|犯罪嫌疑人/).at(-1) ?? "";
      if (/^\p{Script=Han}{2,3}$/u.test(name) && !/某|×/.test(name)) out.add(name);
    }
  }
  return [...out];
}
