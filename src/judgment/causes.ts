import { LONG_NAME_ENDINGS, ORGANISATION_ENDINGS } from "./parties.ts";

/**
 * Causes of action (案由) for civil and administrative cases. The list holds common third-level
 * causes of 最高人民法院《民事案件案由规定》 (2011, revised 2020) and administrative action types of
 * 《关于行政案件案由的暂行规定》 (2020); any "…纠纷" named in the text is accepted as well.
 * The third amendment of 民事案件案由规定 (法〔2025〕227号, in force since 2026-01-01) revised the
 * catalogue and added causes (标准必要专利纠纷 and data disputes among them); this list has not been
 * checked against its text. A cause it added or renamed is still read as the judgment writes it.
 */
export const COMMON_CAUSES: readonly string[] = [
  "民间借贷纠纷",
  "金融借款合同纠纷",
  "借款合同纠纷",
  "买卖合同纠纷",
  "房屋买卖合同纠纷",
  "商品房预售合同纠纷",
  "房屋租赁合同纠纷",
  "租赁合同纠纷",
  "建设工程施工合同纠纷",
  "建设工程分包合同纠纷",
  "承揽合同纠纷",
  "运输合同纠纷",
  "服务合同纠纷",
  "物业服务合同纠纷",
  "委托合同纠纷",
  "保证合同纠纷",
  "追偿权纠纷",
  "信用卡纠纷",
  "融资租赁合同纠纷",
  "保险合同纠纷",
  "财产保险合同纠纷",
  "人身保险合同纠纷",
  "合伙协议纠纷",
  "股权转让纠纷",
  "股东资格确认纠纷",
  "公司决议纠纷",
  "损害公司利益责任纠纷",
  "劳动争议",
  "劳动合同纠纷",
  "追索劳动报酬纠纷",
  "劳务合同纠纷",
  "提供劳务者受害责任纠纷",
  "机动车交通事故责任纠纷",
  "生命权、健康权、身体权纠纷",
  "生命权、身体权、健康权纠纷",
  "医疗损害责任纠纷",
  "产品责任纠纷",
  "财产损害赔偿纠纷",
  "侵权责任纠纷",
  "名誉权纠纷",
  "隐私权纠纷",
  "不当得利纠纷",
  "无因管理纠纷",
  "离婚纠纷",
  "离婚后财产纠纷",
  "婚约财产纠纷",
  "抚养纠纷",
  "抚养费纠纷",
  "赡养纠纷",
  "继承纠纷",
  "法定继承纠纷",
  "遗嘱继承纠纷",
  "共有物分割纠纷",
  "排除妨害纠纷",
  "返还原物纠纷",
  "所有权确认纠纷",
  "土地承包经营权纠纷",
  "相邻关系纠纷",
  "侵害商标权纠纷",
  "侵害著作权纠纷",
  "侵害发明专利权纠纷",
  "侵害实用新型专利权纠纷",
  "不正当竞争纠纷",
  "侵害商业秘密纠纷",
  "执行异议之诉",
  "案外人执行异议之诉",
  "申请执行人执行异议之诉",
  "环境污染责任纠纷",
  "生态环境损害赔偿纠纷",
  "行政处罚",
  "行政许可",
  "行政强制",
  "行政征收",
  "行政登记",
  "行政确认",
  "行政复议",
  "政府信息公开",
  "工伤认定",
  "行政赔偿",
];

const KNOWN = [...COMMON_CAUSES].sort((a, b) => b.length - a.length);
const LISTED = new Set(COMMON_CAUSES);

/**
 * A cause as a judge may type it, as judgments name it: 民间借贷 is 民间借贷纠纷, 离婚 is 离婚纠纷 (民事案件
 * 案由规定 names civil causes …纠纷; judges often leave the word off). A name no listed cause has with 纠纷
 * is kept as typed (trimmed).
 */
export function canonicalCause(written: string): string {
  const name = written.replace(/\s/g, "");
  if (LISTED.has(name) || /(?:纠纷|争议|之诉)$/.test(name)) return name;
  return LISTED.has(`${name}纠纷`) ? `${name}纠纷` : name;
}

