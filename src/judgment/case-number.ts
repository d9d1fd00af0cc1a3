/**
 * Case numbers (案号) under 最高人民法院《关于人民法院案件案号的若干规定》 (法〔2015〕137号, in force
 * 2016-01-01) and its 2018 revision (法〔2018〕147号, 案件类型代字标准): （year）+ court code +
 * [specialised-trial code] + type code + sequence + 号. Numbers issued before 2016 use the free
 * "字第" form, e.g. （2014）宜中刑一初字第99号.
 */
import { provinceOfCity } from "./cities.ts";
import { toHalfWidth } from "./numerals.ts";
import type { CaseCategory, CaseNumber, CourtLevel, Procedure } from "./record.ts";

/** Court-code abbreviations of the high courts (2015 rules, annex 1). 兵 = Xinjiang Production Corps branch. */
export const PROVINCES: Readonly<Record<string, string>> = {
  京: "北京市",
  津: "天津市",
  冀: "河北省",
  晋: "山西省",
  内: "内蒙古自治区",
  辽: "辽宁省",
  吉: "吉林省",
  黑: "黑龙江省",
  沪: "上海市",
  苏: "江苏省",
  浙: "浙江省",
  皖: "安徽省",
  闽: "福建省",
  赣: "江西省",
  鲁: "山东省",
  豫: "河南省",
  鄂: "湖北省",
  湘: "湖南省",
  粤: "广东省",
  桂: "广西壮族自治区",
  琼: "海南省",
  渝: "重庆市",
  川: "四川省",
  黔: "贵州省",
  云: "云南省",
  藏: "西藏自治区",
  陕: "陕西省",
  甘: "甘肃省",
  青: "青海省",
  宁: "宁夏回族自治区",
  新: "新疆维吾尔自治区",
  兵: "新疆维吾尔自治区",
};

/** The provinces' full names (兵 shares 新疆's). */
export const PROVINCE_NAMES: readonly string[] = [...new Set(Object.values(PROVINCES))];

/**
 * The province a court's name begins with, written in full or short (河北省唐山市…, 河北唐山…, 新疆…),
 * or the prefecture-level city it begins with instead (杭州市西湖区…, 延边朝鲜族自治州…).
 */
export function provinceInName(name: string): string | undefined {
  return (
    PROVINCE_NAMES.find(
      (p) => name.startsWith(p) || name.startsWith(p.replace(/省|市|自治区|回族|维吾尔|壮族/g, "")),
    ) ?? provinceOfCity(name)
  );
}

type TypeInfo = { category: CaseCategory; procedure: Procedure };

