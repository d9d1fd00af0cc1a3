import { CIVIL_CATALOGUE } from "./civil-catalogue.ts";
import { OLDER_CIVIL_CAUSES } from "./older-civil-causes.ts";
import { LONG_NAME_ENDINGS, ORGANISATION_ENDINGS } from "./parties.ts";

/**
 * Causes of action (案由) for civil and administrative cases. The list holds common third-level
 * causes of 最高人民法院《民事案件案由规定》 (2011, revised 2020) and administrative action types of
 * 《关于行政案件案由的暂行规定》 (2020) — with 行政强制, 行政征收 and 工伤认定, names of acts older titles
 * write, where the catalogue has 行政强制措施/行政强制执行, 行政征收或者征用 and 行政确认 (its
 * 工伤保险资格或者待遇认定); any "…纠纷" named in the text is accepted as well, and an administrative
 * suit naming the act otherwise has the catalogue's cause of it ({@link ADMINISTRATIVE_CATALOGUE}).
 * A search ({@link causeForms}) for a civil parent cause also finds the causes below it, at every
 * level of the 2020 catalogue as transcribed ({@link CIVIL_CATALOGUE}: 合同纠纷 finds 买卖合同纠纷 and
 * its 分期付款买卖合同纠纷); an administrative cause is searched with its catalogue kind and the older
 * names of that kind.
 * Some listed names are older than the 2020 text (合伙协议纠纷, 生命权、健康权、身体权纠纷, 侵害著作权纠纷,
 * 生态环境损害赔偿纠纷): kept, since titles name them so, and searched with the 2020 cause each became
 * ({@link OLDER_CIVIL_CAUSES}); the 2020 name a judge types is known from the catalogue (合伙合同 is
 * 合伙合同纠纷) and needs no place here.
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
  // The public-interest suits of 第十一部分 (公益诉讼), and the names titles give them: 环境民事公益诉讼,
  // 消费民事公益诉讼 and, its kind not named, 民事公益诉讼 (OLDER_CIVIL_CAUSES).
  "生态环境损害赔偿诉讼",
  "生态环境保护民事公益诉讼",
  "环境污染民事公益诉讼",
  "生态破坏民事公益诉讼",
  "英雄烈士保护民事公益诉讼",
  "未成年人保护民事公益诉讼",
  "消费者权益保护民事公益诉讼",
  "环境民事公益诉讼",
  "消费民事公益诉讼",
  "民事公益诉讼",
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

/** The names of the civil catalogue ({@link CIVIL_CATALOGUE}), at every level. */
const CATALOGUED = new Set(Object.entries(CIVIL_CATALOGUE).flat(2));

/**
 * A civil cause known by name: listed, of the catalogue at any level, an older name, or one titles
 * write below a catalogue cause ({@link WRITTEN_BELOW}).
 */
function knownCause(name: string): boolean {
  return (
    LISTED.has(name) ||
    CATALOGUED.has(name) ||
    olderCivilCause(name) !== undefined ||
    Object.hasOwn(WRITTEN_BELOW, name)
  );
}

/**
 * The words 民事案件案由规定 (2020) ends a cause with: 纠纷 for most, 争议 for 劳动争议 and 人事争议 (第六部分),
 * 之诉 for the suits of 第十一部分 (执行异议之诉, 执行分配方案异议之诉), 诉讼 for the public-interest suits
 * (公益诉讼, 生态环境损害赔偿诉讼).
 */
const CAUSE_ENDINGS = ["纠纷", "争议", "之诉", "诉讼"] as const;
const CAUSE_ENDING_RE = new RegExp(`(?:${CAUSE_ENDINGS.join("|")})$`);

/**
 * A cause as a judge may type it, as judgments name it: 民间借贷 is 民间借贷纠纷, 离婚 is 离婚纠纷, 合同 is
 * 合同纠纷, 居间合同 (an older name: {@link OLDER_CIVIL_CAUSES}) 居间合同纠纷 — and a cause the catalogue
 * ends otherwise with its own ending (劳动 and 劳动纠纷 are 劳动争议, 执行异议 is 执行异议之诉: {@link
 * CAUSE_ENDINGS}); judges often leave the word off, or write 纠纷 for all. Only the ending is added or
 * replaced, and only where the name with it is known (a listed, catalogue or older cause): any other
 * name is kept as typed (trimmed).
 */
export function canonicalCause(written: string): string {
  const name = written.replace(/\s/g, "");
  if (knownCause(name)) return name;
  const stem = name.replace(CAUSE_ENDING_RE, "");
  return (
    CAUSE_ENDINGS.map((ending) => `${stem}${ending}`).find(knownCause) ??
    // An act of the administrative catalogue typed with a civil cause's ending (行政处罚纠纷, 工伤认定纠纷):
    // that catalogue names a cause by the act alone (行政案件案由暂行规定, 法发〔2020〕44号), and judgments
    // are read so (findCauses): as typed it had matched no case.
    (stem !== name && administrativeName(stem) ? stem : name)
  );
}

/** A name of the administrative catalogue, second- or third-level, or an older name it keeps. */
function administrativeName(name: string): boolean {
  return catalogueCause(name) !== undefined || olderCause(name) !== undefined;
}

/**
 * Whether a cause as a judge types it (one cause: {@link typedCauses}) is known by name — a cause of
 * 民事案件案由规定 (2020) at any level, an older name of one, a listed cause, or a cause of 行政案件案由暂行
 * 规定 (2020) or an older name it keeps — once its ending is read ({@link canonicalCause}). Any other is
 * searched as typed and matches only judgments naming it so: a misspelt cause (民间借代纠纷) matches none,
 * and the judge is told (src/retrieval/similar.ts givenLegal); the workbench splits a typed list of
 * causes by it too (src/web/client/lists.ts). 排除妨碍 is the catalogue's (under 行政强制执行) though
 * {@link catalogueCause} does not search it as that kind.
 */
export function knownTypedCause(written: string): boolean {
  const name = canonicalCause(written);
  return knownCause(name) || CATALOGUE_PARENT.has(name) || olderCause(name) !== undefined;
}

/**
 * The causes a typed cause names ({@link typedCauses}) that {@link knownTypedCause} does not know: said
 * back to the judge, by the name searched (民间借代 → 民间借代纠纷: src/retrieval/similar.ts givenLegal).
 */
export function unrecognisedCausesOf(written: string): string[] {
  return typedCauses(written).filter((cause) => !knownTypedCause(cause));
}

/** The entries of a cause filter, as typed, that name a cause {@link knownTypedCause} does not know. */
export function unrecognisedTypedCauses(typed: readonly string[]): string[] {
  return typed.filter((entry) => unrecognisedCausesOf(entry).length > 0);
}