/**
 * The forms a typed cause is searched by: as typed and, lacking its 纠纷, with it (民间借贷 → also
 * 民间借贷纠纷), so that a cause outside the list is found too when the judgments name it so.
 */
export function causeForms(written: string): string[] {
  const name = written.replace(/\s/g, "");
  return /(?:纠纷|争议|之诉)$/.test(name) || /^行政/.test(name)
    ? [name]
    : [...new Set([name, canonicalCause(name), `${name}纠纷`])];
}
/**
 * A party named before the cause without 与/诉 (某某微电子有限公司等侵害集成电路布图设计专有权纠纷,
 * 某区某某镇某某村村民委员会违反安全保障义务责任纠纷): up to an organisation's ending, and 等. The
 * endings are the parser's (src/judgment/parties.ts), but:
 * - not the 公司 of a company's own causes (公司解散纠纷, 与公司有关的纠纷), nor 企业, which begins causes
 *   of 民事案件案由规定 (企业出售合同纠纷, 企业承包经营合同纠纷) and holds others (擅自使用他人企业名称纠纷);
 * - of its one-character endings, which end given names there and begin or sit inside cause words here
 *   (所有权确认纠纷, 社会保险纠纷, 行政处罚, 集体经济组织, 股东会决议), only 局, 厂 and 站 (not a 网站),
 *   which none holds, and the words they end the corpus' parties with (营业部, 研究所, 出版社, 村委会,
 *   a village's 七组, 支队, 株式会社…);
 * - the endings it counts from four characters on (…中学, …农行) wherever they are.
 */
const COMPANY_NOT_OWN_CAUSE = "公司(?!解散|决议|设立|证照|盈余|增资|减资|合并|分立|关联|有关)";
const ONE_CHARACTER_ENDINGS =
  "局|厂|(?<!网)站|营业部|经营部|学院|研究所|研究院|交易所|旅行社|出版社|报社|服务社|印刷社|工会|商场|宾馆|支队|村委会|[一二三四五六七八九十]+组|株式会社";
const ENDINGS_BEFORE_CAUSE = [
  ...ORGANISATION_ENDINGS.filter((ending) => ending !== "公司" && ending !== "企业"),
  ...LONG_NAME_ENDINGS,
].join("|");
const PARTY_BEFORE_CAUSE_RE = new RegExp(
  `(?:${COMPANY_NOT_OWN_CAUSE}|${ENDINGS_BEFORE_CAUSE}|${ONE_CHARACTER_ENDINGS})等?`,
  "g",
);
/**
 * A …纠纷 named with what is before it, as far back as a long title's parties may run (甲公司与乙公司诉
 * 丙公司追索…纠纷及行使船舶抵押权纠纷案).
 */
const DISPUTE_RE = /([\u4e00-\u9fa5、]{2,80}?(?:纠纷|争议|之诉))(?:一案|案|二审|一审|再审|民事|$)/;
/**
 * The parties before the cause, up to the word joining them to it (甲诉乙…, 甲与乙…, 甲因…, 甲就…, 甲对…),
 * not the same character inside a word: 赠与, 参与, 与公司有关的纠纷, 诉讼, 之诉, 无因管理, 就业 (平等就业权纠纷,
 * 指导案例185号), 就医, 就读, 就诊, 对外. A cause 民事案件案由规定 begins with 因 or 与 (因申请诉前财产保全损害责任
 * 纠纷, 因恶意提起知识产权诉讼损害责任纠纷, 与公司有关的纠纷) keeps it, whatever it says after, and
 * whatever was before it is parties (…等其他与公司有关的纠纷 → 与公司有关的纠纷).
 */
const JOINED_BY_RE =
  /^.*?(?=因(?:申请|恶意)|与(?:公司|企业|破产)有关)|^.*(?:(?<!赠|参)与(?!(?:公司|企业|破产)有关)|(?<!之)诉(?!讼)|(?<!无)因|就(?!业|医|读|诊)|对(?!外))/;