/** Type codes (案件类型代字) of the 2018 standard; longest codes first when matching. */
const TYPE_CODES: Readonly<Record<string, TypeInfo>> = {
  刑初: { category: "刑事", procedure: "一审" },
  刑终: { category: "刑事", procedure: "二审" },
  刑再: { category: "刑事", procedure: "再审" },
  刑申: { category: "刑事", procedure: "申请再审" },
  刑抗: { category: "刑事", procedure: "审判监督" },
  刑监: { category: "刑事", procedure: "审判监督" },
  刑核: { category: "刑事", procedure: "复核" },
  刑复: { category: "刑事", procedure: "复核" },
  刑更: { category: "刑事", procedure: "执行" },
  刑医: { category: "刑事", procedure: "特别程序" },
  刑没: { category: "刑事", procedure: "特别程序" },
  刑辖: { category: "刑事", procedure: "管辖" },
  刑他: { category: "刑事", procedure: "其他" },
  刑请: { category: "刑事", procedure: "其他" },
  民初: { category: "民事", procedure: "一审" },
  民终: { category: "民事", procedure: "二审" },
  民再: { category: "民事", procedure: "再审" },
  民申: { category: "民事", procedure: "申请再审" },
  民抗: { category: "民事", procedure: "审判监督" },
  民监: { category: "民事", procedure: "审判监督" },
  民特: { category: "民事", procedure: "特别程序" },
  民催: { category: "民事", procedure: "特别程序" },
  民督: { category: "民事", procedure: "特别程序" },
  民撤: { category: "民事", procedure: "一审" },
  民辖终: { category: "管辖", procedure: "二审" },
  民辖: { category: "管辖", procedure: "管辖" },
  民他: { category: "民事", procedure: "其他" },
  民请: { category: "民事", procedure: "其他" },
  破申: { category: "民事", procedure: "特别程序" },
  破终: { category: "民事", procedure: "二审" },
  破监: { category: "民事", procedure: "审判监督" },
  破: { category: "民事", procedure: "特别程序" },
  强清: { category: "民事", procedure: "特别程序" },
  行初: { category: "行政", procedure: "一审" },
  行终: { category: "行政", procedure: "二审" },
  行再: { category: "行政", procedure: "再审" },
  行申: { category: "行政", procedure: "申请再审" },
  行抗: { category: "行政", procedure: "审判监督" },
  行监: { category: "行政", procedure: "审判监督" },
  行审: { category: "行政", procedure: "执行" },
  行辖终: { category: "管辖", procedure: "二审" },
  行辖: { category: "管辖", procedure: "管辖" },
  行赔初: { category: "国家赔偿", procedure: "一审" },
  行赔终: { category: "国家赔偿", procedure: "二审" },
  行赔申: { category: "国家赔偿", procedure: "申请再审" },
  行赔再: { category: "国家赔偿", procedure: "再审" },
  行他: { category: "行政", procedure: "其他" },
  委赔监: { category: "国家赔偿", procedure: "审判监督" },
  委赔: { category: "国家赔偿", procedure: "其他" },
  法赔: { category: "国家赔偿", procedure: "其他" },
  赔: { category: "国家赔偿", procedure: "其他" },
  司救: { category: "其他", procedure: "其他" },
  执恢: { category: "执行", procedure: "执行" },
  执保: { category: "执行", procedure: "保全" },
  执异: { category: "执行", procedure: "执行异议" },
  执复: { category: "执行", procedure: "执行复议" },
  执监: { category: "执行", procedure: "执行监督" },
  执协: { category: "执行", procedure: "执行" },
  执他: { category: "执行", procedure: "其他" },
  执: { category: "执行", procedure: "执行" },
  财保: { category: "非诉保全", procedure: "保全" },
  行保: { category: "非诉保全", procedure: "保全" },
  证保: { category: "非诉保全", procedure: "保全" },
};
const TYPE_CODE_LIST = Object.keys(TYPE_CODES).sort((a, b) => b.length - a.length);

/** Specialised-trial codes (专门审判代字) placed before the type code, e.g. （2019）苏01知民初1号. */
const SPECIAL_CODES = "知环少金海";

/**
 * Before the 2000 reform of the divisions (最高人民法院《人民法院审判庭设置方案》, 2000), civil cases were
 * also numbered by the economic (经), transport (交) and intellectual-property (知) divisions that tried
 * them: （1997）鲁经终字, （2000）交提字, （1998）知终字.
 */
const LEGACY_CATEGORY: Readonly<Record<string, CaseCategory>> = {
  刑: "刑事",
  民: "民事",
  商: "民事",
  行: "行政",
  执: "执行",
  赔: "国家赔偿",
  经: "民事",
  交: "民事",
  知: "民事",
};
const LEGACY_PROCEDURE: Readonly<Record<string, Procedure>> = {
  初: "一审",
  终: "二审",
  再: "再审",
  申: "申请再审",
  提: "再审",
  监: "审判监督",
  抗: "审判监督",
  复: "复核",
  核: "复核",
  更: "执行",
  执: "执行",
  特: "特别程序",
  // 重 (重审) is a case remanded for a new first-instance trial; 自 is a private prosecution (自诉).
  重: "一审",
  自: "一审",
  辖: "管辖",
};

const OPEN = "（(〔\\[［【";
const CLOSE = "）)〕\\]］】";
const YEAR = "[12１２][0-9０-９OoＯО〇lI]{3}";
const SEQ = "[0-9０-９×ＸXx*＊]+";
/**
 * What joins the sequences of a list (民初30063、30062号) or a sub-number to its case's (第2-1号: a case's
 * further ruling, 冀刑四终字第31－1号 a retrial after a death sentence was not approved), its dash written
 * half- or full-width (－), or as a dash (—, –).
 */