/**
 * The causes a name joining several names (侵害商标权及不正当竞争纠纷, 名誉权、荣誉权纠纷, 商标侵权和不正当
 * 竞争纠纷, 借款、保证合同纠纷, 物权确认纠纷、财产损害赔偿纠纷) names, each by its own name; none (undefined)
 * for one cause. A suit over two legal relations neither of which is the other's principal (主从) has
 * both causes, side by side: 最高人民法院关于印发修改后的《民事案件案由规定》的通知 (法〔2011〕42号; 法〔2020〕347号
 * kept the rule) — as public commentaries quote it (并列的两个案由), not checked against the printed text.
 * - A name that is one cause is not split (生命权、身体权、健康权纠纷, 修理、重作、更换纠纷, 建筑物和物件损害
 *   责任纠纷, 知识产权与竞争纠纷, 劳动争议、人事争议: {@link knownCause}).
 * - Disputes each named in full (…纠纷及…纠纷) are two, whatever each is called; each is read again.
 * - Otherwise every name joined by 及, 与, 和 or 、 must be a known cause, the last as a judge may type it
 *   ({@link canonicalCause}), each before it with the words it shares with the next left off where the
 *   name needs them (借款、保证合同纠纷: 借款合同纠纷; 民间借贷、担保合同纠纷: 民间借贷纠纷) — else the name
 *   is one cause, as written (拖欠海运费、港杂费纠纷 is one claim, for two fees).
 */
function compoundParts(written: string): string[] | undefined {
  const name = written.replace(/\s/g, "");
  if (knownCause(canonicalCause(name))) return undefined;
  const disputes = name.split(/(?<=纠纷|争议|之诉)[及与和、]/);
  if (disputes.length > 1)
    return disputes.every((d) => d.length >= 4)
      ? disputes.flatMap((d) => compoundParts(d) ?? [canonicalCause(d)])
      : undefined;
  const pieces = name.split(/[及与和、]/);
  const last = canonicalCause(pieces.at(-1) ?? "");
  if (pieces.length < 2 || !knownCause(last)) return undefined;
  const parts = [last];
  for (const piece of pieces.slice(0, -1).reverse()) {
    const part = joinedPart(piece, parts[0] as string);
    if (!part) return undefined;
    parts.unshift(part);
  }
  return parts;
}

/**
 * A cause named before `next` and joined to it, by its own name, the words it shares with `next` added
 * where it leaves them off (借款 before 保证合同纠纷: 借款合同纠纷; 房屋 before 车辆租赁合同纠纷: 房屋租赁合同
 * 纠纷) — the fewest that make a known cause; none where no words do.
 */
function joinedPart(piece: string, next: string): string | undefined {
  if (piece.length < 2) return undefined;
  const canonical = canonicalCause(piece);
  if (knownCause(canonical)) return canonical;
  for (let n = 1; n < next.length; n++) {
    const named = `${piece}${next.slice(next.length - n)}`;
    if (knownCause(named)) return named;
  }
  return undefined;
}

/**
 * The causes a typed cause names: one ({@link canonicalCause}), or each of several it joins
 * ({@link compoundParts}: 侵害商标权及不正当竞争 → 侵害商标权纠纷, 不正当竞争纠纷).
 */
export function typedCauses(written: string): string[] {
  return compoundParts(written) ?? [canonicalCause(written)];
}

/**
 * A cause a similar case shares with the judge's, as the workbench and a report show it: the judge's
 * name, with the case's own where the case names it otherwise (保险合同纠纷（该案为船舶保险合同纠纷）:
 * src/retrieval/types.ts MatchReason sharedCauseDetails).
 */
export function sharedCauseText(cause: string, own: readonly string[] | undefined): string {
  return own?.length ? `${cause}（该案为${own.join("、")}）` : cause;
}

/**
 * The forms a typed cause is searched by: as typed and, lacking its 纠纷, with it (民间借贷 → also
 * 民间借贷纠纷), so that a cause outside the list is found too when the judgments name it so; a cause
 * of the administrative catalogue with its kind, the cause judgments naming the act are read by
 * (罚款 → also 行政处罚: {@link catalogueCause}; typed with 纠纷, 罚款纠纷, as that name too), and the
 * older names of that kind older titles are read by (行政确认 → also 工伤认定); an older name with the
 * kind it became (行政强制 → also 行政强制措施: {@link OLDER_ADMINISTRATIVE_CAUSES}); but an act judgments
 * are read by a name of their own, with that name and not its kind (工伤认定 ↔ 工伤保险资格或者待遇认定:
 * {@link ACTS_READ_BY_NAME}). A civil cause with causes below it is searched with them, at
 * every level (合同纠纷 → also 买卖合同纠纷, 分期付款买卖合同纠纷…; 继承纠纷 → also 法定继承纠纷, 转继承纠纷…,
 * 房屋继承纠纷: {@link CIVIL_CATALOGUE}), and with the older names of each (中介合同纠纷 → also
 * 居间合同纠纷); an older name with the cause it became and all below that (居间合同纠纷 → also
 * 中介合同纠纷; 侵犯著作权纠纷 → also 著作权权属、侵权纠纷 and its 侵害作品复制权纠纷…:
 * {@link OLDER_CIVIL_CAUSES}); a cause with none below, only as it is (遗嘱继承纠纷). A name joining
 * causes is searched with the forms of each ({@link typedCauses}: 侵害商标权及不正当竞争纠纷 → also
 * 侵害商标权纠纷, 不正当竞争纠纷 and their older names), and as typed, as an index built before such a
 * name was read so holds it.
 */
export function causeForms(written: string): string[] {
  const name = written.replace(/\s/g, "");
  const parts = compoundParts(name);
  if (parts) return [...new Set([name, ...parts.flatMap(causeForms)])];
  const canonical = canonicalCause(name);
  const became = (olderCivilCause(canonical) ?? []).flatMap((c) => [c, ...civilDescendants(c)]);
  const lower = [...civilDescendants(canonical), ...became];
  if (lower.length > 0) return [...new Set([name, canonical, ...lower])];
  const act = Object.entries(ACTS_READ_BY_NAME).find(([catalogued, read]) =>
    [catalogued, read].includes(canonical),
  );
  if (act) return [...new Set([name, canonical, ...act])];
  const kind = catalogueCause(canonical) ?? olderCause(canonical);
  if (kind) {
    const older = Object.keys(OLDER_ADMINISTRATIVE_CAUSES).filter(
      (o) => OLDER_ADMINISTRATIVE_CAUSES[o] === kind,
    );
    return [...new Set([name, canonical, kind, ...older])];
  }
  return CAUSE_ENDING_RE.test(name) || /^行政/.test(name)
    ? [...new Set([name, canonical])]
    : [...new Set([name, canonical, `${name}纠纷`])];
}