/**
 * The cause named in the title or the opening of the history: a listed one when possible, but as
 * the text writes it where the cause's own words come before it (房屋继承纠纷, 船舶保险合同纠纷, 国际货物
 * 买卖合同纠纷, 医疗服务合同纠纷: causes of 民事案件案由规定 of their own, not 继承纠纷 or 保险合同纠纷) —
 * a word a cause begins with, or a 规定 word right before the listed cause; not what is left of a
 * name the text broke (…杂志社名誉权纠纷, 某某等人不正当竞争纠纷). The parties' names, where the text
 * gives them elsewhere (a reprint's parties paragraph), are dropped where the cause would begin with
 * them.
 */
export function findCauses(text: string, names: readonly string[] = []): string[] {
  const listed = KNOWN.find((cause) => text.includes(cause));
  const written = writtenCause(text, names);
  if (!listed) return written ? [written] : [];
  const before = written?.endsWith(listed) ? written.slice(0, -listed.length) : undefined;
  const own = before !== undefined && (before === "" || beginsCause(before) || qualifies(before));
  return [own && written ? written : listed];
}

/** The …纠纷 the text names, without the parties before it. */
function writtenCause(text: string, names: readonly string[]): string | undefined {
  const m = DISPUTE_RE.exec(text);
  if (!m?.[1]) return undefined;
  // Strip the parties: keep what follows the last 与/诉/因 (原告甲与被告乙民间借贷纠纷 → 被告乙民间借贷纠纷,
  // then 民间借贷纠纷 by the name's end or the cause's first word).
  const joined = m[1].replace(JOINED_BY_RE, "");
  const named = withoutNames(joined, names);
  // After the last party's ending that leaves a cause (not the 银行 of 银行卡纠纷).
  const ends = [...named.matchAll(PARTY_BEFORE_CAUSE_RE)].map((p) => p.index + p[0].length);
  const end = ends.reverse().find((at) => named.length - at >= 4) ?? 0;
  // Whether the text still begins where the parties' names do: after the word joining them (甲诉乙…),
  // or at the title's start, nothing cut since.
  const cut = named !== joined || end > 0;
  const cause = withoutParties(named.slice(end), joined !== m[1] && !cut, cut);
  return cause.length >= 4 ? cause : undefined;
}

/**
 * The text without the parties' names it begins with (…诉张某甲工伤保险待遇纠纷 → 工伤保险待遇纠纷,
 * …诉某某出版社音像大世界侵犯著作权纠纷 → 侵犯著作权纠纷), several listed with 、 or followed by 等: the
 * longest name first, and always leaving a cause of four characters or more.
 */
function withoutNames(text: string, names: readonly string[]): string {
  const longest = names.filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  let rest = text;
  for (;;) {
    const lead = rest.replace(/^[、，,和及]/, "");
    const name = longest.find((n) => lead.startsWith(n) && lead.length - n.length >= 4);
    if (!name) return rest;
    rest = lead.slice(name.length).replace(/^等(?:[一二三四五六七八九十\d]+人)?/, "");
  }
}

/**
 * Words a cause begins with (民事案件案由规定): the rights and relations it names; 房产 and 排除妨碍 as
 * 公报 titles write 房屋 and 排除妨害. Compounds only where the word alone also ends parties' names
 * (保险公司, 房地产公司).
 */
const CAUSE_HEADS =
  /平等就业|商品房|电信|国际|侵犯|发明专利|实用新型|外观设计|植物新品种|计算机软件|民间文学|道路交通|铁路|海上|水路|航空|颁发|一般人格权|人格权|生命权|健康权|身体权|名誉权|荣誉权|肖像权|姓名权|隐私权|著作权|商标权|专利权|侵害|教育机构|股东|公司(?:解散|决议|设立|证照|盈余|增资|减资|合并|分立|关联)|其他合同|人身损害|财产损害|机动车交通|交通事故|劳动争议|劳动合同|民间借贷|金融借款|借款合同|买卖合同|租赁合同|建设工程|保险合同|追偿权|不当得利|无因管理|委托合同|承揽合同|运输合同|服务合同|物业服务|医疗损害|产品责任|环境污染|案外人|执行异议|确认合同|返还原物|排除妨害|相邻关系|继承|离婚|抚养|赡养|婚约|网络侵权|违反安全保障|第三人撤销|与(?:公司|企业|破产)有关|赠与|居间|船舶|储蓄|抵押|承包|房屋|房产|排除妨碍/;