const SEQ_JOIN = "[、,，\\-－—–]";
const SEQ_JOIN_RE = new RegExp(SEQ_JOIN);

/**
 * One case number, or a list sharing a prefix (民初30063、30062号). The code part excludes
 * whitespace and punctuation so a sentence cannot be swallowed, but for a division bracketed in it
 * (（2003）沪高民四（海）终字, 民三（知）初字, 民一（民）初字: courts of Shanghai and Beijing before 2016);
 * "检" never appears in a court code, which rejects procuratorates' document numbers that follow a
 * year in brackets.
 */
const CODE_CHAR = `[^\\s${OPEN}${CLOSE}，。；：:、,号第检诉]`;
const CASE_NUMBER_RE = new RegExp(
  `[${OPEN}]?\\s?(${YEAR})\\s?[${CLOSE}]\\s?((?:${CODE_CHAR}|[（(]${CODE_CHAR}{1,2}[）)]){2,18}?)(字)?\\s?第?\\s?(${SEQ}(?:\\s?${SEQ_JOIN}\\s?${SEQ})*)(之[一二三四五六七八九十0-9]+)?号`,
  "g",
);
/** Bracketless modern form seen in the wild: "2017云06刑初106号". */
const BARE_RE = new RegExp(
  `(?<![0-9])((?:19|20)[0-9]{2})((?:最高法|[${Object.keys(PROVINCES).join("")}][0-9]{0,4})[^\\s，。；、号第]{1,4}?)(${SEQ})号`,
  "g",
);

function levelOfDigits(digits: string): CourtLevel {
  if (digits.length === 0) return "高级";
  const head = Number(digits.slice(0, 2));
  // 2015 rules: 71 railway, 72 maritime, 73 IP, 74–95 other specialised courts (and their basic courts).
  // 90 + two digits is a county-level city the province administers directly (豫9001 济源, 鄂9005
  // 潜江, 琼9005 文昌): a basic court, not a specialised one.
  if (digits.length === 4 && head === 90) return "基层";
  if (head >= 71 && head <= 95) return "专门";
  return digits.length === 2 ? "中级" : "基层";
}

function typeInfo(code: string): TypeInfo | undefined {
  return TYPE_CODES[code];
}

function parseSequence(seq: string): number | undefined {
  const first = toHalfWidth(seq).split(SEQ_JOIN_RE)[0] ?? "";
  return /^\d+$/.test(first) ? Number(first) : undefined;
}

function parseYear(raw: string): number | undefined {
  const y = Number(
    toHalfWidth(raw)
      .replace(/[OoОＯ〇]/g, "0")
      .replace(/[lI]/g, "1"),
  );
  return y >= 1949 && y <= 2100 ? y : undefined;
}

/** Modern body "吉01民终" / "最高法知民终" / "湘0405刑初". */
function parseModernBody(body: string): Partial<CaseNumber> | undefined {
  const m = /^(最高法|[^\d]([0-9]{4}|[0-9]{2})?)(.*)$/.exec(body);
  if (!m?.[1]) return undefined;
  const courtCode = m[1];
  let rest = m[3] ?? "";
  const isSpc = courtCode === "最高法";
  const provinceKey = isSpc ? undefined : courtCode[0];
  if (!isSpc && (provinceKey === undefined || !(provinceKey in PROVINCES))) return undefined;
  let specialCode: string | undefined;
  if (
    rest.length > 1 &&
    SPECIAL_CODES.includes(rest[0] ?? "") &&
    TYPE_CODE_LIST.some((c) => rest.slice(1).startsWith(c))
  ) {
    specialCode = rest[0];
    rest = rest.slice(1);
  }
  const typeCode = TYPE_CODE_LIST.find((c) => rest === c) ?? TYPE_CODE_LIST.find((c) => rest.startsWith(c));
  if (!typeCode) return undefined;
  const info = typeInfo(typeCode);
  return {
    courtCode,
    province: provinceKey ? PROVINCES[provinceKey] : undefined,
    courtLevel: isSpc ? "最高" : levelOfDigits(m[2] ?? ""),
    specialCode,
    typeCode,
    category: info?.category,
    procedure: info?.procedure,
  };
}