/**
 * Causes as titles write them below a catalogue cause, not names of the catalogue: the object or the
 * kind of insurance before the cause (房屋继承纠纷; 船舶保险合同纠纷 and 海上货物运输保险合同纠纷, insurances
 * of the ship and of the goods carried, both 海上保险合同 of 海商法 ch.12 (§218), which the 2020 text
 * files under 海事海商纠纷 as 海上、通海水域保险合同纠纷; 海上保险合同纠纷 is that cause's older name,
 * {@link OLDER_CIVIL_CAUSES}); 水路运输货物保险合同纠纷, the goods carried by inland water insured, an
 * insurance contract of the older name). Each found in the write-ups' titles, with the causes it
 * narrows; kept as written ({@link findCauses}) and found by a search for any of them.
 */
const WRITTEN_BELOW: Readonly<Record<string, readonly string[]>> = {
  房屋继承纠纷: ["继承纠纷"],
  水路运输货物保险合同纠纷: ["保险合同纠纷"],
  船舶保险合同纠纷: ["保险合同纠纷", "海上、通海水域保险合同纠纷"],
  海上保险合同纠纷: ["保险合同纠纷"],
  海上货物运输保险合同纠纷: ["保险合同纠纷", "海上、通海水域保险合同纠纷"],
};

/** The cause one level up of each cause of the catalogue. */
const CATALOGUE_CIVIL_PARENT = new Map(
  Object.entries(CIVIL_CATALOGUE).flatMap(([parent, children]) => children.map((c) => [c, parent] as const)),
);

/** A cause of the catalogue and the causes above it, nearest first. */
function withAncestors(cause: string): string[] {
  const chain = [cause];
  for (let up = CATALOGUE_CIVIL_PARENT.get(cause); up; up = CATALOGUE_CIVIL_PARENT.get(up)) chain.push(up);
  return chain;
}

/**
 * The cause a search finds an older name under: the cause it became, or the nearest cause above all the
 * causes it was split into (保险合同纠纷 under 保险纠纷, not under 财产保险合同纠纷: it may be any of the
 * four insurances); none where no cause is above them all.
 */
function olderNameParent(became: readonly string[]): string | undefined {
  const chains = became.map(withAncestors);
  return chains[0]?.find((cause) => chains.every((chain) => chain.includes(cause)));
}

/** The causes of the catalogue an older name became ({@link OLDER_CIVIL_CAUSES}); none for another name. */
function olderCivilCause(name: string): readonly string[] | undefined {
  return Object.hasOwn(OLDER_CIVIL_CAUSES, name) ? OLDER_CIVIL_CAUSES[name] : undefined;
}

/**
 * The cause of the 2020 catalogue a civil cause is compared as (an audit's 类案: src/audit/cluster.ts
 * legalKey): an older name that became one cause as that cause ({@link OLDER_CIVIL_CAUSES}: 居间合同纠纷
 * → 中介合同纠纷, 侵犯商标专用权纠纷 → 侵害商标权纠纷, 侵犯著作权纠纷 → 著作权权属、侵权纠纷, the cause holding
 * the rights it did not name); a name the 2020 text split into several causes (商品房买卖合同纠纷 →
 * 预售 or 销售, 侵犯专利权纠纷 → 发明, 实用新型 or 外观设计) as it is, since it does not tell which; any
 * other cause as it is.
 */
export function catalogueCivilCause(cause: string): string {
  const became = olderCivilCause(cause);
  return became?.length === 1 && became[0] !== undefined ? became[0] : cause;
}

/**
 * The causes one level down of each civil cause: the catalogue's, the older names of a cause or of the
 * causes it was split into ({@link olderNameParent}), and the written ones.
 */
const CIVIL_CHILDREN = new Map<string, readonly string[]>(Object.entries(CIVIL_CATALOGUE));
const belowCause = (parent: string | undefined, child: string) => {
  if (parent) CIVIL_CHILDREN.set(parent, [...(CIVIL_CHILDREN.get(parent) ?? []), child]);
};
for (const [older, became] of Object.entries(OLDER_CIVIL_CAUSES)) belowCause(olderNameParent(became), older);
for (const [child, parents] of Object.entries(WRITTEN_BELOW)) for (const p of parents) belowCause(p, child);