/** Whether the text begins with a word a civil cause begins with (国际货物…, 商品房…, 平等就业…). */
export function beginsCause(text: string): boolean {
  return CAUSE_HEADS.exec(text)?.index === 0;
}

/**
 * Words 民事案件案由规定 (2020) writes before a word a cause begins with, in the cause: 用益物权 (用益物权
 * 纠纷), 最高额/动产/探矿权… (…抵押权纠纷), 农村土地/土地/企业 (…承包…纠纷), 农村 (农村房屋买卖合同纠纷),
 * 车辆/融资 (…租赁合同纠纷), 公路旅客 (…运输合同纠纷), 邮政/医疗/网络… (…服务合同纠纷), 财产/责任/人寿
 * (…保险合同纠纷), 损害 (损害股东利益责任纠纷), 变更 (变更抚养关系纠纷), 法定/遗嘱 (…继承纠纷), 民用
 * (民用航空器损害责任纠纷), 非 (非机动车交通事故责任纠纷). Not a party's name, however short.
 */
const CAUSE_QUALIFIER_RE =
  /(?:用益物权|最高额|动产浮动|动产|在建建筑物|探矿权|采矿权|海域使用权|土地经营权|建设用地使用权|农村土地|土地|农村|企业|在建|分期付款|凭样品|试用|所有权保留|招标投标|车辆|建筑设备|融资|小额|公路旅客|公路货物|城市公交|管道|联合|邮政|快递|医疗|法律|旅店|财会|餐饮|娱乐|有线电视|网络|家政|庆典|殡葬|农业技术|财产|人身|责任|信用|保证|人寿|意外伤害|健康|损害|变更|法定|遗嘱|民用|非)$/;

/** Whether the text is one of those words (医疗 of 医疗服务合同纠纷, 意外伤害 of 意外伤害保险合同纠纷). */
function qualifies(text: string): boolean {
  return CAUSE_QUALIFIER_RE.exec(text)?.index === 0;
}

/**
 * A cause without the parties a title glued before it without 与/诉 (洪立森名誉权、荣誉权纠纷, 、程某、
 * 马某侵害作品信息网络传播权纠纷, 陈禾、吴航禾、李川航、周辰峰生命权纠纷: 64 write-ups, review15-search):
 * from the first word a cause begins with, when what comes before it reads as parties — names
 * listed with 、 or 等 (after a name already cut, a 、 only where it goes on listing them: not
 * 某某公司追索垫付船员工资、船舶费用纠纷), or the other side's name, however long, where the text
 * begins with it (甲诉陶某某居间合同纠纷, 甲诉某某图书馆著作权侵权纠纷; not after a name already cut:
 * 某某公司物业管理承包合同纠纷, 某某厂有奖储蓄存单纠纷) — and without the words of the cause before that
 * word (甲诉乙用益物权抵押合同纠纷 → 用益物权抵押合同纠纷).
 */
function withoutParties(cause: string, afterJoiner: boolean, afterName: boolean): string {
  const head = CAUSE_HEADS.exec(cause);
  if (!head || head.index === 0) return cause;
  const before = cause.slice(0, head.index);
  const parties = before.slice(0, before.length - (CAUSE_QUALIFIER_RE.exec(before)?.[0].length ?? 0));
  const named =
    /等/.test(parties) ||
    (afterName ? /^[、\s]/ : /[、\s]/).test(parties) ||
    (afterJoiner && /^[\u4e00-\u9fa5]{2,}$/.test(parties));
  return named ? cause.slice(parties.length) : cause;
}