/**
 * Province abbreviations a high court's pre-2016 number may bear alone as its court code, as in
 * （2011）黑刑三终字第42号 (指导案例12号) and （2011）浙刑三终字第282号: the 2015 codes and the older
 * alternates 贵 滇 陇 蒙.
 */
const PROVINCE_ABBREVIATIONS = new Set([...Object.keys(PROVINCES), "贵", "滇", "陇", "蒙"]);
/**
 * Abbreviations that do not tell the level: Nanjing's and Qingdao's intermediate courts write them
 * alone too (（2015）宁刑终字第81号, （2014）青刑二终字第86号; 青海's high court （2015）青刑一终字第70号).
 */
const SHARED_ABBREVIATIONS = new Set(["宁", "青"]);

/**
 * Legacy procedures a basic court never has: second instance (终: appeals go to the court one level
 * up, 刑事诉讼法 2018 §227, 民事诉讼法 2021 §171), trial brought up by a higher court (提审, 刑事诉讼法
 * 2018 §254), review (复核, 核准).
 */
const ABOVE_BASIC = /[终提复核]/;

/**
 * Legacy body "宜中刑一" + "初" (the part before 字第), e.g. 粤高法刑二终, 宿中知刑初; an old division's
 * 经, 交 or 知 only just before the procedure (鲁经终, 浙知终): 经 elsewhere is a place's (合经开刑初字 of
 * an 经济技术开发区 court).
 */
function parseLegacyBody(body: string): Partial<CaseNumber> | undefined {
  const m =
    /^(.+?)([知环少]?)([刑民商行执赔]|[经交知](?=[一二三四五六七八九]?[初终再提监申抗复他请]))([一二三四五六七八九]?)(.{0,4})$/.exec(
      body,
    );
  if (!m?.[1] || !m[3]) return undefined;
  const courtCode = m[1];
  const categoryChar = m[3];
  const tail = m[5] ?? "";
  // 再终/提 (retrial heard at second instance) is a retrial first of all.
  const procedureChar = /[再提]/.test(tail) ? "再" : [...tail].find((c) => c in LEGACY_PROCEDURE);
  const first = courtCode[0] ?? "";
  let courtLevel: CourtLevel | undefined;
  // The legacy codes were chosen by each province; 中/高 at the end of the court part is the convention.
  if (/^最高/.test(courtCode)) courtLevel = "最高";
  // A railway transport court's code ends in 铁, its intermediate court's in 铁中 (（2014）成铁刑初字,
  // （2015）昆铁中刑初字): specialised, as their names are read (courtLevelOf). Not 沈铁西 (铁西区).
  else if (/铁中?法?$/.test(courtCode)) courtLevel = "专门";
  else if (/中(法|院)?$/.test(courtCode)) courtLevel = "中级";
  else if (/^.高(法|院)?$/.test(courtCode)) courtLevel = "高级";
  // 高 alone is 北京市高级人民法院's ((2014)高刑终字第478号, (2009)高行终字第573号) above first
  // instance; at first instance also basic courts' (高陵县 (2011)高刑初字, 高碑店市, 高淳区).
  else if (/^高(法|院)?$/.test(courtCode) && ABOVE_BASIC.test(tail)) courtLevel = "高级";
  // A bare province abbreviation (or one with 法: 豫法, 藏法) is a high court's code; basic courts'
  // one-character codes look alike (（2014）新刑初字 is 新安县's, （2015）晋刑初字 晋江市's), so only
  // when the procedure is one a basic court never has. Of LeCaRD's own numbers with a bare one (宁 and
  // 青 aside), the 67 of first instance are basic courts' (one an intermediate court's), the 56
  // appeals and retrials all high courts'.
  else if (/^.法?$/.test(courtCode) && PROVINCE_ABBREVIATIONS.has(first) && ABOVE_BASIC.test(tail))
    courtLevel = SHARED_ABBREVIATIONS.has(first) ? undefined : "高级";
  // Any other short code on a procedure a basic court never has is an intermediate court's, high
  // courts having the codes above (（2009）武行终字 is 武汉's, （2015）滁刑终字 滁州's). On a first
  // instance or a retrial it tells no level: intermediate courts try first instances too (刑事诉讼法
  // 2018 §21, 民事诉讼法 2021 §19) and retry their own judgments. Of LeCaRD's such numbers whose court
  // is named, 224 are intermediate courts' (（2015）济刑初字 济宁, （2015）浙金刑二初字 金华), which
  // had been read as basic courts'.
  else if (courtCode.length <= 4 && ABOVE_BASIC.test(tail)) courtLevel = "中级";
  // A one-character code is the province's only when it is its high court's: a basic court's is its
  // own abbreviation (（2015）新刑初字 is 呼和浩特市新城区's, （2013）川刑初字 周口市川汇区's). Against the
  // post-2016 codes of the same courts in LeCaRD: one-character basic or unplaced codes 3 right, 54
  // wrong; high courts' 52 right; longer codes (province, then city or district) 163 right, 15 wrong.
  const provinceCode = courtCode.length > 1 || courtLevel === "高级";
  return {
    courtCode,
    province: first in PROVINCES && courtCode.length <= 3 && provinceCode ? PROVINCES[first] : undefined,
    courtLevel,
    specialCode: m[2] || (categoryChar === "知" ? "知" : undefined),
    typeCode: `${categoryChar}${procedureChar ?? ""}`,
    category: LEGACY_CATEGORY[categoryChar],
    procedure: procedureChar ? LEGACY_PROCEDURE[procedureChar] : undefined,
    legacy: true,
  };
}