/** The civil causes below a cause, at any level, parents before their children; none for a leaf. */
function civilDescendants(cause: string): string[] {
  const found: string[] = [];
  const visit = (name: string) => {
    for (const child of CIVIL_CHILDREN.get(name) ?? [])
      if (child !== cause && !found.includes(child)) {
        found.push(child);
        visit(child);
      }
  };
  visit(cause);
  return found;
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
 *   a village's 七组, 支队, 株式会社, 代表处, 办事处, a 管理处 but not of 治安管理处罚…);
 * - the endings it counts from four characters on (…中学, …农行) wherever they are.
 */
const COMPANY_NOT_OWN_CAUSE = "公司(?!解散|决议|设立|证照|盈余|增资|减资|合并|分立|关联|有关)";
const ONE_CHARACTER_ENDINGS =
  "局|厂|(?<!网)站|营业部|经营部|学院|研究所|研究院|交易所|旅行社|出版社|报社|服务社|印刷社|工会|商场|宾馆|支队|管理处(?!罚)|代表处|办事处|村委会|[一二三四五六七八九十]+组|株式会社";
const ENDINGS_BEFORE_CAUSE = [
  ...ORGANISATION_ENDINGS.filter((ending) => ending !== "公司" && ending !== "企业"),
  ...LONG_NAME_ENDINGS,
].join("|");
/** A publication's name, and the body publishing it named by it (《某某报》社, 《某某》杂志社, 《某某》编辑部). */
const PUBLICATION = "《[^《》]{1,20}》(?:杂志社|报社|编辑部|社)";
/** A note in brackets a name ends with: its form or its owners (…（普通合伙）, …（中日合资企业）). */
const NAME_NOTE_RE = /^[（(][^（()）]{1,12}[）)]/;
const PARTY_BEFORE_CAUSE_RE = new RegExp(
  `(?:${COMPANY_NOT_OWN_CAUSE}|${PUBLICATION}|${ENDINGS_BEFORE_CAUSE}|${ONE_CHARACTER_ENDINGS})(?:${NAME_NOTE_RE.source.slice(1)})?等?`,
  "g",
);
/**
 * The review a title names after a cause, before its 案 (…纠纷上诉案, …纠纷申请再审案, …纠纷再审案, …纠纷
 * 抗诉案, …纠纷二审案, …纠纷重审案): the gazette's older titles name the instance a dispute was heard in,
 * which leaves it the dispute it is. A pattern's source, for titles read here ({@link DISPUTE_RE}) and
 * in src/cases/parse.ts (a civil dispute's title).
 */
export const REVIEW_AFTER_CAUSE = "(?:申请)?再审|上诉|抗诉|申诉|提审|重审|[一二]审";

/**
 * A …纠纷 named with what is before it, as far back as a long title's parties may run (甲公司与乙公司诉
 * 丙公司追索…纠纷及行使船舶抵押权纠纷案), over the spaces a title broken across lines keeps and the
 * brackets and quotes a name is written with (…、《某某导报》社返还…纠纷案: not from inside the name);
 * followed by 案 or what a title names the proceeding by: the instance ({@link REVIEW_AFTER_CAUSE}), a
 * ruling on jurisdiction (…纠纷管辖权异议案), or the prosecutors' part in it (…纠纷抗诉案, …纠纷支持起诉案,
 * …纠纷诉讼监督案, …纠纷等系列虚假诉讼监督案).
 */
const DISPUTE_RE = new RegExp(
  `([\\u4e00-\\u9fa5、《》“”‘’（）()· \\t\\u3000]{2,80}?(?:纠纷|争议|之诉))(?:一案|案|${REVIEW_AFTER_CAUSE}|民事|管辖权异议|支持起诉|诉讼监督|检察监督|等|$)`,
);
/**
 * The parties before the cause, up to the word joining them to it (甲诉乙…, 甲与乙…, 甲因…, 甲就…, 甲对…,
 * 甲为…纠纷申请再审), not the same character inside a word: 赠与, 参与, 与公司有关的纠纷, 诉讼, 之诉, 无因管理,
 * 行为 and 见义勇为 (请求确认债务人行为无效纠纷, 见义勇为人受害责任纠纷), 就业 (平等就业权纠纷,
 * 指导案例185号), 就医, 就读, 就诊, 对外. A cause 民事案件案由规定 begins with 因 or 与 (因申请诉前财产保全损害责任
 * 纠纷, 因恶意提起知识产权诉讼损害责任纠纷, 与公司有关的纠纷) keeps it, whatever it says after, and
 * whatever was before it is parties (…等其他与公司有关的纠纷 → 与公司有关的纠纷).
 */
const JOINED_BY_RE =
  /^.*?(?=因(?:申请|恶意)|与(?:公司|企业|破产)有关)|^.*(?:(?<!赠|参)与(?!(?:公司|企业|破产)有关)|(?<!之)诉(?!讼)|(?<!无)因|(?<!行|勇)为|就(?!业|医|读|诊)|对(?!外))/;

/**
 * The cause named in the title or the opening of the history: a listed one when possible, but as
 * the text writes it where the cause's own words come before it (房屋继承纠纷, 船舶保险合同纠纷, 国际货物
 * 买卖合同纠纷, 医疗服务合同纠纷: kept as written, not read as 继承纠纷 or 保险合同纠纷, which a search
 * for the parent still finds them by, {@link causeForms}) —
 * a word a cause begins with, or a 规定 word right before the listed cause; not what is left of a
 * name the text broke (…杂志社名誉权纠纷, 某某等人不正当竞争纠纷). The parties' names, where the text
 * gives them elsewhere (a reprint's parties paragraph), are dropped where the cause would begin with
 * them. An administrative suit's cause is the act sued (行政案件案由暂行规定 2020: 以被诉行政行为确定案由):
 * what the first clause naming a cause or an act names (the title, else the history's 原告…不服…决定),
 * not a cause the history names later (经行政复议…, a civil dispute the act was about); of a listed
 * cause and the catalogue's names, the act as {@link administrativeAct} reads it (…行政强制措施 is the
 * catalogue's 行政强制措施, not the listed 行政强制); a suit naming neither cause nor act
 * (…诉某市人民政府房屋征收补偿决定案) has the catalogue's cause of the act it names.
 */
export function findCauses(written: string, names: readonly string[] = [], administrative = false): string[] {
  const text = withoutLetterSpacing(written);
  if (!administrative) {
    const cause = namedCause(text, names);
    return cause ? joinedCauses(text, cause) : [];
  }
  for (const clause of clauses(text)) {
    const named = namedCause(clause, names);
    // A written …纠纷 (消防验收纠纷) is the court's own name of the act; a listed one is an act's name —
    // but a civil public-interest suit's, which an administrative one names joined to it (…行政附带民事
    // 公益诉讼: 行政公益诉讼, read as an act below).
    if (named && !CATALOGUE_PARENT.has(named) && !olderCause(named) && !CIVIL_PUBLIC_INTEREST_RE.test(named))
      return [named];
    const act = actIn(clause)?.kind ?? named;
    if (act) return [act];
  }
  return [];
}

/**
 * The causes an older title names without their 纠纷 (…诉某某不当得利案, …人身损害赔偿案, …股东资格确认案, …确认
 * 劳动关系案): the longest end of its words before 案 that is a civil cause known by name once 纠纷 is
 * added ({@link knownCause}: 不当得利纠纷; 人身损害赔偿纠纷, an older name); else, of words joined by 及, 和
 * or 、 at that end, each that is (…离婚及财产分割案: 离婚纠纷). None where no words are, the words kept
 * for no cause they do not name (…存包损害赔偿案: 损害赔偿纠纷 names none; …共有房屋分割案). Only 纠纷 is
 * added: a title's 执行异议 is no 执行异议之诉. For a civil case's title only, where {@link findCauses}
 * read none.
 */
export function causesWithoutEnding(title: string): string[] {
  const name = withoutLetterSpacing(title.split(/——|-{2,}/)[0] ?? "").trim();
  const words = /([\u4e00-\u9fa5、]+?)(?:上诉|一审|二审|再审)?一?案$/.exec(name)?.[1] ?? "";
  const known = (end: string) => {
    for (let n = Math.min(end.length, MAX_JOINED_LENGTH); n >= 2; n--)
      if (knownCause(`${end.slice(-n)}纠纷`)) return `${end.slice(-n)}纠纷`;
    return undefined;
  };
  const whole = known(words);
  if (whole) return [whole];
  const pieces = words.split(/[及和、]/);
  return pieces.length > 1 ? pieces.flatMap((piece) => known(piece) ?? []) : [];
}

/**
 * The cause a write-up's keywords name (关键词：民事/侵害著作权/…), where neither its title nor its
 * account does: of the first two after the kind of case (民事, 行政), the first that is a cause known by
 * name — a civil one as a judge would type it ({@link canonicalCause}: 金融借款合同 → 金融借款合同纠纷;
 * 环境民事公益诉讼), an administrative one as judgments are read ({@link catalogueKind} of a catalogue or
 * older name: 行政确认, 罚款 → 行政处罚). None where they name none (商标权无效宣告, 证据).
 */
export function keywordCause(keywords: readonly string[], administrative: boolean): string | undefined {
  const named = keywords.map((k) => k.replace(/\s/g, "")).filter((k) => !/^(?:民事|行政|刑事)$/.test(k));
  for (const keyword of named.slice(0, 2)) {
    if (administrative) {
      if (administrativeName(keyword)) return olderCause(keyword) ? keyword : catalogueKind(keyword);
    } else {
      const cause = canonicalCause(keyword);
      if (knownCause(cause)) return cause;
    }
  }
  return undefined;
}

/** A civil public-interest suit's name (民事公益诉讼, 生态环境损害赔偿诉讼…). */
const CIVIL_PUBLIC_INTEREST_RE = /民事公益诉讼$|赔偿诉讼$/;

/**
 * A text without the spaces it sets between the characters of a run of words (a gazette title set
 * letter-spaced: 张 某 诉 李 某 继 承 纠 纷 案): four characters or more, each alone between spaces. A
 * space between words (a title broken across lines, …有限公司 劳动合同纠纷案) is kept.
 */
function withoutLetterSpacing(text: string): string {
  return text.replace(LETTER_SPACED_RE, (run) => run.replace(/[ \u3000]/g, ""));
}
const LETTER_SPACED_RE = /(?:[\u4e00-\u9fa5][ \u3000]){3,}[\u4e00-\u9fa5]/g;

/**
 * The causes a civil text names with its cause: each of the causes the cause's name joins
 * ({@link compoundParts}), and the causes joined to it before it, which the parties' 与 (甲与乙侵害商标权与
 * 不正当竞争纠纷) or a name's end (…公司商标侵权及不正当竞争纠纷) had cut off — each a known cause, with
 * the words it shares with the next left off where it needs them ({@link joinedPart}); one after a
 * …纠纷 (物权确认纠纷、财产损害赔偿纠纷) as written.
 */
function joinedCauses(text: string, cause: string): string[] {
  const parts = compoundParts(cause) ?? [cause];
  const at = text.indexOf(cause);
  let before = at > 0 ? text.slice(0, at) : "";
  for (;;) {
    const joint = JOINED_BEFORE_RE.exec(before);
    if (!joint) return parts;
    const head = before.slice(0, joint.index);
    const words = /[\u4e00-\u9fa5（）]+$/.exec(head)?.[0] ?? "";
    const ending = joint[1];
    let found: { part: string; length: number } | undefined;
    for (let n = Math.min(words.length, MAX_JOINED_LENGTH); n >= 2 && !found; n--) {
      const piece = words.slice(-n);
      const part = ending
        ? knownCause(`${piece}${ending}`)
          ? `${piece}${ending}`
          : undefined
        : joinedPart(piece, parts[0] as string);
      if (part) found = { part, length: n };
    }
    if (!found) return parts;
    parts.unshift(found.part);
    before = head.slice(0, head.length - found.length);
  }
}

/** A word joining a cause to the one after it, right before that one, and the …纠纷 it may end. */
const JOINED_BEFORE_RE = /(纠纷|争议|之诉)?[ \t\u3000]*[及与和、][ \t\u3000]*$/;
/** The longest cause joined before another that is looked for (characters, without its ending). */
const MAX_JOINED_LENGTH = 30;

/** The cause a text names: a listed one, or the …纠纷 written with the words of its own before it. */
function namedCause(text: string, names: readonly string[]): string | undefined {
  const listed = KNOWN.find((cause) => text.includes(cause));
  const written = writtenCause(text, names);
  if (!listed) return written;
  const before = written?.endsWith(listed) ? written.slice(0, -listed.length) : undefined;
  const own = before !== undefined && (before === "" || beginsCause(before) || qualifies(before));
  return own && written ? written : listed;
}

/** The …纠纷 the text names, without the parties before it. */
function writtenCause(text: string, names: readonly string[]): string | undefined {
  const m = DISPUTE_RE.exec(text);
  if (!m?.[1]) return undefined;
  // A title broken by a space where its line was (…侵犯注册 商标专用权纠纷案, …生命权、 健康权、身体权纠纷案,
  // …公共道路 妨碍通行责任纠纷案): the cause goes on before the space when the words there, without the
  // parties, begin a cause; else it begins after it, where a party's name ended (…有限公司 劳动合同纠纷案,
  // …诉孙某、刘某 工伤事故损害赔偿纠纷案).
  const words = m[1].trim().split(SPACES_RE);
  let cause = causeAfterParties(words.at(-1) ?? "", names);
  for (let from = words.length - 2; from >= 0; from--) {
    const longer = causeAfterParties(words.slice(from).join(""), names);
    const added = longer.endsWith(cause) ? longer.slice(0, longer.length - cause.length) : "";
    if (!added || !(beginsCause(added) || qualifies(added))) break;
    cause = longer;
  }
  // A party's ending that begins a catalogue cause too (…支行银行 结算合同纠纷: 银行结算合同纠纷, 民事案件
  // 案由规定 2020): the catalogue's longer name, where the text has it whole before the cause.
  const whole = m[1].replace(/[ \t\u3000]+/g, "");
  if (whole.endsWith(cause)) {
    const before = whole.slice(0, whole.length - cause.length);
    for (let n = Math.min(before.length, 12); n > 0; n--) {
      if (CATALOGUED.has(before.slice(-n) + cause)) {
        cause = before.slice(-n) + cause;
        break;
      }
    }
  }
  // Not a name's tail: what begins with the 、 of a list of parties, or holds a name's brackets, was not
  // cut where the cause begins (…公司、付某某赔偿纠纷, the names unknown).
  return cause.length >= 4 && !/^[、，,]|[《》“”‘’（）()]/.test(cause) ? cause : undefined;
}

/** Spaces within a title (half- and full-width), not a line's end. */
const SPACES_RE = /[ \t\u3000]+/;

/** What is left of a …纠纷 without the parties before it ({@link writtenCause}), however short. */
function causeAfterParties(dispute: string, names: readonly string[]): string {
  // Strip the parties: keep what follows the last 与/诉/因 (原告甲与被告乙民间借贷纠纷 → 被告乙民间借贷纠纷,
  // then 民间借贷纠纷 by the name's end or the cause's first word).
  const joined = dispute.replace(JOINED_BY_RE, "");
  const named = withoutNames(joined, names);
  // After the last party's ending that leaves a cause (not the 银行 of 银行卡纠纷). Where a name the
  // parties paragraph gives was cut, that party's name ended there: an ending right after it begins
  // the cause (…诉某某投资公司银行承兑汇票纠纷, the party listed as 某某投资公司), not a longer name.
  const ends = [...named.matchAll(PARTY_BEFORE_CAUSE_RE)]
    .filter((p) => p.index > 0 || named === joined)
    .map((p) => p.index + p[0].length);
  const end = ends.reverse().find((at) => named.length - at >= 4) ?? 0;
  // Whether the text still begins where the parties' names do: after the word joining them (甲诉乙…),
  // or at the title's start, nothing cut since.
  const cut = named !== joined || end > 0;
  // …and the names given of the parties listed after that ending (…出租汽车公司、付某某赔偿纠纷).
  const rest = end > 0 ? withoutNames(named.slice(end), names) : named;
  return withoutParties(rest, joined !== dispute && !cut, cut);
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
    rest = lead
      .slice(name.length)
      .replace(NAME_NOTE_RE, "")
      .replace(/^等(?:[一二三四五六七八九十\d]+人)?/, "");
  }
}