/**
 * The level a pre-2016 number whose code tells none most often has, for choosing among the courts an
 * account names (src/cases/parse.ts decidingCourt), never shown as the number's: a short code on a
 * first instance or a retrial is a basic court's in 2,276 of the 2,528 LeCaRD numbers whose court is
 * named. A number that tells its level has it.
 */
export function likelyCourtLevel(
  c: Pick<CaseNumber, "courtLevel" | "courtCode" | "legacy">,
): CourtLevel | undefined {
  if (c.courtLevel || !c.legacy || !c.courtCode || c.courtCode.length > 4) return c.courtLevel;
  // 宁 and 青 on an appeal are Nanjing's or Qingdao's intermediate courts or a high court.
  return SHARED_ABBREVIATIONS.has(c.courtCode.replace(/法$/, "")) ? undefined : "基层";
}

/**
 * Other bodies' numbers written like a court's pre-2016 one: a notary office's certificate (公证书,
 * 公证法 §32: （2010）某证民字, 某证内民字, 某海民证字, 某诚内民证字), an administrative penalty decision
 * (行政处罚法 2021 §59: 某规行罚字), an administrative reconsideration decision (行政复议法 2023 §75:
 * 〔2017〕某行复第88号), a police forensic report (公安机关鉴定规则: 某公刑技字, 某公刑鉴字, 某公刑现照字).
 * No court's code holds 证 nor 罚 (a court's evidence preservation is 证保 after the type), nor has a
 * court's type 行复; 公 is also 公益 (某环公民初字) and 公安县's.
 */
const NOT_A_COURT_BODY_RE = /证[内外]?[民经刑]|[民经]证|罚|行复|公刑(?:技|鉴|现)/;

function build(
  raw: string,
  year: string,
  body: string,
  legacy: boolean,
  seq: string,
): CaseNumber | undefined {
  const cleanBody = toHalfWidth(body).replace(/\s/g, "");
  if (cleanBody.includes("检") || NOT_A_COURT_BODY_RE.test(cleanBody)) return undefined;
  // Before 2016 the Supreme People's Court numbered without a court code: （2015）民申字第7613号,
  // （2013）民三终字第6号, and its death-penalty reviews （2010）刑五复11834388号. Not a bare 刑字/民字
  // (（1991）刑字第055号, a local court's of old), nor a first instance (（2012）刑二初字: a local
  // court's with its code dropped), nor other offices' numbers (（2006）商品第6891号). Its economic,
  // transport and IP divisions numbered so until they became civil divisions in 2000 (（2000）经终字第264号,
  // （2000）交提字第5号, （1998）知终字第4号).
  const procedure = "[一二三四五六七八九]?[终再提复核监申抗他请]{1,2}";
  const yearOf = parseYear(year) ?? 9999;
  const spc =
    (new RegExp(`^[知环少]?[刑民商行执赔]${procedure}$`).test(cleanBody) && yearOf < 2016) ||
    (new RegExp(`^[经交知]${procedure}$`).test(cleanBody) && yearOf <= 2000);
  const parsed = spc
    ? parseLegacyBody(`最高法${cleanBody}`)
    : legacy
      ? parseLegacyBody(cleanBody)
      : (parseModernBody(cleanBody) ?? parseLegacyBody(cleanBody));
  if (!parsed) return undefined;
  const out: CaseNumber = { raw, year: parseYear(year) };
  for (const [k, v] of Object.entries(parsed)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  const sequence = parseSequence(seq);
  if (sequence !== undefined) out.sequence = sequence;
  if (out.year === undefined) delete out.year;
  return out;
}

/** Each case number a sentence tells, with the sentence's text before and after it. */
export function numbersInContext(sentence: string): { number: CaseNumber; before: string; after: string }[] {
  let from = 0;
  return findCaseNumbers(sentence).map((number) => {
    const at = Math.max(0, sentence.indexOf(number.raw, from));
    from = at + number.raw.length;
    return { number, before: sentence.slice(0, at), after: sentence.slice(from) };
  });
}

/**
 * A defendant's earlier conviction this judgment joins or revokes, not an instance of it: 与（2014）…号
 * 刑事判决判处的刑罚并罚 (刑法 §69–§71), 撤销（2007）…号判决对某某宣告的缓刑 / …缓刑（执行）部分 / …的假释 (§77, §86).
 * Not an appeal's 撤销（2014）…号刑事判决，即…判处有期徒刑三年，缓刑四年: that quashes its own first instance.
 */
export function joinedOrRevoked(before: string, after: string): boolean {
  return (
    (/与[^。；]*$/.test(before) && /^[^。；]*并罚/.test(after)) ||
    (/撤[销消][^。；]*$/.test(before) &&
      /^[^。；]*(?:宣告(?:的)?缓刑|缓刑(?:执行)?部分|的缓刑|假释)/.test(after))
  );
}

/** All case numbers in a text, in order of appearance, excluding procuratorate document numbers. */
export function findCaseNumbers(text: string): CaseNumber[] {
  const found: { index: number; value: CaseNumber }[] = [];
  const covered: [number, number][] = [];
  for (const m of text.matchAll(CASE_NUMBER_RE)) {
    const [raw, year = "", body = "", zi, seq = ""] = m;
    // 起诉书/抗诉书 numbers: "…刑诉（2018）597号起诉书" has no court code, but legacy-looking ones
    // such as "（2014）沪检诉字第1号" are caught by the 检 test and by what follows.
    if (/^(起诉书|抗诉书|不起诉)/.test(text.slice(m.index + raw.length, m.index + raw.length + 4))) continue;
    if (/(检[^，。；\s]{0,6}|诉字?)$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const value = build(raw.trim(), year, body, zi !== undefined, seq);
    if (!value) continue;
    found.push({ index: m.index, value });
    covered.push([m.index, m.index + raw.length]);
  }
  for (const m of text.matchAll(BARE_RE)) {
    if (covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const [raw, year = "", body = "", seq = ""] = m;
    const value = build(raw, year, body, false, seq);
    if (value) found.push({ index: m.index, value });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.value);
}

/** Procedures whose judgments are trials of one dispute (审级): first instance, appeal, retrial, review. */
const TRIAL_PROCEDURES = new Set(["一审", "二审", "再审", "申请再审", "审判监督", "复核"]);

/**
 * Whether a number is a trial's (刑初, 刑终, 刑再…), so a possible earlier instance: not a designation
 * of jurisdiction (刑辖), a request (刑他, 刑请) or a commutation (刑更). A number whose type was not
 * recognised (（2015）浙嘉刑他字第8号) is judged by its type characters.
 */
export function isTrialNumber(c: Pick<CaseNumber, "procedure" | "raw">): boolean {
  if (c.procedure !== undefined) return TRIAL_PROCEDURES.has(c.procedure);
  const type = /[）)〕\]]\D*?([\u4e00-\u9fff]{1,4})字?第?\s*[\d×Ｘ*]/.exec(c.raw)?.[1] ?? "";
  return /[初终再监核申]/.test(type) && !/[他辖更请执]/.test(type);
}

/** Parse one case number; undefined when the text holds none. */
export function parseCaseNumber(raw: string): CaseNumber | undefined {
  return findCaseNumbers(raw)[0];
}

/** Brackets a year is written in: （2019） (2019) 〔2019〕 [2019] 【2019】. */
const BRACKETS = /[()（）〔〕[\]【】]/g;

/**
 * A case number as compared across judgments: half-width, no whitespace, no brackets, no 第 before
 * the sequence nor zeros padding it. One dispute's number is written （2019）京0108民初100号 in its own
 * judgment and (2019)京0108民初100号, 〔2019〕京0108民初100号 or （2015）民终第15617号 for 民终15617号
 * in the judgments that cite it; （2013）石刑再初字第00001号 is cited as 第2号.
 */
export function caseNumberKey(raw: string): string {
  return toHalfWidth(raw)
    .replace(/\s/g, "")
    .replace(/[－—–]/g, "-")
    .replace(BRACKETS, "")
    .replace(/第(?=\d)/, "")
    .replace(/(?<=\D)0+(?=\d+号$)/, "");
}

/**
 * The forms a case number is indexed under, as written in judgments: its year in each kind of
 * bracket or in none, and the number as given. Keyword fields hold numbers as written, so a lookup
 * names them all.
 */
export function caseNumberForms(raw: string): string[] {
  const key = caseNumberKey(raw);
  const m = /^(\d{4})(.+)$/.exec(key);
  const forms = [raw.trim()];
  if (m) {
    const [, year = "", rest = ""] = m;
    // A pre-2016 number (…刑初字第234号) is written with 第, its sequence often padded to four or
    // five digits (第00233号); the key has neither.
    const legacy = /^(.*字)(\d+)号$/.exec(rest);
    const rests = legacy
      ? [rest, ...[0, 4, 5].map((width) => `${legacy[1]}第${(legacy[2] ?? "").padStart(width, "0")}号`)]
      : [rest];
    // Digits as judgments write them: half-width, or (rarely) full-width throughout.
    const wide = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    for (const tail of rests) {
      for (const [open, close] of [
        ["（", "）"],
        ["(", ")"],
        ["〔", "〕"],
        ["[", "]"],
        ["【", "】"],
      ]) {
        forms.push(`${open}${year}${close}${tail}`);
        forms.push(`${open}${wide(year)}${close}${wide(tail)}`);
      }
      // Bracketless, as some judgments head themselves (2016苏01刑终80号: BARE_RE).
      forms.push(`${year}${tail}`);
    }
  }
  return [...new Set(forms)];
}

/**
 * A filter keeping each case number once, compared by `key` (default {@link caseNumberKey}: brackets
 * and digit width aside), and never one whose key is in `taken` (the judgment's own): the numbers as
 * written, in order. One filter serves several lists, so a number kept in one is left out of the next
 * (an instance is never also cited).
 */
export function distinctNumbers(
  taken: Iterable<string>,
  key: (raw: string) => string = caseNumberKey,
): (numbers: readonly CaseNumber[]) => string[] {
  const seen = new Set(taken);
  return (numbers) =>
    numbers.flatMap((c) => {
      const k = key(c.raw);
      if (seen.has(k)) return [];
      seen.add(k);
      return [c.raw];
    });
}