/**
 * Words a cause begins with (民事案件案由规定): the rights and relations it names (公共道路妨碍通行损害
 * 责任纠纷, 饲养动物损害责任纠纷, 水污染责任纠纷, 生态破坏民事公益诉讼…); 房产 and 排除妨碍 as 公报 titles write
 * 房屋 and 排除妨害, 污染环境 as titles name a pollution suit in the words of 刑法 §338. Compounds only
 * where the word alone also ends parties' names (保险公司, 房地产公司).
 */
const CAUSE_HEADS =
  /平等就业|商品房|电信|国际|公共道路|饲养动物|侵犯|发明专利|实用新型|外观设计|植物新品种|计算机软件|民间文学|道路交通|铁路|海上|水路|航空|颁发|一般人格权|人格权|生命权|健康权|身体权|名誉权|荣誉权|肖像权|姓名权|隐私权|著作权|商标权|专利权|侵害|教育机构|股东|公司(?:解散|决议|设立|证照|盈余|增资|减资|合并|分立|关联)|其他合同|人身损害|财产损害|机动车交通|交通事故|劳动争议|劳动合同|民间借贷|金融借款|借款合同|大气污染|水污染|土壤污染|电子废物|固体废物|噪声污染|光污染|放射性污染|污染环境|生态破坏|买卖合同|租赁合同|建设工程|保险合同|追偿权|不当得利|无因管理|委托合同|承揽合同|运输合同|服务合同|物业服务|医疗损害|产品责任|环境污染|案外人|执行异议|确认合同|返还原物|排除妨害|相邻关系|继承|离婚|抚养|赡养|婚约|网络侵权|违反安全保障|第三人撤销|与(?:公司|企业|破产)有关|赠与|居间|船舶|储蓄|抵押|承包|房屋|房产|排除妨碍/;

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

/**
 * The catalogue of 最高人民法院关于行政案件案由的暂行规定 (法发〔2020〕44号, in force since 2021-01-01): an
 * administrative case's cause is the act sued (its one first-level cause, 行政行为), named by the act's
 * kind — 22 second-level causes — and, under most kinds, by the act itself: 140 third-level causes in
 * all. Each second-level cause here with its third-level ones as a public transcription of the
 * catalogue lists them, not checked against the SPC's printed text: 行政裁决's six (the ownership
 * rulings, 权属确权…) were not found in it and are left out; 政府信息公开, 行政批复, 行政赔偿, 不履行职责
 * and the public-interest suit have none there. That suit's second-level name could not be checked
 * (公益诉讼, or 行政行为公益诉讼 in the transcription): it is 行政公益诉讼 here, as titles and
 * 行政诉讼法 (2017) §25 ¶4 name it.
 */
export const ADMINISTRATIVE_CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  行政处罚: [
    "警告",
    "通报批评",
    "罚款",
    "没收违法所得",
    "没收非法财物",
    "暂扣许可证件",
    "吊销许可证件",
    "降低资质等级",
    "责令关闭",
    "责令停产停业",
    "限制开展生产经营活动",
    "限制从业",
    "行政拘留",
    "不得申请行政许可",
    "责令限期拆除",
  ],
  行政强制措施: [
    "限制人身自由",
    "查封场所、设施或者财物",
    "扣押财物",
    "冻结存款、汇款",
    "冻结资金、证券",
    "强制隔离戒毒",
    "留置",
    "采取保护性约束措施",
  ],
  行政强制执行: [
    "加处罚款或者滞纳金",
    "划拨存款、汇款",
    "拍卖查封、扣押的场所、设施或者财物",
    "处理查封、扣押的场所、设施或者财物",
    "排除妨碍",
    "恢复原状",
    "代履行",
    "强制拆除房屋或者设施",
    "强制清除地上物",
  ],
  行政许可: [
    "工商登记",
    "社会团体登记",
    "颁发机动车驾驶证",
    "特许经营许可",
    "建设工程规划许可",
    "建筑工程施工许可",
    "矿产资源许可",
    "药品注册许可",
    "医疗器械许可",
    "执业资格许可",
  ],
  行政征收或者征用: ["征收或者征用房屋", "征收或者征用土地", "征收或者征用动产"],
  行政登记: [
    "房屋所有权登记",
    "集体土地所有权登记",
    "森林、林木所有权登记",
    "矿业权登记",
    "土地承包经营权登记",
    "建设用地使用权登记",
    "宅基地使用权登记",
    "海域使用权登记",
    "水利工程登记",
    "居住权登记",
    "地役权登记",
    "不动产抵押登记",
    "动产抵押登记",
    "质押登记",
    "机动车所有权登记",
    "船舶所有权登记",
    "户籍登记",
    "婚姻登记",
    "收养登记",
    "税务登记",
  ],
  行政确认: [
    "基本养老保险资格或者待遇认定",
    "基本医疗保险资格或者待遇认定",
    "失业保险资格或者待遇认定",
    "工伤保险资格或者待遇认定",
    "生育保险资格或者待遇认定",
    "最低生活保障资格或者待遇认定",
    "确认保障性住房分配资格",
    "颁发学位证书或者毕业证书",
  ],
  行政给付: [
    "给付抚恤金",
    "给付基本养老金",
    "给付基本医疗保险金",
    "给付失业保险金",
    "给付工伤保险金",
    "给付生育保险金",
    "给付最低生活保障金",
  ],
  行政允诺: ["兑现奖金", "兑现优惠"],
  行政征缴: [
    "征缴税款",
    "征缴社会抚养费",
    "征缴社会保险费",
    "征缴污水处理费",
    "征缴防空地下室易地建设费",
    "征缴水土保持补偿费",
    "征缴土地闲置费",
    "征缴土地复垦费",
    "征缴耕地开垦费",
  ],
  行政奖励: ["授予荣誉称号", "发放奖金"],
  行政收费: ["证照费", "车辆通行费", "企业注册登记费", "不动产登记费", "船舶登记费", "考试考务费"],
  政府信息公开: [],
  行政批复: [],
  行政处理: [
    "责令退还非法占用土地",
    "责令交还土地",
    "责令改正",
    "责令采取补救措施",
    "责令停止建设",
    "责令恢复原状",
    "责令公开",
    "责令召回",
    "责令暂停生产",
    "责令暂停销售",
    "责令暂停使用",
    "有偿收回国有土地使用权",
    "退学决定",
  ],
  行政复议: [
    "不予受理行政复议申请决定",
    "驳回行政复议申请决定",
    "行政行为及行政复议",
    "改变原行政行为的行政复议决定",
  ],
  行政裁决: [],
  行政协议: [
    "订立行政协议",
    "单方变更行政协议",
    "单方解除行政协议",
    "不依法履行行政协议",
    "未按约定履行行政协议",
    "行政协议行政补偿",
    "行政协议行政赔偿",
    "撤销行政协议",
    "解除行政协议",
    "继续履行行政协议",
    "确认行政协议无效或有效",
  ],
  行政补偿: [
    "房屋征收或者征用补偿",
    "土地征收或者征用补偿",
    "动产征收或者征用补偿",
    "撤回行政许可补偿",
    "收回国有土地使用权补偿",
    "规划变更补偿",
    "移民安置补偿",
  ],
  行政赔偿: [],
  不履行职责: [],
  行政公益诉讼: [],
};

/** The second-level cause of each catalogue name, second- or third-level. */
const CATALOGUE_PARENT = new Map(
  Object.entries(ADMINISTRATIVE_CATALOGUE).flatMap(([kind, acts]) => [
    [kind, kind] as const,
    ...acts.map((act) => [act, kind] as const),
  ]),
);

/**
 * The catalogue's second-level cause a typed cause names: a second- or third-level cause of the
 * catalogue as written (罚款 → 行政处罚, 婚姻登记 → 行政登记). Not 恢复原状 or 排除妨碍, which as typed
 * may be civil causes too (民事案件案由规定: 恢复原状纠纷, 排除妨害纠纷).
 */
export function catalogueCause(written: string): string | undefined {
  const name = written.replace(/\s/g, "");
  return name === "恢复原状" || name === "排除妨碍" ? undefined : CATALOGUE_PARENT.get(name);
}

/**
 * Names of acts titles wrote before the catalogue, which the list keeps (older judgments are read as
 * they name their cause), each with the catalogue's second-level cause it became — that catalogue
 * (法发〔2020〕44号) replaced 最高人民法院关于规范行政案件案由的通知 (法发〔2004〕2号), whose kinds of act these
 * are:
 * - 行政征收 → 行政征收或者征用: the catalogue names the taking of houses, land and movables so
 *   (its 征收或者征用房屋/土地/动产). A levy of money the older titles also called 行政征收 (人防易地建设费)
 *   is the catalogue's 行政征缴; the name does not tell it, and the audit's split by the law applied
 *   keeps such a levy apart from a taking of land all the same (src/audit/cluster.ts lawVariants).
 * - 工伤认定 → 行政确认: the catalogue's 工伤保险资格或者待遇认定 (工伤保险条例 §17–§20, the finding).
 * - 行政强制 → 行政强制措施: of the two kinds 行政强制法 (2011) §2 makes of 行政强制, the older list
 *   named 行政强制 beside 行政执行, the enforcement (the catalogue's 行政强制执行), so its 行政强制 is the
 *   measure (查封, 扣押, 冻结, 限制人身自由: 行政强制法 §9). A title naming the enforcement (强制拆除)
 *   is read as 行政强制执行 ({@link administrativeAct}).
 */
export const OLDER_ADMINISTRATIVE_CAUSES: Readonly<Record<string, string>> = {
  行政征收: "行政征收或者征用",
  工伤认定: "行政确认",
  行政强制: "行政强制措施",
};

/**
 * Third-level causes of the administrative catalogue that judgments are read by under a name of their
 * own ({@link ACT_FORMS}), each with that name: a search for either finds the act, not all of its kind.
 * 工伤认定 is the catalogue's 工伤保险资格或者待遇认定 (third-level, under 行政确认: 法发〔2020〕44号 as
 * {@link ADMINISTRATIVE_CATALOGUE} transcribes it), the finding of 工伤保险条例 §17–§20 and the decision on
 * its benefits; searched as all of 行政确认, it had found the refusal of a degree, a marriage
 * registration's confirmation and a traffic accident's liability finding as sharing its cause. A judgment
 * naming only the kind (…行政确认案) is found by the kind; its cases are still grouped by kind
 * ({@link catalogueKind}).
 */
const ACTS_READ_BY_NAME: Readonly<Record<string, string>> = { 工伤保险资格或者待遇认定: "工伤认定" };

/** The catalogue name an older name became; not a property every object has (a cause typed constructor). */
function olderCause(name: string): string | undefined {
  return Object.hasOwn(OLDER_ADMINISTRATIVE_CAUSES, name) ? OLDER_ADMINISTRATIVE_CAUSES[name] : undefined;
}

/**
 * The catalogue's second-level cause of an administrative judgment's cause, as like acts are grouped
 * (an audit's 类案): a catalogue name, second- or third-level, as its kind (罚款 → 行政处罚); an older
 * name as the name it became ({@link OLDER_ADMINISTRATIVE_CAUSES}: 工伤认定 → 行政确认); a court's own
 * …行政纠纷 as the kind of the act it names (治安管理处罚决定行政纠纷 → 行政处罚, {@link administrativeAct}).
 * A cause naming no act of the catalogue (消防验收纠纷) is kept as it is.
 */
export function catalogueKind(cause: string): string {
  const kind = CATALOGUE_PARENT.get(cause) ?? olderCause(cause);
  if (kind) return kind;
  const act = administrativeAct(cause);
  return act ? (olderCause(act) ?? act) : cause;
}

/**
 * The ways titles and histories name an act of each kind besides the catalogue's own names (older
 * titles, before 2021, name the act as the decision sued: 处罚决定, 征收补偿决定, 拒绝颁发毕业证): the
 * act, not the body (…征收办公室, …登记中心, …拘留所: see ORGAN_AFTER_ACT). 协议 not a 仲裁协议; 许可 not
 * the 许可证 a penalty revokes (吊销…许可证). 工伤保险待遇 decisions are read as the catalogue's
 * 工伤保险资格或者待遇认定 (行政确认), not as 给付工伤保险金 (行政给付): the catalogue tells the two apart
 * by the claim, which the title does not give — a judgment naming the cause is read as it names it. A
 * finding of 工伤 either way round (不予认定工伤), its 行政确认 (工伤行政确认) and a decision on its
 * benefits (工伤保险待遇决定) are the list's 工伤认定, that catalogue cause ({@link ACTS_READ_BY_NAME}); a
 * department's decision on a civil dispute (专利侵权纠纷处理决定) is a 行政裁决, not a 处理决定 of its own.
 */
const ACT_FORMS: readonly [RegExp, string][] = [
  [/处罚(?!法)|拘留|吊销|暂扣|没收|限期拆除|停产停业/g, "行政处罚"],
  [/扣押|查封|冻结|强制措施/g, "行政强制措施"],
  [/强制拆除|强拆|强制清除/g, "行政强制执行"],
  [
    /许可(?!证)|颁发[^、，]{0,8}?(?:许可证|驾驶证|执照)|特许经营|(?:经营范围|市场主体|企业|公司)[^、，]{0,4}登记|登记市场主体/g,
    "行政许可",
  ],
  [/征收|征用|征地/g, "行政征收或者征用"],
  [/登记|颁发[^、，]{0,8}?(?:权证|使用证|所有权证|林权证)/g, "行政登记"],
  [/认定|学位|毕业证|待遇/g, "行政确认"],
  [/工伤[^、，]{0,6}?(?:认定|确认)|认定[^、，]{0,4}?工伤|工伤保险(?:资格|待遇)/g, "工伤认定"],
  [/给付|抚恤|养老金/g, "行政给付"],
  [/允诺|兑现/g, "行政允诺"],
  [/征缴|(?:征收|补缴)[^、，]{0,12}?(?:费|税款?)/g, "行政征缴"],
  [/奖励/g, "行政奖励"],
  [/收费/g, "行政收费"],
  [/信息公开/g, "政府信息公开"],
  [/批复/g, "行政批复"],
  [/处理决定|责令(?:改正|退还|交还|停止|恢复|召回|暂停|采取)|收回[^、，]{0,10}?土地使用权|退学/g, "行政处理"],
  [/复议/g, "行政复议"],
  [/(?<!仲裁)裁决|确权|纠纷处理(?:决定)?/g, "行政裁决"],
  [/(?<!仲裁)协议|行政合同/g, "行政协议"],
  [/补偿/g, "行政补偿"],
  [/赔偿/g, "行政赔偿"],
  [/(?:不(?:依法|全面)?)?(?:履(?:行)?[^，]{0,16}?职责|履职)|不作为/g, "不履行职责"],
  [/公益诉讼/g, "行政公益诉讼"],
];

/**
 * The catalogue's names and the older ones the list keeps (plain words, no pattern characters), and
 * the other forms, each with its kind; an older name as written.
 */
const ACT_NAMES: readonly [RegExp, string][] = [
  ...[
    ...CATALOGUE_PARENT,
    ...Object.keys(OLDER_ADMINISTRATIVE_CAUSES).map((name) => [name, name] as const),
  ].map(([name, kind]): [RegExp, string] => [new RegExp(name, "g"), kind]),
  ...ACT_FORMS,
];

/** A body's name ending right after the words matched (…征收办公室, …登记中心, …拘留所, …信息公开办). */
const ORGAN_AFTER_ACT =
  /^[^、，,。；\s]{0,8}?(?:办公室|办|中心|局|委员会|管委会|事务所|所|站|指挥部|大队|支队|公司|机关)/;

/**
 * The catalogue's second-level cause of the act an administrative suit's text names: in the first
 * clause naming one (a judgment's title, else the history's 原告…不服…决定), the act named last — the
 * head of the words naming it (房屋征收补偿决定 is a 补偿, 收回土地使用权批复 a 批复, 不履行房屋登记法定职责
 * an inaction), the longer match where two end together (经营范围登记 is 工商登记, a licence, not 行政登记;
 * so is the registration of a 市场主体). A title's subtitle (——…, ------…) is a clause of its own.
 * A catalogue name, second- or third-level, is read as it is written.
 */
export function administrativeAct(text: string): string | undefined {
  return actNamed(text)?.kind;
}

/**
 * Where the words naming the act {@link administrativeAct} reads begin in the text (…诉某市人民政府|房屋
 * 征收补偿决定案): what a title names before them is its parties (src/cases/parse.ts titleParties).
 */
export function administrativeActAt(text: string): number | undefined {
  return actNamed(text)?.at;
}

function actNamed(text: string): { kind: string; at: number } | undefined {
  let at = 0;
  for (const separator of [...text.matchAll(CLAUSE_SEPARATOR), undefined]) {
    const end = separator?.index ?? text.length;
    const act = actIn(text.slice(at, end));
    if (act) return { kind: act.kind, at: at + act.first };
    at = end + (separator?.[0].length ?? 0);
  }
  return undefined;
}

/** Where a clause ends: a title's subtitle (——…, ------…) is a clause of its own. */
const CLAUSE_SEPARATOR = /[，。；\n]|——|-{2,}/g;

/** A text's clauses ({@link CLAUSE_SEPARATOR}). */
function clauses(text: string): string[] {
  return text.split(CLAUSE_SEPARATOR);
}

/**
 * The kind of the act a clause names last ({@link administrativeAct}) — but of acts joined by 及, the
 * first where what is joined is the review of it or a claim for damages (…行政处罚及行政复议, …行政登记
 * 及行政赔偿): the act sued, with the reviewing body sued beside its author (行政诉讼法 2017 §26 ¶2,
 * §79: the court rules on both together) or compensation claimed with it (国家赔偿法 §9 ¶2). The
 * catalogue files ××及行政复议 under 行政复议; the act reviewed is what makes cases alike, and a penalty
 * upheld on review would otherwise stand apart from the penalties never reviewed.
 */
function actIn(clause: string): { kind: string; first: number } | undefined {
  const found: { start: number; end: number; length: number; kind: string }[] = [];
  for (const [re, kind] of ACT_NAMES) {
    for (const m of clause.matchAll(re)) {
      const end = m.index + m[0].length;
      if (!ORGAN_AFTER_ACT.test(clause.slice(end)))
        found.push({ start: m.index, end, length: m[0].length, kind });
    }
  }
  const joined = (a: (typeof found)[number]) =>
    JOINED_KINDS.has(a.kind) &&
    found.some(
      (b) => !JOINED_KINDS.has(b.kind) && b.end <= a.start && clause.slice(b.end, a.start).includes("及"),
    );
  let best: (typeof found)[number] | undefined;
  for (const a of found)
    if (!joined(a) && (!best || a.end > best.end || (a.end === best.end && a.length > best.length))) best = a;
  return best && { kind: best.kind, first: Math.min(...found.map((a) => a.start)) };
}

/** Kinds joined to the act sued by 及 ({@link actIn}). */
const JOINED_KINDS = new Set(["行政复议", "行政赔偿"]);
