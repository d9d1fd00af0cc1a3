/**
 * Legal circumstances (量刑情节 and 案件要素) read from a judgment's facts (and reasoning) or from a
 * pending case's facts: a small, fixed vocabulary grounded in the Criminal Law, so two cases can be
 * compared on what decides a sentence — 自首, 累犯, 未遂, 入户, 携带凶器, the injury caused, the
 * drug and its quantity, the amount involved — and the judge sees which of them they share.
 *
 * Pure. Each tag is a short Chinese label; amount and quantity bands are `数额:…` / `毒品数量:…`.
 * The same function runs at index time (facts + reasoning of a judgment) and at query time (the
 * pending case's facts), so a tag means the same thing on both sides.
 */
import { canonicalCharge } from "./charges.ts";
import { findAmounts, toHalfWidth } from "./numerals.ts";
import type { StatuteRef } from "./record.ts";

/** Bump when the rules change, with `meta.rules` of the `circumstances` and `factCircumstances` fields in mappings/judgments.v8.json. */
export const CIRCUMSTANCES_VERSION = 21; // 21: a definition no finding nor denial (所谓X，是指…, 所谓X，就是/即/指…, ①所谓…), a 前科 said absent by 没有/没 or 无证据证明 farther off (没有实施…行为的前科, 没前科, 无证据证明X有…前科) and by a search naming several (未发现X、Y、Z有违法犯罪前科), no 累犯 where a name ends in 累 before 犯 and its charge (张某累犯盗窃罪, 石某累犯罪时), no 前科 from a conviction a header tells with no date nor release dated nor 曾 where the history dates this case's judgment (src/judgment/priors.ts), no 前科 said unproven after the word (前科事实无法确认), a claim against a ground refused no denial of it (…具有自首情节有误的抗诉意见不予采纳), a records search finding none for a defendant (未发现X、Y有违法犯罪前科, X无违法犯罪记录) a denial of that one's 前科 and a prior named of another (孙某有犯罪前科) no ground of the clause's subject, a denial of others a clause lists (而X、Y无前科劣迹) none of the defendant's (src/judgment/grounds.ts), 自首 from a surrender with relatives without 主动 where the sentence tells the confession and no capture (在父亲陪同下到公安机关投案，如实供述…), 未成年人 from an age at the crime under 18 (作案时17周岁, 犯罪时未满18周岁) and not from the law's age groups (不满十八周岁的人), no tag from what the text says no evidence shows (无证据证明其贩卖毒品, 不能证实…, 未查获其贩卖毒品的证据); 20: no 前科 from what came of this case's first judgment that a retrial's header tells (a term served out after the day the history says it was judged, the judgment retried told undated with such a term, a first judgment told 本院于…以（…）…判决书; src/judgment/priors.ts), no 前科 or 累犯 from a document listed as evidence (前科刑事判决书, 刑满释放证明书, 前科信息, 前科、劣迹材料, 累犯证明), a 前科 said absent farther off than a bare negation (无任何违法及犯罪前科, 未发现X有违法犯罪前科, 不作为前科评价) and none in 目前科学, no 累犯 where commentary speaks of the law's category or institution (累犯不适用缓刑, 对累犯…不得假释, 一般累犯, 累犯制度, 如自首、立功、累犯等) nor where someone is said to have none (没有…再犯、累犯等情节), 累犯 denied by 不作累犯处理 and 排除在累犯之外, no 前科 where commentary speaks of the notion (前科消灭, 前科的概念, what a confession covers: 包括…前科等情况) nor 前科 or 累犯 in a rule quoted, §65's definition of the law's subject, a list of factors or examples (如系偶犯，还是累犯; 对于具有累犯、前科…等情节); 19: 累犯 denied by 不属/不能认定为/非累犯 and by a claim of it refused (系累犯的意见不予采纳), not 连累犯; 18: 前科 from a prior the parties' header states of a sentenced defendant (曾因犯盗窃罪被判处…, 2010年因犯…罪被某法院判处…; src/judgment/priors.ts), in `circumstances` and that defendant's grounds, not in `factCircumstances`; 前科 wherever 累犯 holds (刑法 §65), in every field and ground; a general statement opening after a clause of its sentence (…，如果行为人…, …；只要行为人…, not …，即使…) no finding nor denial; 17: a bare 不 right before a circumstance its negation (不如实供述 no 坦白); 16: no 前科 from an evidence's title (前科查询情况, 前科材料, 前科劣迹证明) but 有前科记录, 坦白 from 如实供认 as from 如实供述; 15: a general statement of an offender by role no finding nor denial (如果犯罪嫌疑人…就不能认定为自首, 行为人…的，应当认定为…, 例如，被告人…, a rule quoted after 规定：); 14: a claim of 自首/坦白/立功 refused in one clause after 关于 however long (检察员关于X构成立功及…的意见不能成立) a denial; 13: one sentenced defendant's personal ground the court denies them after it is found none (src/search/documents.ts with grounds.ts deniedGrounds: 电话通知到案, then 不能认定为自首), a lower court's not finding it (未/没有/不认定) with the judgment below named anywhere before in its sentence no denial (原判定罪无误…，只是没有认定其立功，本院予以改正), 12: a law's or rule's title in 《》 no finding (《…关于处理自首和立功…解释》), a question (是否有自首情节, 能否认定为立功) no finding, a lower court's not finding a ground upheld (一审未认定…自首并无不当) a denial, a denial not reaching another defendant's point (；) of its sentence, no 自首 urged on another (规劝…投案自首); 11: drug finds told in separate sentences added up, each once (equal ones in places of different kinds twice), unless a total is stated (共计, 总重…: not 总台, 总部), §276之一 造成严重后果 (认定:拒不支付劳动报酬严重后果) not denied before 造成 in its clause, no stated grade from a quoted article or rule, 自首/坦白/立功 the court refuses (不应认定…为自首, 不能认定为坦白, 不符合自首成立条件, a claim of it 不予采纳) none, nor 立功 forged (虚假立功材料); 10: 纠集他人多次 from §293 ¶2 in the legal basis or written apart, §133 其他特别恶劣情节 (认定:交通肇事特别恶劣), none for civil or administrative judgments (src/search/documents.ts); 9: drug quantities added up over sales and what was found, 多次贩卖 from three dated sales; 8: rape's aggravated range (认定:强奸加重, §236 ¶3), drug quantities as heroin equivalents; 7: a phone's 64G no drug weight; the court's stated grades (认定:数额巨大…, statedGrades); 3: negations, 公务 narrowed; 4: precision of 22 tags; 5: the defendant's acts (持械, injuries, 死亡, 醉酒), 单位 a unit crime; 6: 非国家工作人员, 非自首, 索要好处费, amounts paid after the offence, 经营 unlicensed, 吸毒 not the buyers, 机动车 the defendant's, 公共场所 where the act was, 持械 not 他人持枪

interface Rule {
  tag: string;
  /** Written forms that establish the circumstance. */
  pattern: RegExp;
  /** Written forms that deny it nearby ("不构成自首", "不属于入户盗窃"). */
  denied?: RegExp;
  /**
   * Whether the match at `index` (of `length`) is not the defendant's: another person's act or state
   * (the victim's stick, a drunk victim), the defendant's own injury, a defence's claim.
   */
  notDefendants?: (text: string, index: number, length: number) => boolean;
}

/**
 * A ground the court says the case does not have, in its clause (不应认定五被告人为自首, 不能认定为坦白,
 * 不符合自首成立条件, 不宜认定其具有坦白情节, 不构成立功), or a claim of it refused (自首…不能成立, 所提…
 * 具有自首情节的辩护意见，不予采纳, and 关于…立功… in one clause however long: 检察员关于X构成立功及…的意见
 * 不能成立) — 刑法 §67 and §68 and the 1998 自首和立功解释 (法释〔1998〕8号) §1, §5:
 * a confession retracted (翻供) is none, and courts write so. Not a lower court's not finding it (原判未认定
 * 自首不当), the judgment below named anywhere before in the sentence (原判定罪无误…，只是没有认定其立功，
 * 本院予以改正): an appeal's claim or a correction, that it is one — unless the court upholds it (一审未认定
 * 该罪系自首并无不当). A denial reaches the points (；) of its sentence that name no other defendant
 * (deniedAt). Not a denial of something else that is said not to touch the ground (其无罪的辩解不影响认定
 * 自首, 不属于足以影响自首的翻供): a defence of the act's character is no retraction of the confession
 * (刑法 §67 ¶1 with 法释〔1998〕8号 §1, and the SPC's 2004 批复, 法释〔2004〕2号: 被告人对行为性质的辩解不影响
 * 自首的成立).
 */
function notFound(ground: string): RegExp {
  const REFUSED = "(?:不予|不能|难以)(?:采纳|支持|采信|成立)";
  // A claim against the ground (抗诉机关关于原判认定X具有自首情节有误的意见不予采纳): refusing it upholds the ground.
  const FOR = "(?!有误|错误|不当|不妥|不准确|不能成立|不成立|不属|不构成|不符合|不应)";
  // The judgment below (not its 原审被告人), named before in the sentence: 原判定罪无误…，只是未认定其自首.
  const BELOW = "(?:原判|原审(?!被告人|上诉人)|一审)";
  return new RegExp(
    `(?:(?<!${BELOW}[^。；]{0,60})(?:不|未|没有)(?=认定)|不(?!认定)|(?<!(?:原判|原审|一审)[^，。；]{0,6})未(?!认定)|没有(?!认定)|难以|无法)(?:应当?|应该|能够?|予|宜|可|得|再|足以|被)?(?:以|当)?(?:认定|构成|属于?|是|成立|视为|符合|具有|具备|适用)(?:(?!影响|妨碍)[^，。；]){0,10}(?:${ground})|(?:${ground})[^，。；]{0,8}(?:(?:不能|不予|不|难以|无法)(?:成立|认定|采纳|支持|采信)|证据不足|不符(?!合))|(?:${ground})(?:${FOR}[^，。；]){0,8}(?:意见|理由|辩解|主张)[^。；]{0,16}${REFUSED}|(?:提出|所提|认为|辩称)[^。；]{0,20}(?:${ground})(?:${FOR}[^。；]){0,16}${REFUSED}|关于[^，。；]{0,30}(?:${ground})(?:${FOR}[^，。；]){0,40}${REFUSED}|${BELOW}[^。；]{0,60}?(?:未|没有|不)[^，。；]{0,14}(?:${ground})[^。；]{0,6}(?:(?:并无|没有|无)(?:不当|错误|不妥)|正确|妥当|恰当)|非(?:${ground})`,
  );
}

/**
 * The vocabulary. Patterns are conservative: a tag should hold whenever it is found. Statutory
 * anchors: 自首/坦白 §67, 立功 §68, 累犯 §65, 未遂 §23, 中止 §24, 预备 §22, 主犯/从犯 §26–27,
 * 胁从 §28, 入户/扒窃/携带凶器/多次 §264 and §263, 致人轻伤/重伤/死亡 §234 and §133, 醉酒 §133-1,
 * 逃逸 §133, 谅解/赔偿/退赃 (sentencing guidance), 数额/数量 (judicial interpretations).
 */
const RULES: readonly Rule[] = [
  {
    tag: "自首",
    // Not another's surrender the defendant urged (规劝同案犯自首: 立功 at most, 法发〔2010〕60号 §5). But
    // the defendant's own, urged by others (在其父劝说下主动投案, 经家属规劝后投案自首), is 自动投案
    // (法释〔1998〕8号 §1(1): 经亲友规劝、陪同投案的…也应当视为自动投案), written without 主动 too (在其父亲
    // 陪同下到公安机关投案, 在家属劝说下到交警大队投案) where the sentence tells the confession that makes it 自首
    // (刑法 §67 ¶1: 如实供述自己的罪行; 法发〔2010〕60号 §1) and no capture (被抓获, 被查获: no 自动投案).
    // (?=…) first: the look back is tried only where a surrender's word begins, not at every position.
    pattern:
      /(?=自首|自动|主动|投案)(?<!(?<!经[^，。；]{0,8})(?:劝|动员|督促)[^，。；下后]{0,8})(?:自首|自动投案|主动投案|投案自首)|主动到[^，。；]{0,12}(?:投案|说明情况|接受调查)|电话通知[^，。；]{0,10}到案|(?:(?:陪同|陪伴|带领|劝说|规劝|劝导|劝告|动员)(?:下|后)|陪同(?:其|他|她)(?=到|至|前往|去))[，,]?(?:主动|自行|一同|一起)?(?:到|至|前往|去|向)?[^，。；]{0,14}?投案(?![^。]{0,40}(?:抓获|查获|抓捕))(?=[^。]{0,60}(?:如实|(?:供述|交代|供认)了))/,
    denied: notFound("自首"),
  },
  // 刑法 §67 ¶3 says 如实供述; judgments write 如实供认 as often for the same (归案后能如实供认罪行).
  { tag: "坦白", pattern: /如实供[述认]|坦白/, denied: notFound("坦白|如实供[述认]") },
  {
    // Not 立功 forged for someone else (帮助伪造证据, 刑法 §307 ¶2: 出具虚假立功材料, 伪造假立功证明, 编造立功).
    tag: "立功",
    pattern: /(?<!(?:伪造|编造|捏造|虚构|虚假|假)(?:虚假|假)?的?)立功|检举揭发|协助[^，。；]{0,8}抓获/,
    denied: notFound("立功"),
  },
  // 连累犯 is scholars' word for an accessory after the fact (窝藏, 包庇), no recidivist. Denied by the
  // court's 不构成/不属/不能认定为/非累犯/不作累犯处理 or by refusing a claim of it (系累犯的意见不予支持) — not
  // by a lower court's not finding it, which a review may call wrong (一、二审判决未认定累犯不当).
  {
    tag: "累犯",
    // Nor a document listed among the evidence (被告人X累犯证明), as for 前科; nor where someone is said to
    // have none, however many words between (没有走私、贩卖毒品或者再犯、累犯等情节); nor a name ending in 累
    // before the verb 犯 of its charge (张某累犯盗窃罪: nameThenCharge).
    pattern: /(?<!(?:没有|不具有|不存在)[^，。；：,;且但却而又]{0,14})(?<!连)累犯(?!证明|材料)/,
    denied:
      /(?:不|不能|不应|不宜|难以|无法)(?:构成|属于?|认定为?|成立|是|视为)累犯|不(?:再)?(?:作为?|按)累犯(?:处理|对待|论处)|排除在?累犯|非累犯|累犯[^，。；]{0,8}(?:意见|理由|主张|指控)[^。；]{0,16}(?:不予|不能|难以)(?:采纳|支持|采信|成立)/,
    notDefendants: (text, index, length) =>
      nameThenCharge(text, index, length) || categoryInGeneral(RECIDIVISM, text, index, length),
  },
  {
    tag: "前科",
    // Not a kind of evidence (前科查询情况, 前科材料, 前科劣迹证明, 前科、劣迹材料, 前科信息, 前科刑事判决书,
    // 刑满释放证明书, 刑满释放人员通知书, 证实…前科及刑满释放情况): a records search may show none, and a
    // document listed among the evidence is no finding by itself; the court states a prior in its own
    // words (有前科, 曾因…被判处, 刑满释放后…) — unless it says one exists (有前科记录).
    // Nor 目前科学 or 当前科技, which hold the two characters across words; nor the word where a records
    // search or a court finds none, however many words it puts between (无任何违法及犯罪前科, 未发现张某有违法
    // 犯罪前科, 现无被告人有犯罪前科的证据, 不作为前科予以评价, 没有实施…行为的前科, 没前科劣迹; a search or a
    // want of proof reaching farther: 未发现X、Y、Z有违法犯罪前科, 无证据证明被告人X有毒品犯罪的前科) — not
    // 无业 or 无正当职业 (其无固定职业，有前科), 无证 (unlicensed) nor 没收, nor across 且/但/而 (无正当职业且有前科).
    // The lookahead first, so the variable lookbehinds are tried only where 前科 stands, not at every
    // position of every text.
    pattern:
      /(?=前科)(?<!(?:(?<![一毫])无(?!业|固定|正当|职|故|端|证(?!据)|牌|照|论)|没有(?!固定|正当|职|工作|收入)|没(?![有收])|未(?:发现|掌握|查见|查到|查实|认定)|未能(?:查清|核实)|不(?:属于?|存在|作为|能认定为?))[^，。；：,;且但却而又]{0,14})(?<!(?:未(?:发现|查见|查到|查实)|(?:无|没有|尚无|未见)(?:证据|材料)|(?:不能|未能|无法)证[明实])[^，。；：,;且但却而又]{0,24})(?:(?<=有(?:犯罪|违法犯罪)?)前科|(?<![目当])前科(?!(?:[、及和]?劣迹)?(?:(?:网络|网上)?查询|材料|证明|情况|查证|调查|核实|核查|说明|记录|信息|(?:刑事)?(?:判决|裁定))|及[^，。；、]{1,10}?情况))|曾因|曾于\d{4}年[^。；]{0,40}(?:判处|处罚|劳动教养|行政拘留)|刑满释放(?!证明|通知|人员(?:通知|登记|信息|档案)|情况|材料)|被判处[^。；]{0,30}(?:释放|执行完毕)/,
    // Nor commentary on the notion (前科消灭制度, 前科的概念, what a confession covers: 包括…住址、前科等情况),
    // nor a prior said unproven after the word (前科事实无法确认, 其前科尚待查证).
    notDefendants: (text, index, length) =>
      categoryInGeneral(PRIOR, text, index, length) || PRIOR_UNPROVEN.test(text.slice(index, index + 16)),
  },
  { tag: "犯罪未遂", pattern: /未遂|未得逞|因[^，。；]{0,20}意志以外/ },
  { tag: "犯罪中止", pattern: /犯罪中止|中止犯罪|自动放弃/ },
  { tag: "犯罪预备", pattern: /犯罪预备/ },
  {
    tag: "共同犯罪",
    pattern:
      /共同犯罪|伙同|结伙|共谋|合谋|分工|纠集|被告人[^\s，。；、]{1,4}、[^\s，。；、]{1,4}[^。]{0,30}(?:共同|一起|一同)/,
  },
  { tag: "主犯", pattern: /主犯|起主要作用/ },
  { tag: "从犯", pattern: /从犯|起次要作用|辅助作用/ },
  { tag: "胁从犯", pattern: /胁从/ },
  {
    // 户 is a dwelling (§263/§264): not a hotel or KTV room (进入房间), nor 入户 as in household
    // registration (从某县入户后迁出); 入户 counts when an act follows it or a finding names it.
    tag: "入户",
    pattern:
      /入户(?=盗窃|抢劫|行窃|作案|实施|抢夺|偷|盗|抢|后(?!迁))|(?:翻墙|翻窗|爬窗|钻窗|撬门|撬锁|破门|撞门|开门)入户|(?:属于?|系|构成|认定为?|以|采取|采用)入户|进入[^，。；]{0,12}(?:家中|住处|住宅|卧室)|翻窗|撬门|撬锁[^，。；]{0,6}进入|窜入[^，。；]{0,10}(?:家|住|宿舍)/,
  },
  {
    tag: "扒窃",
    pattern: /扒窃|从[^，。；]{0,10}(?:口袋|衣袋|裤袋|背包|挎包|包内)[^，。；]{0,10}(?:窃|盗|偷|拿)/,
  },
  {
    // 多次 as §263/§264 use it: three or more acts of the offence (not 1次/2次, not 多次汇款 or 多次打电话).
    tag: "多次",
    pattern:
      /(?:多次|(?<!第)(?:[三四五六七八九十]+|[3-9]|[1-9]\d)次)[^，。；]{0,15}(?:盗窃|行窃|扒窃|窃取|抢劫|抢夺|诈骗|骗取|敲诈|勒索|贩卖|出售|容留|殴打|伤害|强奸|强行|发生性关系|奸淫|猥亵|收受|索取|作案|入户|实施|拦截|滋事)|(?:盗窃|行窃|扒窃|抢劫|抢夺|诈骗|敲诈勒索|贩卖|容留|作案)[^，。；]{0,8}?(?:[三四五六七八九十]+|[3-9]|[1-9]\d)(?:次|起)/,
  },
  {
    // 持械 / 携带凶器 (§263, §264, §292): a weapon carried or used against a person, not 持有枪支
    // (possession, §128), nor a tool put to its use (使用螺丝刀撬锁, 用剪刀剪断电线), nor 利用/费用.
    tag: "持械",
    pattern:
      /(?<!他人|别人)持刀|携带凶器|(?<!他人|别人)持(?!有)[^，。；]{0,4}(?:刀|棍|棒|砍刀|匕首|铁棍|钢管|斧|锤|凶器|枪|械)|(?:刀|匕首|砍刀|水果刀|菜刀)[^，。；]{0,6}(?:捅|刺|砍|划伤)|(?<![利费作适采应享所])(?:用|拿)(?!有)[^，。；]{0,8}(?:刀|匕首|棍|棒|钢管|铁棍|锤|砖|石块|酒瓶)[^，。；]{0,10}(?:打(?![开掉碎破断穿孔杂])|砍|捅|刺|砸向|砸伤|砸中|砸在[^，。；]{0,6}(?:头|脸|身)|击|戳|扎|划伤|追|威胁|殴|朝|向)/,
    // The defendant's weapon, not the victim's side's (被害人董某正持柴刀砍树, 对方一伙人手持砖头追赶)
    // nor someone else's the defendant told of (举报他人持枪).
    notDefendants: othersAct,
  },
  { tag: "暴力", pattern: /殴打|拳打脚踢|打伤|捅伤|砍伤|掐|按倒|拳击|脚踢|暴力|捆绑|捂住/ },
  { tag: "胁迫", pattern: /威胁|胁迫|恐吓|相要挟|以[^，。；]{0,10}相威胁/ },
  // The harm caused to another, not the defendant's own injury (被告人王某亦受轻伤, 致被告人轻伤), nor one
  // denied or quoted from a statute.
  { tag: "轻微伤", pattern: /轻微伤/, notDefendants: notHarmDone },
  { tag: "轻伤", pattern: /轻伤/, notDefendants: notHarmDone },
  // Not 严重伤害 (足以构成他人严重伤害的凶器).
  { tag: "重伤", pattern: /(?<!严)重伤(?!害)/, notDefendants: notHarmDone },
  {
    tag: "死亡",
    pattern: /死亡|身亡|致死|抢救无效|经抢救无效/,
    // Nor a defendant's own death, a person's status (同案人王某（已死亡）) or a certificate in a fraud.
    notDefendants: deathNotCaused,
  },
  {
    tag: "醉酒",
    // 饮酒后 alone is drinking before a fight; 饮酒后驾驶 is the §133-1 form.
    pattern: /醉酒|醉驾|血液中?(?:的)?乙醇含量|酒后驾驶|饮酒后驾驶/,
    // 乙醇含量为50mg/100ml，不属于醉酒驾驶: a blood test below the 80 mg/100ml line (GB 19522).
    denied: /不(?:属于|构成|认定为?)醉酒|未达到?醉酒/,
    // The defendant drunk, not the victim (趁被害人醉酒之机, 将醉酒的被害人带至, 被害人杨某酒后驾驶).
    notDefendants: othersDrunkenness,
  },
  {
    // 交通肇事后逃逸 (§133, 法释〔2000〕33号 §3): flight after a traffic accident, not any flight
    // after a crime (作案后逃逸, 抢劫后驾车逃离).
    tag: "逃逸",
    // 撞见/碰到 are meeting someone, 撞墙/碰碎 no accident; 弃车逃跑 alone is any flight (a drug courier at a
    // checkpoint).
    pattern:
      /(?:肇事|事故|撞(?!见|墙)|碰(?!到|见|面|头|巧|碎)|刮|轧)[^。；]{0,30}(?:逃逸|逃离|逃跑|驶离现场)|逃逸致/,
    // Said not to be, in the sentence: 本案未认定被告人李樟逃逸 (（2016）豫0823刑初618号, its insurer's
    // defence alone alleging it), 不构成逃逸, 没有逃逸, 逃逸…不能成立 (review15-reports). A defence's
    // denial the court rejects in the same sentence reads as one too (LeCaRD 3783, left: telling the
    // claim from the finding within a sentence misread 自首 the other way, 11303 and 13273).
    denied:
      /(?:未|不|没有|并非|不能|无法|难以|不应)(?:被|予)?(?:认定|构成|属于?|具有|存在|证实|视为)[^。；，,]{0,12}逃逸|(?:未|没有|并未|并非|无)逃逸|逃逸[^。；]{0,10}(?:不能成立|不成立|不予认定|证据不足)/,
  },
  {
    tag: "无证驾驶",
    pattern: /无(?:驾驶|机动车驾驶)?(?:证|资格)驾驶|未取得(?:机动车)?驾驶(?:证|资格)|无驾驶资格/,
  },
  { tag: "交通事故", pattern: /交通事故|事故责任|全部责任|主要责任|同等责任/ },
  { tag: "谅解", pattern: /谅解/ },
  {
    // Compensation paid to the victim or agreed with it (a sentencing circumstance): not one claimed
    // (请求判令被告人赔偿), merely offered (愿意赔偿), a liability (承担赔偿责任, 附带民事赔偿诉讼), a
    // sum still disputed (就赔偿金额…), nor 拆迁补偿 / 征地补偿 money in a fraud.
    tag: "赔偿",
    pattern:
      /(?=[已自积主一共先赔])(?<!(?:请求|要求|诉请|判令|责令|索要|索赔|(?<!自)愿意?|同意|承诺|原告人的?|应当?|限)[^，。；]{0,12})(?:(?:已|已经|自愿|积极|主动|一次性|共计|先行)[^，。；]{0,8}(?:赔偿|赔付)(?!责任|诉讼|请求)|赔偿了|赔偿给?(?:被害|受害)[^，。；]{0,12}(?:损失|费|元|万))|(?<!应当?|责令[^，。；]{0,10})支付了?[^，。；]{0,8}赔偿|(?:被害|受害)[^，。；]{0,8}(?:收到|领取)[^，。；]{0,6}赔偿|(?:达成|签订|签署)[^，。；]{0,10}(?:赔偿|和解|调解)协议|补偿(?:被害|对方|受害)|(?:被害|受害)[^，。；]{0,10}补偿/,
  },
  // The defendant's restitution (a sentencing circumstance): not the police's 追回 or 发还被害人, a
  // refund by anyone (退还保证金), nor an order to make it (责令退赔).
  {
    tag: "退赃退赔",
    pattern:
      /(?=退)(?<!(?:责令|限|应当?|判令|予以追缴)[^。；]{0,40})(?:退赃|退赔|退缴)|退(?:回|还)[^，。；]{0,6}(?:赃|被害|受害)|(?:赃款|赃物|所骗|骗取的|窃取的)(?:(?![未没不拒])[^，。；]){0,12}退(?:回|还)|已返还/,
  },
  { tag: "认罪认罚", pattern: /认罪认罚|具结书/ },
  { tag: "抢夺", pattern: /抢夺|夺走|夺过|抢走/ },
  {
    // Impersonation (招摇撞骗 §279, 冒充军警人员抢劫 §263): not any deceit (虚构事实, 谎称 are how
    // every fraud is written), nor 假冒 goods (假冒“某某”牌注册商标的白酒, §213, §140).
    tag: "冒充",
    pattern:
      /(?<!品|货|机)冒充(?!合格|正品|真)|假冒[^，。；]{0,12}(?:人员|身份|名义|警察|民警|军人|记者|领导|干部)|冒用[^，。；]{0,8}(?:身份|名义)/,
  },
  { tag: "网络", pattern: /网络|网上|微信|QQ|qq|支付宝|网站|APP|App|app|手机软件|互联网|淘宝|网银|网络平台/ },
  {
    // Telecom fraud (电信网络诈骗): not any text message (手机短信 is listed evidence in every kind of
    // case) nor the carrier 中国电信; nor 冒充警察 in person (a robbery, §263).
    tag: "电信诈骗",
    pattern:
      /电信(?:网络)?诈骗|电话诈骗|(?:诈骗|虚假|中奖|钓鱼)[^，。；]{0,4}短信|群发[^，。；]{0,6}短信|伪基站|冒充[^，。；]{0,8}(?:客服|公检法)/,
  },
  {
    tag: "国家工作人员",
    // Not 国有 anything (国有土地, 国有银行 as a payee) nor a 村委会 as an address: §93's categories.
    // Not 非国家工作人员 (受贿罪 of §163 is the opposite), and a village officer only when assisting
    // the government's administration (全国人大常委会 interpretation of §93 (2), 2000): 村主任 alone
    // is the typical 非国家工作人员受贿 defendant.
    pattern:
      /(?<!非)国家(?:机关)?工作人员|协助(?:乡镇|街道)?(?:人民)?政府[^，。；]{0,20}(?:管理|公务|工作)|国有[^，。；]{0,8}(?:公司|企业|事业单位|单位)[^，。；]{0,20}(?:工作人员|从事公务|委派|经理|主任|会计|出纳|负责人|厂长|董事长|职工)|事业单位[^，。；]{0,10}(?:工作人员|职工)/,
  },
  {
    tag: "利用职务便利",
    pattern: /利用[^，。；]{0,6}职务[^，。；]{0,3}(?:上的)?便利|利用[^，。；]{0,6}职权/,
  },
  { tag: "枪支", pattern: /枪支|手枪|猎枪|气枪|仿真枪|枪管|子弹|弹药|火药枪|射钉枪|钢珠枪/ },
  { tag: "赌博", pattern: /赌博|赌场|赌资|抽头|庄家|赌客|百家乐|六合彩|老虎机|牌九|麻将/ },
  // 容留 only with drugs: 容留卖淫 is §359.
  // Drug use, not the buyers a seller sold to (向吸毒人员贩卖).
  { tag: "吸毒", pattern: /吸食|吸毒(?!人员|者)|注射毒品|容留[^，。；]{0,10}(?:吸|毒)/ },
  {
    // A sale of drugs (§347): not 交易 (银行交易明细), 卖给 (a car sold) or 贩卖 of other goods, unless
    // a drug is named in the same clause.
    tag: "贩卖毒品",
    pattern:
      /贩卖毒品|(?:贩卖|出售|卖给|交易|售卖)[^，。；]{0,15}(?:毒品|甲基苯丙胺|海洛因|冰毒|麻古|麻果|K粉|k粉|氯胺酮|大麻|可卡因|吗啡|摇头丸)|(?:毒品|甲基苯丙胺|海洛因|冰毒|麻古|麻果|K粉|k粉|氯胺酮|大麻|可卡因|吗啡|摇头丸)[^，。；]{0,20}(?:贩卖|出售|卖给|交易|售卖)/,
  },
  {
    tag: "运输毒品",
    pattern:
      /运输[^，。；]{0,10}(?:毒品|甲基苯丙胺|海洛因|冰毒|麻古|氯胺酮)|携带[^，。；]{0,10}(?:毒品|甲基苯丙胺|海洛因|冰毒|麻古)[^，。；]{0,10}(?:前往|乘坐|从|至)/,
  },
  { tag: "甲基苯丙胺", pattern: /甲基苯丙胺|冰毒|麻古|麻果/ },
  { tag: "海洛因", pattern: /海洛因/ },
  { tag: "氯胺酮", pattern: /氯胺酮|K粉|k粉/ },
  { tag: "大麻", pattern: /大麻/ },
  {
    // 纠集 alone is any gang (a fraud ring too): only when the sentence turns to a fight.
    tag: "聚众",
    pattern: /聚众|纠集[^。；]{0,30}(?:殴打|斗殴|打架|互殴|砍|持械)|双方[^，。；]{0,10}持|互殴|斗殴/,
  },
  // Not place names and institutions (某某街道办事处, 某某医院 where an injury was treated, 中信广场).
  {
    // Where the act took place (在…酒吧门口, KTV包厢内), not a place named in passing: a chat group
    // called 某酒吧约起来, 说好去KTV玩, a meal at a 大排档 before a robbery elsewhere.
    tag: "公共场所",
    pattern:
      /公共场所|公共交通工具|在[^，。；“”"「」]{0,15}(?:KTV|ktv|酒吧|网吧|夜市|烧烤(?:店|摊|档)|大排档)|(?:KTV|ktv|酒吧|网吧)[^，。；]{0,6}(?:内|门口|门前|包厢|包房|大厅|走廊|停车场)/,
  },
  {
    // Not a defendant 被关押 in custody, nor a house or goods 看管.
    tag: "非法拘禁",
    pattern:
      /拘禁|(?:将|把)[^，。；]{0,10}(?:关押|关在|锁在|控制在)|看管[^，。；]{0,4}(?:被害|人质|其|他|她)|(?:带至|带到|关进)[^，。；]{0,10}(?:看管|关押)|限制[^，。；]{0,6}人身自由|不让[^，。；]{0,6}离开/,
  },
  // Not 还款 (a loan repaid, 还款能力 in a fraud).
  {
    tag: "讨债",
    pattern:
      /讨债|索债|催讨|索要[^，。；]{0,10}(?:欠款|债务|借款|钱款)|追讨|讨要[^，。；]{0,6}(?:欠款|债|借款)|高利贷|赌债/,
  },
  {
    // 索要 alone is any demand (索要欠款, 索要贿赂, an official's 索要好处费): forced when a threat or
    // force goes with it, or it is a levy only force collects (保护费, 过路费).
    tag: "强行索要",
    pattern:
      /强行索要|强拿硬要|勒索|(?:威胁|殴打|暴力|胁迫|恐吓|逼迫)[^。；]{0,20}索要|索要[^，。；]{0,10}(?:保护费|过路费)/,
  },
  { tag: "性侵", pattern: /强行[^，。；]{0,10}(?:发生性关系|奸)|奸淫|强奸|猥亵/ },
  {
    // A minor victim or defendant: not 学生 (大学生, 留学生), 儿童机票, nor the defendant's own
    // children (家中有两个未成年子女, 女儿尚未成年) pleaded in mitigation. A defendant's age at the crime
    // under 18 (作案时17周岁, 犯罪时未满18周岁) is one (刑法 §17: 已满十四周岁不满十八周岁的人犯罪…从轻或者减轻处罚;
    // since 刑法修正案（十一） §17 ¶3 also 已满十二周岁不满十四周岁 for 故意杀人/故意伤害 causing death: 作案时13岁);
    // an age told of a victim (被害人…17周岁) is not read here, nor a lower bound (犯罪时已满16周岁, 主体适格:
    // of any adult too), nor the law's words for an age group (不满十八周岁的人犯罪的除外, §65 quoted).
    tag: "未成年人",
    pattern:
      /(?=未)(?<!(?:女儿|儿子|子女|孩子|小孩)[尚还均都]?)未成年(?!的?(?:子女|小孩|孩子|女儿|儿子))|[未不]满(?:十[四六八]|1[468])周岁(?!的人)|(?:作案|犯罪|行为)时(?:系|为|尚|仅|刚满?|只有|年仅|才)*(?:十[二三四五六七]|1[2-7])周?岁|幼女|(?:猥亵|拐卖|拐骗|奸淫|绑架|收买被拐卖的|被害)儿童|小学生|初中生|中学生|(?:小学|初中|初一|初二|初三|年级)[^，。；]{0,4}学生/,
  },
  {
    tag: "机动车",
    pattern: /驾驶[^，。；]{0,20}(?:汽车|轿车|货车|摩托车|客车|车辆|三轮车|电动车|机动车)/,
    // The defendant driving, not the victim or a witness (被害人驾驶电动三轮车…).
    notDefendants: othersAct,
  },
  { tag: "林木", pattern: /林木|树木|采伐|砍伐|立木蓄积|林业/ },
  { tag: "拒不执行", pattern: /拒不执行|拒不履行|执行通知书|转移财产|隐匿财产/ },
  {
    // An official's duty obstructed (妨害公务 §277, 袭警): not the police merely mentioned — every
    // arrest by 执勤民警 had carried the tag.
    tag: "公务",
    pattern:
      /执行(?:公务|职务)|依法(?:执行|处置|查处|盘查)|妨害公务|袭警|阻碍[^，。；]{0,10}(?:民警|警察|执法|公务)|(?:殴打|撕扯|推搡|抓伤|咬伤|袭击|踢)[^，。；]{0,6}(?:民警|警察|辅警|交警|城管|执法人员)/,
  },
  { tag: "作证", pattern: /作伪证|虚假证言|指使[^，。；]{0,10}作证|改变证言|翻证/ },
  {
    // The card as the object of the offence (§196, §177-1): not any bank card named as a payee, nor
    // a credit card merely owned, repaid or listed among seized items.
    tag: "信用卡",
    pattern:
      /信用卡(?:诈骗|信息)|妨害信用卡|透支|(?:信用卡|POS机?)[^，。；]{0,10}套现|盗刷|(?:冒用|盗用|伪造|复制|窃取|收买|非法提供|骗领|拾得|捡到|盗窃|使用他人)[^，。；]{0,10}(?:信用卡|银行卡|借记卡|储蓄卡)/,
  },
  {
    // 单位犯罪 (刑法 §30–31): a unit prosecuted (被告单位), a court or prosecutor holding the offence a
    // unit's, or the defendant answering for one as its 直接负责的主管人员 / 其他直接责任人员 (§31; also
    // §135 and §396, which punish only them), 单位行贿 (§393), 单位受贿 (§387). Not any company named —
    // the victim's 项目经理, an employer, a payee —, nor the defendant's post (受贿 and 职务侵占 are an
    // individual's), nor a civil co-defendant (附带民事诉讼被告单位), nor 对单位行贿 (§391).
    tag: "单位",
    // Each form opens with its rare noun and checks the words before it by lookbehind: opening with
    // 是 or 系 made this the costliest rule.
    pattern:
      /(?<!民事诉讼|民事)被告单位(?![^，。；]{0,12}民事)|(?<=(?<!不[^，。；]{0,3}|是否|还)(?:系|属于?|构成|是|按照?|以|认定为?|应为|成立))单位犯罪|(?<=在)单位犯罪(?=(?:活动)?中)|(?<=(?<![不非])(?:作为|系|是|身为|属于?)[^，。；]{0,25})(?:直接负责的主管人员|其他直接责任人员)|(?<=(?<![不非])(?:作为|系|是|身为|属于?)[^，。；]{0,25}(?:单位|公司|企业)[^，。；]{0,8})直接责任人员?|(?<=(?<![不因])(?:构成|犯|以))单位(?:行贿|受贿)罪/,
    // A defence's claim that the case is a unit crime (辩护人提出本案系单位犯罪) is mostly rejected.
    notDefendants: unitNotFound,
  },
  // Not a 微信红包 sent between friends (or to a fraudster).
  { tag: "收受财物", pattern: /收受|受贿|好处费|感谢费/ },
  {
    tag: "给予财物",
    pattern:
      /行贿|送给[^，。；]{0,12}(?:现金|人民币|钱|财物|好处费)|给予[^，。；]{0,12}(?:现金|人民币|财物|好处费)/,
  },
  { tag: "侵吞", pattern: /侵吞|据为己有|私自截留|挪用|非法占为己有|套取/ },
  {
    tag: "掩饰隐瞒",
    pattern:
      // §312 is handling another's proceeds: thieves selling their own loot (将…销赃) are not.
      /(?<!不)明知[^，。；]{0,20}(?:赃|犯罪所得|(?:盗窃|抢劫|诈骗|盗|骗|抢)(?:所得|来|的(?!行为)))|收购(?!站|点)[^，。；]{0,10}(?:赃|被盗)|低价收购|(?:帮助|代为|为其|帮忙|协助)[^，。；]{0,6}销赃|代为销售/,
  },
  // A business the defendant runs (其经营的KTV, 承包经营), or runs without the licence it needs — not any
  // 经营 (国有资产经营有限公司, 非经营性结算票据, a victim's shop).
  {
    tag: "经营",
    pattern:
      /非法经营|未经[^，。；]{0,10}(?:许可|批准)|无证经营|(?:擅自|私自|违法|无照)[^，。；]{0,4}经营|(?:其|自己|本人|被告人[^，。；]{0,6})所?经营的|(?:承包|个体|合伙|负责)经营/,
  },
];

/**
 * Money amount bands (yuan), at the thresholds judicial interpretations use for property crimes
 * (数额较大 1,000–3,000; 巨大 30,000–100,000; 特别巨大 300,000–500,000) and a band between each.
 */
export const AMOUNT_BANDS: readonly [number, string][] = [
  [1_000, "数额:千元以下"],
  [3_000, "数额:1千-3千"],
  [10_000, "数额:3千-1万"],
  [30_000, "数额:1万-3万"],
  [100_000, "数额:3万-10万"],
  [300_000, "数额:10万-30万"],
  [1_000_000, "数额:30万-100万"],
  [Number.POSITIVE_INFINITY, "数额:100万以上"],
];

/**
 * Drug quantity bands, in grams of heroin or methamphetamine (largestDrugGrams converts other drugs),
 * at the 1 g / 10 g / 50 g thresholds of §347–348: 25 g of cannabis leaf is 折合海洛因1克以下.
 */
export const DRUG_BANDS: readonly [number, string][] = [
  [1, "毒品数量:折合海洛因1克以下"],
  [10, "毒品数量:折合海洛因1-10克"],
  [50, "毒品数量:折合海洛因10-50克"],
  [Number.POSITIVE_INFINITY, "毒品数量:折合海洛因50克以上"],
];

function band(value: number, bands: readonly [number, string][]): string {
  for (const [limit, tag] of bands) if (value < limit) return tag;
  return bands[bands.length - 1]?.[1] ?? "";
}

/** A point of a sentence (up to ；) opening with a defendant named (但被告人X…): the name's first two characters. */
const POINT_SUBJECT =
  /^\s*(?:但|另|同时|其中|鉴于|对于?|且|而|故)?(?:被告人|上诉人|原审被告人)([^\s，。；、：]{2})/;
const NAMED = /(?:被告人|上诉人|原审被告人)([^\s，。；、：]{2})/g;

/**
 * A denial of the match at `index` ("不构成自首") in its sentence. A sentence's points (；) may each
 * be another defendant's: a denial in a point that names its defendants does not reach a point
 * opening with another defendant named (被告人X…不能认定为自首；被告人Y…系自首: Y's stands).
 */
function deniedAt(text: string, index: number, denied: RegExp | undefined): boolean {
  if (!denied) return false;
  const start = Math.max(0, text.lastIndexOf("。", index) + 1);
  const endDot = text.indexOf("。", index);
  const sentence = text.slice(start, endDot < 0 ? text.length : endDot);
  const points = sentence.split("；");
  let at = 0;
  const own = points.findIndex((p) => {
    at += p.length + 1;
    return at > index - start;
  });
  const subject = POINT_SUBJECT.exec(points[own] ?? "")?.[1];
  return points.some((point, k) => {
    if (!denied.test(point)) return false;
    if (k === own || subject === undefined) return true;
    const names = [...point.matchAll(NAMED)].map((m) => m[1]);
    return names.length === 0 || names.includes(subject);
  });
}

/**
 * Clauses whose amounts are what was paid after the offence, not its object: compensation, repairs,
 * medical costs, restitution, bail, fines (赔偿车窗修理费4651元 of a 2,587-yuan theft had set its band).
 */
const PAID_AFTER =
  /赔偿|赔付|已支付|垫付|修理费|维修费|医疗费|丧葬费|抚慰金|退赔|退赃|退还|返还|补偿|谅解|保证金|罚金/;

/** The largest money amount the text states (yuan), not counting what was paid after the offence. */
export function largestAmount(text: string): number | undefined {
  const clauses = toHalfWidth(text).split(/[，,。；;]/);
  const amounts = findAmounts(clauses.filter((c) => !PAID_AFTER.test(c)).join("，")).filter(
    (n) => n > 0 && n < 1e11,
  );
  return amounts.length > 0 ? Math.max(...amounts) : undefined;
}

/**
 * How many grams of a drug weigh as one gram of heroin or methamphetamine in sentencing: the quantity
 * the 2016 毒品解释 (法释〔2016〕8号) §1 makes 数量大, over the 50 g 刑法 §347 ¶2(1) sets for heroin
 * and methamphetamine (鸦片 1 kg, the law itself). 300 g of ketamine is a 10–50 g case, not over 50 g.
 * More specific names first (大麻油 before 大麻).
 */
const DRUG_FACTORS: readonly [RegExp, number][] = [
  [/大麻油/, 100],
  [/大麻脂/, 200],
  [/大麻/, 3000],
  [/鸦片/, 20],
  [/可卡因/, 1],
  [/MDMA|摇头丸|亚甲二氧基|吗啡/, 2],
  [/芬太尼/, 2.5],
  [/甲卡西酮/, 4],
  [/哌替啶|[度杜]冷丁/, 5],
  [/氯胺酮|[Kk]粉/, 10],
  [/美沙酮/, 20],
  [/曲马多|羟丁酸/, 40],
  [/可待因|丁丙诺啡/, 100],
  [/三唑仑|安眠酮/, 1000],
  [/阿普唑仑|恰特草/, 2000],
  [/咖啡因|罂粟壳/, 4000],
  [/巴比妥|安钠咖|尼美西泮/, 5000],
  [/氯氮[卓䓬]|艾司唑仑|地西泮|溴西泮/, 10000],
  [/海洛因|甲基苯丙胺|冰毒|麻古/, 1],
];
const DRUG_NAME = new RegExp(DRUG_FACTORS.map(([re]) => re.source).join("|"), "g");
/**
 * Precursor chemicals (制毒物品, 刑法 §350), weighed in kilograms and no drug: thousands of kilograms of
 * 麻黄草 had banded a sale of under 2 g 50克以上 (review15-reports).
 */
const PRECURSOR = /麻黄|易制毒|制毒物品|羟亚胺|邻氯苯基环戊酮|苯丙酮|醋酸酐|胡椒醛|黄樟/g;

/**
 * The factor of the drugs `named` (in the words before a quantity): the smallest, so a tablet of
 * 甲基苯丙胺 and 咖啡因 weighs as methamphetamine; 1 when none is named (毒品 12 克).
 */
function drugFactor(named: readonly RegExpMatchArray[]): number {
  const factors = named.map((m) => DRUG_FACTORS.find(([re]) => re.test(m[0]))?.[1] ?? 1);
  return factors.length > 0 ? Math.min(...factors) : 1;
}

/** A drug quantity the text states, in grams of heroin or methamphetamine, and where it stands. */
interface DrugQuantity {
  grams: number;
  index: number;
  end: number;
}

/**
 * Each drug quantity the text states, in grams of heroin or methamphetamine (DRUG_FACTORS):
 * "甲基苯丙胺 12.5 克" 12.5, "氯胺酮 300 克" 30. Each quantity is weighed by the drugs named between
 * the previous quantity (or the sentence's start, at most 40 characters back) and it. `clean` is
 * half-width text.
 */
function drugQuantities(clean: string): DrugQuantity[] {
  // Drug crimes' texts (毒品 is in every drug charge's name): not a poisoning's 巴比妥 or a data theft's 美沙酮.
  if (!/毒品|甲基苯丙胺|海洛因|冰毒|麻古|氯胺酮|大麻|可卡因|吗啡|摇头丸/.test(clean)) return [];
  const found: DrugQuantity[] = [];
  let previousEnd = 0;
  // Lower-case g only, and not a word's first letter: 500G is a hard disk, 4G a network, 5Gb a file.
  for (const m of clean.matchAll(/(\d+(?:\.\d+)?)\s*(千克|公斤|克|kg|KG|Kg|g)(?![A-Za-z])/g)) {
    const unit = (m[2] ?? "").toLowerCase();
    const from = Math.max(previousEnd, m.index - 40, clean.lastIndexOf("。", m.index) + 1);
    previousEnd = m.index + m[0].length;
    const span = clean.slice(from, m.index);
    // A price per gram (以320元1克, 每5克): no quantity.
    if (/[元每]\s*$/.test(span)) continue;
    const named = [...span.matchAll(DRUG_NAME)];
    // The substance named last before it is a precursor: no drug quantity.
    const lastPrecursor = Math.max(-1, ...[...span.matchAll(PRECURSOR)].map((d) => d.index));
    if (lastPrecursor > (named.at(-1)?.index ?? -1)) continue;
    const grams =
      (Number(m[1]) * (unit === "千克" || unit === "公斤" || unit === "kg" ? 1000 : 1)) / drugFactor(named);
    if (Number.isFinite(grams)) found.push({ grams, index: m.index, end: previousEnd });
  }
  return found;
}

/** The largest drug quantity the text states, in grams of heroin or methamphetamine (drugQuantities). */
export function largestDrugGrams(text: string): number | undefined {
  return largestOf(drugQuantities(toHalfWidth(text)));
}

function largestOf(quantities: readonly DrugQuantity[]): number | undefined {
  return quantities.length > 0 ? Math.max(...quantities.map((q) => q.grams)) : undefined;
}

/** A sale told in the sentence of a quantity (卖给, 以…元的价格贩卖给, 出售). */
const SOLD = /贩卖|贩给|卖给|出售|售给|售予|交易/;
/** Drugs found on someone (查获, 起获…): counted with the sales, 刑法 §347 ¶7 and §348 add them up. */
const SEIZED = /查获|起获|缴获|搜出|查扣|扣押|收缴/;
/** 总 of a total (总计, 总共, 总净重, 总量…), not of a name (总台, 总部, 总队, 总医院, a boss called 某总). */
const TOTAL = "总(?:计|共|和|数|量|[净毛]?重)";
/**
 * A quantity that restates others: a total, or the evidence for one (鉴定, 证言, 供述…). Any 共 (a
 * sentence of 共同犯罪 is the reasoning's as often), but 总 only of a total.
 */
const RESTATED = new RegExp(
  `共|合计|累计|${TOTAL}|综上|另查明|其中|先后|次|以上|涉案|我|鉴定|检验|检测|检出|称量|称重|报告|证实|证明|证言|证据|供述|供认|交代|辨认|笔录|清单|照片|辩称|辩解|辩护|意见|询问|指控|认为|构成|认定|数量|计入`,
);
const CLAUSE_STOPS = ["，", ",", "。", "；", ";", "：", ":"];
/**
 * Where a voice takes up the story again: the charge, the findings (经审理查明, 原判认定), the reasoning,
 * a defence, a witness's or a defendant's words — each tells the same finds once more.
 */
const FOUND_TOLD_BY =
  /指控|查明|(?:审理|原判|原审|一审|二审)认定|本院认为|经查|辩称|辩解|辩护|证言|陈述|供述|上诉/g;
/** A total of drugs stated before a quantity in its clause (共计, 共重, 一共, 合计, 累计, 总计, 总净重…; not 共同, 共谋 or 公共). */
const STATED_TOTAL = new RegExp(`(?<!公)共(?!同|谋)|合计|累计|${TOTAL}`);
/** When an act happened, as a sale is told: 2015年3月下旬, 2月14日, 2016年初. */
const WHEN = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|[上中下]旬|初|底)?|\d{4}年(?:初|底)?/g;

/**
 * The sales a text tells, each once, and the drugs it says were found: a quantity whose clause tells
 * a sale (SOLD) or a seizure (SEIZED) and whose sentence restates nothing (RESTATED: totals, parts of
 * them, evidence, the charge, the defence, the reasoning). Sales are told apart by the date told
 * before them in their sentence and their grams, so the same sale told twice counts once; undated
 * sales count only where no sale is dated (else they sum up the dated ones). Each sentence listing
 * seizures is added up (查获三小袋分别重0.35克、0.36克、0.33克), without what weighs as much as a sale
 * (the buyer caught with it); what was found is the finds one voice tells (FOUND_TOLD_BY: the charge,
 * the findings…) added up, the largest voice's — each told once (a sum told again, or the sum of
 * others told, is no find of its own: 在其住处查获…；在其车内查获… are two, the indictment and the
 * findings telling them are not four). Where the text states a total of drugs (STATED_TOTAL) it wins:
 * seizures of different sentences are not added. Sales are counted as the days they were made on (two
 * drugs sold at once are one sale). An undercount at worst.
 */
function drugActs(
  clean: string,
  quantities: readonly DrugQuantity[],
): { sales: number[]; events: number; found: number } {
  const dated = new Map<string, number>();
  const days = new Set<string>();
  const undated = new Set<number>();
  const seized = new Map<number, number[]>();
  // The places each sentence of finds names (PLACES).
  const places = new Map<number, Set<string>>();
  let total = false;
  // Sentences telling a find roughly (约30克, 1克多): a retelling as often as a find of its own.
  const rough = new Set<number>();
  for (const q of quantities) {
    const start = Math.max(clean.lastIndexOf("。", q.index), clean.lastIndexOf("；", q.index)) + 1;
    const stops = [clean.indexOf("。", q.end), clean.indexOf("；", q.end)].filter((i) => i >= 0);
    const sentence = clean.slice(start, stops.length > 0 ? Math.min(...stops) : clean.length);
    const clauseStart = Math.max(...CLAUSE_STOPS.map((c) => clean.lastIndexOf(c, q.index))) + 1;
    if (STATED_TOTAL.test(clean.slice(clauseStart, q.index))) total = true;
    if (RESTATED.test(sentence)) continue;
    // The act is told in the quantity's own clause: 以300元的价格将甲基苯丙胺0.2克贩卖给, 从其身上查获.
    const clauseEnds = CLAUSE_STOPS.map((c) => clean.indexOf(c, q.end)).filter((i) => i >= 0);
    const clause = clean.slice(clauseStart, clauseEnds.length > 0 ? Math.min(...clauseEnds) : clean.length);
    // Drugs found that were for sale (查获其用于贩卖的…) are a seizure, not a sale; a quantity whose
    // clause tells neither is one when its sentence tells a seizure (查获…一包（净重0.45克）).
    const sold = !SEIZED.test(clause) && SOLD.test(clause);
    if (!sold) {
      if (SEIZED.test(sentence)) {
        seized.set(start, [...(seized.get(start) ?? []), q.grams]);
        places.set(start, placesOf(sentence));
        if (/约[重为]?$/.test(clean.slice(start, q.index)) || /^多/.test(clean.slice(q.end)))
          rough.add(start);
      }
    } else {
      // The day without its year: 同年3月8日 tells the sale 2018年3月8日 does.
      const when = [...clean.slice(start, q.index).matchAll(WHEN)].at(-1)?.[0].replace(/^\d{4}年(?=\d)/, "");
      if (when === undefined) undated.add(q.grams);
      else {
        dated.set(`${when}|${q.grams}`, q.grams);
        days.add(when);
      }
    }
  }
  // Where sales are dated, an undated one is a summary of them (被告人孙岩贩卖甲基苯丙胺1642.63克).
  const sales = dated.size > 0 ? [...dated.values()] : [...undated];
  // Found as much as a sale: the drugs sold, found on the buyer (从陶某某处查获海洛因6.85克).
  const saleGrams = new Set(sales);
  // Each sentence's finds, in micrograms (so that 0.28 + 0.11 is 0.39), by where its voice begins.
  const voices = [0, ...[...clean.matchAll(FOUND_TOLD_BY)].map((m) => m.index)];
  const byVoice = new Map<number, Find[]>();
  for (const [start, grams] of seized) {
    const sum = Math.round(grams.filter((g) => !saleGrams.has(g)).reduce((x, y) => x + y, 0) * 1e6);
    if (sum <= 0) continue;
    const voice = total || rough.has(start) ? start : (voices.findLast((v) => v <= start) ?? 0);
    byVoice.set(voice, [...(byVoice.get(voice) ?? []), { sum, places: places.get(start) ?? new Set() }]);
  }
  const found = [...byVoice.values()].map((finds) => distinctFinds(finds) / 1e6);
  return { sales, events: dated.size > 0 ? days.size : undated.size, found: Math.max(0, ...found) };
}

/**
 * Where drugs are found, by kind: on the person, in a bag, in a vehicle, on premises. Two equal finds
 * whose sentences name places of different kinds only (身上 and 车内, 身上 and 住处) are two searches.
 */
const PLACES: readonly [string, RegExp][] = [
  ["person", /身上|衣兜|口袋|衣袋|裤袋|裤兜|上衣|裤子|内裤|腰间|袜子|鞋[内里中]|手中|手里|体内/],
  ["bag", /[挎背提皮钱腰]包|包[内里中]|行李|旅行袋|拉杆箱/],
  ["vehicle", /车[内上里中]|后备箱|车尾箱|驾驶室|轿车|汽车|货车|摩托车|电动车/],
  [
    "premises",
    /住处|住所|住宅|家中|家里|暂住|租住|出租[屋房]|房[间内]|卧室|宿舍|屋内|室内|客厅|厨房|仓库|店内/,
  ],
];

function placesOf(sentence: string): Set<string> {
  return new Set(PLACES.filter(([, re]) => re.test(sentence)).map(([kind]) => kind));
}

/** One sentence's finds added up (micrograms), and the kinds of place it names. */
interface Find {
  sum: number;
  places: ReadonlySet<string>;
}

/**
 * The finds of one voice added up, each once: a sum told again, or one that is the sum of others
 * (查获A 0.28克…，查获B 0.11克 and then 共0.39克 written without 共), counts once — but equal sums whose
 * sentences name different places (在其身上查获…1克。在其车内查获…1克。) are two finds. Integers (micrograms).
 */
function distinctFinds(finds: readonly Find[]): number {
  // How many finds of each sum: one more for each sentence naming places none of the others does.
  const told = new Map<number, ReadonlySet<string>[]>();
  for (const { sum, places } of finds) {
    const others = told.get(sum);
    if (!others) told.set(sum, [places]);
    else if (places.size > 0 && others.every((o) => o.size > 0 && [...o].every((p) => !places.has(p))))
      others.push(places);
  }
  const sums = [...told.keys()].sort((a, b) => a - b);
  // Many sentences of finds in one voice are a list of exhibits more often than searches: the largest.
  if (sums.length > 8) return sums.at(-1) ?? 0;
  // Every sum of a set of the smaller finds kept: a find among them restates them.
  let reachable = new Set<number>([0]);
  let total = 0;
  for (const sum of sums) {
    if (reachable.has(sum)) continue;
    for (let n = told.get(sum)?.length ?? 1; n > 0; n--) {
      total += sum;
      reachable = new Set([...reachable, ...[...reachable].map((r) => r + sum)]);
    }
  }
  return total;
}

/**
 * The drug quantity of a case, in grams of heroin or methamphetamine, and its sales: the quantity is
 * the largest the text states (a total, where the court gives one), or, when that is more, its sales
 * added up with what was found (drugActs) — 刑法 §347 ¶7 adds up the quantities of repeated sales not
 * yet dealt with, and drugs found on a seller count as his sales (LeCaRD 3701: three sales of under a
 * gram and 11 g found on him, 84 months — a 10–50 g case). Three sales or more are 多次贩卖, 情节严重
 * under 刑法 §347 ¶4 and the 2016 毒品解释 (法释〔2016〕8号) §4(1), also where no one writes 多次
 * (LeCaRD 25803: six dated sales of 0.2 g). No quantity: not a drug text.
 */
export function drugCase(text: string): { grams: number; sales: number } | undefined {
  const clean = toHalfWidth(text);
  const quantities = drugQuantities(clean);
  const largest = largestOf(quantities);
  if (largest === undefined) return undefined;
  const { sales, events, found } = drugActs(clean, quantities);
  let sum = found;
  for (const grams of sales) sum += grams;
  return { grams: Math.max(largest, Math.round(sum * 1e6) / 1e6), sales: events };
}

/** {@link drugCase}'s quantity. */
export function drugGrams(text: string): number | undefined {
  return drugCase(text)?.grams;
}

/** {@link drugCase}'s sales, each told once (drugActs); 0 for a text of no drug quantity. */
export function drugSales(text: string): number {
  return drugCase(text)?.sales ?? 0;
}

/**
 * A prior whose existence the court says it cannot establish, the negation written after the word
 * (被告人的前科事实无法确认, 前科情况不能查实, 其前科有待查证): unproven, it is none (刑事诉讼法 §55: a fact
 * against the defendant needs proof 确实、充分).
 */
const PRIOR_UNPROVEN =
  /^前科[^，。；、]{0,6}?(?:(?:无法|不能|难以|未能|无从|尚未|没有)(?:确认|认定|查实|查清|核实|证实|查明|查证)|有待(?:查证|核实|查实)|存疑|证据不足)/;

/**
 * Sentencing circumstances that facts and reasoning often state as absent: 没有自首情节, 未取得被害人
 * 谅解, 拒不如实供述, 无前科, 未能进入被害人家中, 未达到醉酒标准.
 */
const NEGATABLE = new Set([
  "持械",
  "自首",
  "坦白",
  "立功",
  "累犯",
  "前科",
  "入户",
  "醉酒",
  "谅解",
  "赔偿",
  "退赃退赔",
  "认罪认罚",
  // 未发生交通事故: a 醉驾 without an accident.
  "交通事故",
]);

/**
 * A negation governing the words just before a match, within its clause. Not 尚未/未被/未经/未发觉/
 * 未掌握 (在公安机关未发觉时自动投案 is how a surrender is written; 未发现被告人有前科 is a negation), 无故/无端 (an unprovoked act) or
 * 无证/无牌 (无证醉酒驾驶: unlicensed, and drunk). A question is no finding either (关于被告人X是否有自首情节的
 * 问题, 能否认定为立功, 有无前科): the answer that follows decides. A bare 不 right before the match negates
 * it too (不如实供述 is no 坦白, 不谅解 no 谅解), not 不得不 or 不不.
 */
const NEGATED_BEFORE =
  /(?:未(?!被|经|发觉|掌握|归案)|没有|(?<![一毫])无(?!故|端|证|牌|照)|拒不|拒绝|不积极|不能|不予|不愿|否认|并非|是否|能否|可否)[^，。；：,;但却]{0,6}$|(?<![不得])不$/;

function negatedAt(text: string, index: number): boolean {
  return NEGATED_BEFORE.test(text.slice(Math.max(0, index - 8), index));
}

/**
 * What the text says there is no evidence of, for any tag (conduct too, which {@link NEGATED_BEFORE}
 * does not read): 无证据证明其贩卖毒品, 没有证据证实…, 不能证明…, and 未查获其贩卖毒品的证据 (未发现其有…的行为).
 * An act not proven is none (刑事诉讼法 §55: a conviction needs evidence 确实、充分; §200(3): 证据不足…
 * 指控的犯罪不能成立). Within its clause (…无证据证明已交付，应认定为犯罪未遂: the 未遂 stands), not past a list's
 * 、 nor a contrast (但, 却, 而).
 */
const NO_EVIDENCE_BEFORE =
  /(?:(?:无|没有|尚无|缺乏|未有|并无)(?:足够|充分|确实|确切|相关|任何)?的?证据(?:能够?|足以|可以)?(?:证明|证实|表明|显示|认定)|(?:不能|无法|难以|未能)(?:证明|证实))[^，。；：,;、但却而]{0,24}$/;
const NOT_FOUND_BEFORE = /未能?(?:查获|发现|查到|查实|查明|收集到|查出)[^，。；：但却而]{0,12}$/;
const NOT_FOUND_AFTER = /^[^，。；：]{0,12}?(?:证据|行为|事实)/;

function unproven(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (NO_EVIDENCE_BEFORE.test(before)) return true;
  return (
    NOT_FOUND_BEFORE.test(before) && NOT_FOUND_AFTER.test(text.slice(index + length, index + length + 16))
  );
}

/*
 * Attribution. A shared circumstance is shown to the judge as true of both defendants, so a conduct
 * tag must be the defendant's conduct or situation: not the victim's weapon, a drunk victim, the
 * defendant's own injury. Judgments name people by role (被告人, 被害人, 对方) or by (masked) name;
 * only roles can be told apart, so an act is given to someone else only when a role word says so,
 * and a span named by name alone stays the defendant's.
 */

/** The defendant's side as judgments name it (原审被告人 and 被告单位 included). */
const DEFENDANT_SIDE = /被告人|上诉人|罪犯|犯罪嫌疑人|嫌疑人|同案人|同案犯|同伙|歹徒|被告单位/;
/** The other side: the victim and those with it, and the police. */
const OTHER_SIDE = /被害人|受害人|被害方|被害一方|对方|死者|民警|警察|交警|辅警/;
const PARTY = new RegExp(`(${DEFENDANT_SIDE.source})|(${OTHER_SIDE.source})`, "g");
const PARTY_FIRST = new RegExp(`^(?:${PARTY.source})`);
/**
 * Words just before a party that make it an object, not the doer: 对被害人拳打脚踢, 追打对方, 在被害人家中,
 * 以被害人欠钱为由, 骗被害人开门, 发现被害人后.
 */
const OBJECT_MARK =
  /(?:对|向|朝|将|把|与|和|同|跟|给|替|帮|让|叫|令|使|致|逼|骗|求|请|喊|劝|问|追|打|砍|捅|刺|拦|拉|扶|抱|找|带|在|于|往|从|及|或|遭|以|见|发现|尾随|拦下)$/;
/**
 * Between a victim-side subject and the act only its name, kin, number and adverbs may stand
 * (被害人谈某1的父亲谈某2, 对方十多名男子, 被害人董某正): not a second predicate (被害人宋某开门入户后,
 * 被害人在捡拾木料时遭某阻拦, 死者系他人用刀刺伤), a conjunction (被害人和被告人…) or a report.
 */
const NOT_THE_DOER = /[后时在到入进开与和同跟对向将把被遭给让为系是]|符合|他人/;
/** For a subject carried over from the previous clause (被害人丘某起来后，持菜刀…), a looser test. */
const NOT_THE_DOER_BEFORE = /[与和同跟对向将把被遭给让为系是]|符合|他人/;
/** After a subject, the span is what it said or saw (被害人陈述被告人持刀…, 被害人称一男子持刀…). */
const REPORTED =
  /称|陈述|描述|叙述|证实|证明|反映|供述|辨认|指认|报警|报案|讲|说|看到|看见|发现|听到|介绍|交代|指证|因|由于/;
/**
 * A passive 被 with its agent (被对方持刀砍伤, 被人持刀砍伤): not 被告人, 被害人, 被执行人, 被子…, nor one
 * whose verb follows at once (被指控持凶器, 被纠集人员持木棍, 被批准为持枪人员).
 */
const PASSIVE =
  /被(?!告|害|执行|申请|上诉|鉴定|扶养|监护|保险|子|褥|单|指控|控告|认定|判|抓|查|批准|纠集|邀|叫|召集|雇|聘|告知|列为|认为|怀疑|安排|指使|派)/g;
/** Adverbs a clause without its own subject opens with (被害人见状，遂持木棍…). */
const SUBJECTLESS =
  /^(?:又|再|遂|便|即|就|并|还|亦|也|随即|随后|然后|继而|后|当即|立即|则|而|且)?(?:手|分别|各自?)?$/;
/** Where a statement by a witness or the victim, a defendant's statement, or the court's findings open. */
const VOICE =
  /(?:证人|被害人|受害人|报案人)[^，。；：\n]{0,10}(?:证言|陈述)|证言|(?:被告人|上诉人)[^，。；：\n]{0,10}(?:供述|辩解)|经审理查明|公诉机关指控|起诉书指控|本院认为|原判认定|经查/g;

/** Start of the clause holding `index`: after the last comma, full stop, semicolon, colon or line break. */
function clauseStart(text: string, index: number, limit = 80): number {
  const floor = Math.max(0, index - limit);
  for (let i = index - 1; i >= floor; i--) if ("，,。；;：:\n！？".includes(text[i] ?? "")) return i + 1;
  return floor;
}

/**
 * The subject of a clause: its first party word that is not an object of something before it — the
 * defendant's side anywhere; the other side only within `reach` characters of the clause's start
 * (后因被害人…, 当时对方…; not 吴某尾随被害人…). `tail` is the clause's text after the word.
 */
function subjectOf(
  clause: string,
  reach: number,
): { side: "defendant" | "other"; word: string; tail: string } | undefined {
  for (const m of clause.matchAll(PARTY)) {
    if (OBJECT_MARK.test(clause.slice(Math.max(0, m.index - 2), m.index))) continue;
    const tail = clause.slice(m.index + m[0].length);
    if (m[1]) return { side: "defendant", word: m[0], tail };
    return m.index <= reach ? { side: "other", word: m[0], tail } : undefined;
  }
  return undefined;
}

/**
 * 对方 is the victim's side in the findings and in a defendant's statement, but the offender in a
 * witness's or the victim's (被害人谭某的陈述：…对方有三四名男青年拿刀追赶…): whose words hold `index`.
 */
function offenderIsOpposite(text: string, index: number): boolean {
  let last = "";
  for (const m of text.slice(Math.max(0, index - 3000), index).matchAll(VOICE)) last = m[0];
  return /证言|陈述/.test(last);
}

/**
 * Whether the act at `index` is someone else's than the defendant's side: its clause's subject (or, for
 * a clause without one, the previous clause's) is the victim's side — 被害人董某正持柴刀砍树, 对方一伙人
 * 手持砖头, 被害人见状，遂持木棍 —, or it is done by them in the passive (被对方持刀砍伤), or to the
 * defendant (被告人黄某被人持刀砍伤, …拿起啤酒瓶砸向被告人).
 */
function othersAct(text: string, index: number, length: number): boolean {
  const start = clauseStart(text, index);
  const clause = text.slice(start, index);
  const after = text.slice(index + length, index + length + 16);
  // A wound described (被害人全身多处刀刺伤, 右上臂刀砍伤), not an act.
  if (after.startsWith("伤") && /[部处身位系为臂腿头背胸腹面颈脸手肩腰臀足脚眼]$/.test(clause)) return false;
  const opposite = (word: string) => word !== "对方" || !offenderIsOpposite(text, index);
  // A passive whose agent directly precedes the act: 被对方持刀砍伤, not 被民警盘查时持刀.
  let passive: RegExpMatchArray | undefined;
  for (const m of clause.matchAll(PASSIVE)) passive = m;
  if (passive?.index !== undefined) {
    const agent = clause.slice(passive.index + 1);
    if (agent.length <= 8 && !/[时后前中]/.test(agent)) {
      const party = PARTY_FIRST.exec(agent);
      if (party) return !party[1] && opposite(party[0]);
      // 被其持刀砍伤的男子: 其 is as often the defendant.
      if (/^[其他她]/.test(agent)) return false;
      // The defendant suffering the act: 被告人黄某被人持刀砍伤 (the defendant's name alone between).
      const sufferer = subjectOf(clause.slice(0, passive.index), 2);
      return sufferer?.side === "defendant" && sufferer.tail.length <= 6;
    }
  }
  const own = subjectOf(clause, 2);
  if (own) {
    if (own.side === "defendant") return false;
    if (REPORTED.test(own.tail) || NOT_THE_DOER.test(own.tail) || DEFENDANT_SIDE.test(own.tail)) return false;
    return opposite(own.word);
  }
  const prevClause = start > 0 ? text.slice(clauseStart(text, start - 1), start - 1) : "";
  if (SUBJECTLESS.test(clause) && start > 0) {
    // 被害人见状，遂持木棍…: the previous clause's subject, if that clause opens with it; not across a
    // clause of time (被害人蓝某在路边休息时，遂持镰刀…: the defendant's act).
    const prev = subjectOf(prevClause, 1);
    if (prev?.side !== "other" || /(?:时|之际|期间)$/.test(prevClause)) return false;
    const { tail, word } = prev;
    if (REPORTED.test(tail) || NOT_THE_DOER_BEFORE.test(tail) || DEFENDANT_SIDE.test(tail)) return false;
    return opposite(word);
  }
  // 被告人赢某拿来两把菜刀…，二人持菜刀追砍被告人陈某: the defendant's side carries on.
  if (subjectOf(prevClause, 80)?.side === "defendant") return false;
  // No subject named: an act aimed at the defendant (…拿起啤酒瓶砸向被告人王某), not one near a
  // defendant's name (冲过去砍倒了被告人梅某指认的张某).
  return /^[^，。；]{0,10}?(?:打|砍|刺|捅|砸|击|扎|戳|朝|向|追)(?:向|了|伤|中)?(?:被告人|上诉人)(?![^，。；]{0,6}的)/.test(
    after,
  );
}

/**
 * An injury (or death) not caused: denied (未造成轻伤以上后果, 尚未达到轻伤, 没有造成重伤的结果) or a
 * statute's wording quoted (犯前款罪，致人重伤的，处三年以上…).
 */
function harmNotCaused(text: string, index: number, length: number): boolean {
  if (
    /(?:没有|未|并未|不)(?:造成|达到?|构成|足以?|致)[^，。；]{0,4}$/.test(
      text.slice(Math.max(0, index - 10), index),
    )
  ) {
    return true;
  }
  return /^[^。；]{0,30}?的，处/.test(text.slice(index + length, index + length + 40));
}

/** Harm not done to another by the defendant's side: the defendant's own injury, or none. */
function notHarmDone(text: string, index: number, length: number): boolean {
  return harmNotCaused(text, index, length) || defendantInjured(text, index);
}

/** A passive or causative verb, or an injury noun, between a defendant and an injury (被告人张某亦受轻伤). */
const INJURED_SELF = /受|损伤|伤情|伤势|伤残|之伤|的伤|受伤/;
const CAUSING = /致|造成|导致|使|将|把|对|打|砍|殴|刺|捅|踢|伤害|用|持|犯/;

/**
 * Whether the injury (or death) at `index` is the defendant's own: 致被告人王某轻伤, 被告人王某亦受轻伤,
 * 被告人王某的损伤程度为轻伤, 被告人王某被打成轻伤 — not 被告人王某致被害人轻伤 nor 被告人犯故意伤害罪致人轻伤.
 */
function defendantInjured(text: string, index: number): boolean {
  const clause = text.slice(clauseStart(text, index), index);
  // The last party named, not counting a passive's agent (被告人王某被被害人打成轻伤: the defendant).
  let last: RegExpExecArray | undefined;
  for (const m of clause.matchAll(PARTY)) if (clause[m.index - 1] !== "被") last = m as RegExpExecArray;
  if (!last?.[1]) return false;
  const between = clause.slice(last.index + last[0].length);
  if (/(?:致|造成|导致|使)$/.test(clause.slice(0, last.index))) return between.length <= 8;
  // 被告人王某被打成轻伤: the passive right after the name.
  if (
    /^[^，。；被]{0,4}被(?!告|害|执行|申请|上诉|鉴定|抓|查|判|拘|逮|羁|押|刑|诉|处|采取|依法|列为)/.test(
      between,
    )
  ) {
    return true;
  }
  if (CAUSING.test(between)) return false;
  // 被告人徐某系轻微伤: the name, then the grade.
  return INJURED_SELF.test(between) || /^[^，。；]{0,4}(?:系|为|属于?|构成)$/.test(between);
}

/**
 * A death the offence did not cause: the defendant's own (徐某于2014年4月死亡，本院裁定对其终止审理), a
 * status note on a person (王某（已死亡）, 彭某4（已病故）), a certificate (死亡证明, 死亡注销证明), an
 * animal's or a tree's, or none (明知邓某没有死亡).
 */
function deathNotCaused(text: string, index: number, length: number): boolean {
  if (notHarmDone(text, index, length)) return true;
  const before = text.slice(Math.max(0, index - 13), index);
  const note = /[（(]([^（）()]{0,12})$/.exec(before);
  const after = text.slice(index + length, index + length + 9);
  // Not 故意伤害（致人死亡）, 故意伤害（致死）, （被害人后经抢救无效死亡）: the offence's own consequence.
  const caused = /致|抢救|被|伤|出院|事故|途中/.test(
    `${note?.[1] ?? ""}${text.slice(index, index + length)}`,
  );
  if (note && /^[^（）()]{0,8}[）)]/.test(after) && !caused) return true;
  if (/(?:没有|并未|尚未|未)(?:立即)?$/.test(before)) return true;
  // An animal or a plant (红嘴相思鸟死亡9只, 树木死亡, 致狗死亡), not a person.
  if (
    /[鸟鱼虾蟹猪牛羊狗犬鸡鸭鹅禽畜树木苗]$|林木|作物/.test(before.slice(-4)) ||
    /^[\d一二三四五六七八九十百千万余多]+(?:只|头|尾|株|棵)/.test(after)
  ) {
    return true;
  }
  if (/^(?:医学)?(?:证明|注销)/.test(after)) return true;
  // The law's or an argument's words, not a death that happened: 致人死亡的，处… and 造成死亡的，还应当
  // 赔偿…死亡赔偿金 (articles quoted), 放任被害人死亡的结果, 未能造成死亡后果 (an intent argued, an
  // attempt) — but 造成一人死亡的后果 and 得知某某死亡的结果 are deaths.
  if (/^(?:的[，,]|赔偿金)/.test(after)) return true;
  if (
    /^的?(?:结果|后果)/.test(after) &&
    /追求|放任|希望|会|可能|预见|明知|未|没有|无|不/.test(text.slice(clauseStart(text, index), index))
  )
    return true;
  // The victim's own act (喝农药自杀身亡 after a 轻伤): not the harm the defendant caused.
  if (/自杀/.test(text.slice(clauseStart(text, index), index))) return true;
  const end = text.indexOf("。", index);
  return /终止(?:审理|诉讼)/.test(text.slice(index, end < 0 ? index + 60 : Math.min(end, index + 60)));
}

/** Who speaks: a defence's arguments, or the court's or prosecutor's findings. */
const DEFENCE_OR_COURT =
  /(辩护人|辩称|辩解|辩护意见|上诉理由|上诉(?:称|提出)|上诉人[^，。；]{0,10}(?:提出|认为|称)|诉讼代理人)|(?<=(?:^|[。\n；：])\s*)(?:本院认为|经查|经审理|公诉机关(?:认为|指控)|检察(?:院|员)认为|原判认为|原审认为|审理认为|综上)/g;

/**
 * A unit crime not found but argued (辩护人提出：…2、本案应属于单位犯罪), supposed (即使构成犯罪，也是单位犯罪),
 * denied (未能认定某公司构成单位犯罪, 未将某公司列为被告单位) or questioned (是单位犯罪还是自然人犯罪).
 */
function unitNotFound(text: string, index: number, length: number): boolean {
  if (/未|没有|并非|不能|无法|而非/.test(text.slice(clauseStart(text, index), index))) return true;
  const sentence = text.slice(Math.max(0, text.lastIndexOf("。", index) + 1, index - 200), index);
  if (/即使|如果|假如|即便|倘若/.test(sentence)) return true;
  if (
    /^[^，。；]{0,6}(?:还是|证据不足|依据不足|不能成立|不成立)/.test(
      text.slice(index + length, index + length + 12),
    )
  ) {
    return true;
  }
  if (text.startsWith("被告单位", index)) return false;
  let defence = false;
  for (const m of text.slice(Math.max(0, index - 800), index).matchAll(DEFENCE_OR_COURT))
    defence = Boolean(m[1]);
  return defence;
}

/**
 * Drunkenness that is someone else's: 醉酒的被害人, 趁被害人醉酒, 将醉酒的肖某带至…, 被害人杨某酒后驾驶. Not
 * §18's 醉酒的人犯罪，应当负刑事责任, which a court cites because the defendant was drunk.
 */
function othersDrunkenness(text: string, index: number, length: number): boolean {
  const clause = text.slice(clauseStart(text, index), index);
  const after = text.slice(index + length, index + length + 16);
  // 民警将醉酒的被告人抓获 is the defendant's; so is a 醉酒男子 or 醉酒女子 in a witness's words as often.
  if (/^(?:的|后的)?(?:被告人|上诉人)/.test(after)) return false;
  // 趁被害人醉酒之机, 利用被害人醉酒之机: the victim's helplessness, which a sexual offence or a theft exploits.
  if (/趁|乘(?!坐|客|车|载|机|船|务)/.test(clause) || /^[^，。；]{0,6}?之(?:机|际)/.test(after)) return true;
  if (/^(?:的|后的)?(?:被害人|受害人)/.test(after)) return true;
  // 醉酒男子, 把这个醉酒的男子带到派出所: whoever that is, not the clause's subject (民警问醉酒男子…).
  const someone = /^(?:的|后的)?(?:这个|那个|该|一名)?(?:男子|女子|男青年|女青年|人员|客人|司机|者)/;
  if (someone.test(after)) return false;
  // 将醉酒的肖某带至宾馆: someone carried off, not 医生把醉酒的男子拉开.
  if (
    /(?:将|把)[^，。；]{0,6}$/.test(clause) &&
    /^(?:的|后的)[^，。；]{0,10}?(?:带|抬|扶|背|抱|拖|拉|送)(?:至|到|进|回|入|上)/.test(after)
  ) {
    return true;
  }
  // 醉酒的短发男子: an attribute of whoever follows.
  if (/^(?:的|后的)/.test(after)) return false;
  return othersAct(text, index, length);
}

/** 2000 交通肇事解释 §4: 死亡二人以上, 重伤五人以上, 负事故全部或者主要责任. */
const TWO_OR_MORE = "(?:[二两三四五六七八九十]|[2-9]|\\d{2,})";
const SEVERAL_DEAD = new RegExp(
  `(?:造成|致使?|导致)[^，。；]{0,16}?${TWO_OR_MORE}人(?:当场)?死亡|死亡${TWO_OR_MORE}人(?![受轻重])`,
);
const MANY_INJURED =
  /(?:造成|致使?|导致)[^，。；]{0,16}?(?:[五六七八九十]|[5-9]|\d{2,})人(?:受)?重伤|重伤(?:[五六七八九十]|[5-9]|\d{2,})人/;
const MAIN_LIABILITY =
  /(?<![不无未][^，。；]{0,8}|(?:被害人|死者|对方|行人|乘客)[^，。；]{0,10})(?:全部|主要)责任/;

/**
 * Whether the words at `index` are a quoted article's or rule's, not the court's finding (which names
 * the defendant or the act: 其行为…数额较大, 属数额较大): within a quotation opened after the article
 * (第一款“…，数额较大，…的，处…”, 规定：“…”), or the law's conditional written without quotation
 * marks, running on to its 的，处… (强拿硬要公私财物，情节严重，破坏社会秩序的，处五年以下…).
 */
function quotesLaw(text: string, index: number, length: number): boolean {
  if (insideQuotedRule(text, index)) return true;
  const conditional = /^[^。；;“”《》]{0,40}?的[，,]\s*(?:处|可以|应当|依照|判处|并处)/.exec(
    text.slice(index + length, index + length + 60),
  );
  return conditional !== null && !/其(?!他)|行为|被告人|上诉人|已|触犯|构成/.test(conditional[0]);
}

/**
 * A general legal statement, no one's finding or denial: a rule or an example written of an offender
 * in general, as write-ups comment on the law they apply (刑法 §67, §68 and the 1998 自首和立功解释,
 * 法释〔1998〕8号): a sentence opening with a condition or an example of an offender named by role
 * (如果犯罪嫌疑人仅有投案的意思表示…就不能认定为自首; 例如，被告人…), with the role itself followed by a
 * rule (行为人…的，不应当认定为自首; 在共同犯罪中，被告人仅供述…的，不能认定为自首), or with a definition
 * (所谓…是指, 所谓…，即…: {@link DEFINITION}) — at its start or after a clause of it before the match
 * (…，如果行为人…; 两种观点…；只要行为人…), not a concession there (…，即使按被告人的供述…). 被告人 only
 * where no name follows it, and nothing in the sentence speaks of this case (本案, 本院, 原判) or of a party's
 * submission (辩护人提出，如果认定被告人X有罪，…: the party's own).
 */
function generalStatement(text: string, index: number): boolean {
  // Its sentence, scanned from `index` out: a lastIndexOf/indexOf per end mark ran to the text's ends
  // for the marks it lacks (？, ！), a third of extractCircumstances' time on LeCaRD judgments.
  let from = index;
  while (from > 0 && !SENTENCE_END.has(text.charAt(from - 1))) from--;
  let to = index;
  while (to < text.length && !SENTENCE_END.has(text.charAt(to))) to++;
  const sentence = text.slice(from, to);
  if (CASE_SPECIFIC.test(sentence)) return false;
  if (generalFrom(sentence, false)) return true;
  // …or opening after a clause of it (…，如果行为人…就不能认定为自首; …；只要行为人…就成立自首), before the
  // match: not a concession there (…，即使按被告人的供述…), mostly of the case.
  for (let at = index; at > from; at--)
    if (CLAUSE_END.has(text.charAt(at - 1)) && generalFrom(text.slice(at, to), true)) return true;
  return false;
}

/**
 * Whether the 累犯 at `index` is a name ending in 累 and the verb 犯 of its charge (被告人石累犯放火罪, 张某累
 * 犯盗窃罪, 张某累犯罪时未满十八周岁): a listed charge's name (src/judgment/charges.ts) or 罪 (犯罪, commits
 * a crime) follows it at once, as no recidivist is written (系累犯，犯盗窃罪; 累犯及抢劫罪; 累犯的前罪).
 * Not 累犯罪犯 (recidivists) nor 累犯犯罪人 (a recidivist offender).
 */
function nameThenCharge(text: string, index: number, length: number): boolean {
  const after = text.slice(index + length, index + length + 24);
  if (/^罪(?!犯)/.test(after)) return true;
  const charge = /^[^、，。；：:\s（(][^，。；：:\s（(]{0,19}?罪/.exec(after);
  return charge !== null && canonicalCharge(charge[0]) !== undefined;
}

/**
 * A legal category that write-ups' commentary speaks of in the abstract, of no one: 累犯 (刑法 §65 defines
 * it and §66 the special one; §74 and §81 bar it from probation and parole, §50 ¶2 lets a suspended death
 * sentence limit its commutation) and 前科 (a prior conviction: the SPC's sentencing guidance, 《关于常见犯罪
 * 的量刑指导意见》, weighs it; 刑法 §100 and 刑事诉讼法 §286 on reporting and sealing it, set against 前科消灭
 * by commentators; the 2010 自首和立功意见, 法发〔2010〕60号 §2, lists it among what a confession covers).
 */
interface Category {
  word: string;
  /** Words right after it that make it the institution or the notion (累犯制度, 前科消灭, 前科的概念). */
  institution: RegExp;
  /** What it is said to do or be as a clause's subject (累犯不适用缓刑, 前科是指…). */
  subject: RegExp;
  /** A kind of it named right before (一般累犯), and the kind said of someone (系特别累犯). */
  kind?: { named: RegExp; said: RegExp };
}

const RECIDIVISM: Category = {
  word: "累犯",
  institution:
    /^(?:(?:法律)?制度|条款|条文|的(?:规定|条文|认定|构成|成立|概念|定义|含义|本质|立法)|规定|认定(?:的|问题|规则|条件|方法|上)|(?:构成|成立)?(?:要件|条件)|成立的|是指|人(?!员)|犯罪人|之外|期限|与前科)/,
  subject:
    /^(?:(?:和|与|及|以及|、)[^，。；]{0,20}?)?(?:不(?:得|能|宜)?适用|不得|是指|是对|是一种|是刑法|较之?|作为一[项种]|因为|必须|身份|应当?从重|从重处罚|体现|犯罪人|人身危险)/,
  kind: {
    named: /(?:一般|特别|特殊|普通|数罪|国家安全罪?|毒品)$/,
    said: /(?:系|是|属于?|构成|为)(?:一般|特别|特殊|普通|数罪|国家安全罪?|毒品)$/,
  },
};

const PRIOR: Category = {
  word: "前科",
  institution:
    /^(?:(?:法律)?制度|消灭|封存|条款|的(?:规定|概念|定义|含义|本质)|含义|概念|[，,”"]?(?:是指|又称))/,
  subject: /^(?:是指|是对|是一种|在?作为[^，。；]{0,8}条件|适用于)/,
};

/**
 * Whether the category's word at `index` is the law's category, said of no one, as write-ups' commentary
 * discusses it: a kind of it (一般累犯, 特别累犯), the institution or the notion (累犯制度, 关于累犯的规定,
 * 累犯的认定, 累犯是指, 排除在累犯之外, 前科消灭, 前科封存, 前科的概念, 所谓前科，是指), its subject opening a
 * clause (累犯不适用缓刑, 累犯较之初犯…), the law's definition (…之罪的，是累犯), a rule quoted (规定：“…具有
 * 累犯情节…”), a rule of the category (对累犯…不得假释, 对于有前科的，…) or its condition (同时具有累犯情节的，
 * 可以…; （7）有…前科劣迹的；), persons of it in general (有醉驾前科者, 有前科的人), one of the circumstances an
 * example, a question or a list of what something covers names (如犯罪未遂、立功、累犯等法定情节, 是否具有…累犯
 * 等特殊身份, 还应包括姓名、住址、前科等情况) — also in a clause that goes on with its alternatives
 * (如是初犯、偶犯，还是惯犯、累犯) —, the factors a court weighs (…前科劣迹等方面), or the offenders a policy
 * names (重点打击职业毒犯、累犯、再犯…, 累犯等…毒品犯罪分子). A list it is one of is read from the list's head
 * (对于具有累犯、前科、…等情节). Not where someone is said to be one or to have one (系特别累犯, 符合累犯的构成
 * 条件, 系主犯、累犯, 张某有盗窃前科).
 */
function categoryInGeneral(category: Category, text: string, index: number, length: number): boolean {
  if (text.slice(index, index + length) !== category.word) return false;
  if (insideQuotedRule(text, index)) return true;
  const start = clauseStart(text, index);
  const before = text.slice(start, index);
  const after = text.slice(index + length, index + length + 40);
  // A note on the one just named (被告人王某(有前科)、李某(系累犯)) is said of them, whatever list holds it.
  if (/[（(](?:(?:均|亦|都)?(?:系|是|为|有|具有|属于?))?$/.test(before)) return false;
  if (category.kind?.named.test(before)) return !category.kind.said.test(before);
  if (category.institution.test(after)) return !/(?<!不)符合[^，。；]{0,8}$/.test(before);
  if (before === "是" && /的[，,]$/.test(text.slice(Math.max(0, index - 3), index - 1))) {
    // The law's definition (…之罪的，是累犯) of the law's subject, not a court's finding in its words
    // (被告人X…再犯应当判处有期徒刑以上刑罚之罪的，是累犯).
    let from = index;
    while (from > Math.max(0, index - 200) && !SENTENCE_END.has(text.charAt(from - 1))) from--;
    const sentence = text.slice(from, index);
    if (DEFINED_OF.test(sentence) && !/被告人|上诉人|罪犯/.test(sentence)) return true;
  }
  const said = SAID_OF_SOMEONE.test(before);
  if (PERSONS_OF_CATEGORY.test(after) && !said) return true;
  const opening = before.replace(CLAUSE_OPENING, "");
  if (opening === "" && category.subject.test(after)) return true;
  if (opening !== "" && RULE_OF_CATEGORY.test(opening) && !/^(?:情节|身份|事实|的)/.test(after)) return true;
  if (LISTED_AS_EXAMPLE.test(before) || FACTORS.test(after) || POLICY_TARGET.test(before)) return true;
  if (CONTINUING.test(before) && start > 1) {
    const previous = text.slice(clauseStart(text, start - 1), start - 1);
    if (EXAMPLE_OPENED.test(previous)) return true;
  }
  // A rule's condition (同时具有累犯情节的，可以认定…; 具有累犯和毒品再犯情节的，应…), or an item of a rule's
  // list of them with no subject ((7)有强奸、猥亵犯罪前科劣迹的。).
  if (!said && CONDITION.test(before) && /^[^，。；]{0,20}的[，,]/.test(after)) return true;
  if (/^(?:具有|有)[^，。；的系是]{0,10}$/.test(opening) && /^(?:[、及和]?劣迹)?的[，,；;。]/.test(after))
    return true;
  return OFFENDERS_LISTED.test(after) && !/系|是|属/.test(before);
}

/** Whether `index` lies inside a rule's words quoted after its article or title (第二条规定：“…”, 》规定：“…”). */
function insideQuotedRule(text: string, index: number): boolean {
  const open = text.lastIndexOf("“", index);
  return (
    open > text.lastIndexOf("”", index) &&
    open < index - 1 &&
    /(?:条|款|项|规定|解释|意见|通知|之一|》)[：:，,]?$/.test(text.slice(Math.max(0, open - 4), open))
  );
}

/** Connectives and a list's number before a clause's subject (因此，…; 再者，…; （1）…; 一、…). */
const CLAUSE_OPENING =
  /^\s*(?:(?:但是?|而且?|且|因为?|所以|因此|故|即|同时|此外|再者|可见|否则|尤其是|特别是|首先|其次|最后|通说认为|[①②③④⑤])\s*|(?:（\d+）|\(\d+\)|\d+[、.．]|[一二三四五六七八九十]+、)\s*)+/;
/** The items of a list before the word, not one said of someone (累犯、, 职业毒犯、, 名声、评价和). */
const ITEMS_BEFORE = "(?:[^，。；、：系是为属其]{1,10}(?:、|和|与|及|以及|或者?))*$";
/** The category as a rule's object (对累犯…, 对于具有累犯、前科…, 对判处死刑缓期执行的累犯…, 刑法…规定累犯…). */
const RULE_OF_CATEGORY = new RegExp(`(?:(?:对于?(?:具有|有)?|规定)${ITEMS_BEFORE}|对[^，。；]{0,12}的$)`);
/** The law's subject of its definition (被判处有期徒刑以上刑罚的犯罪分子, 行为人). */
const DEFINED_OF = /被判处[^，。；]{0,12}的犯罪分子|行为人/;
/** Words that open an example, a question or what something covers (如…, 例如…, 是否…, 有无…, 包括…; not 如果, 如实, 如何). */
const EXAMPLE_CUE = "(?:例如|比如|诸如|譬如|(?<![比例诸譬假])如(?![果何实今此下若同])|包括|是否|有无)";
const LISTED_AS_EXAMPLE = new RegExp(`${EXAMPLE_CUE}[^，。；：]{0,30}$`);
const EXAMPLE_OPENED = new RegExp(EXAMPLE_CUE);
/** A clause going on with the alternatives or examples of the one before (…，还是惯犯、累犯; …，或者存在…). */
const CONTINUING = /^\s*(?:还是|或者|或是|抑或|尤其是|特别是)/;
/** Factors a court weighs, in general (…前科劣迹等方面, …前科等因素, …前科等多种角度). */
const FACTORS = /^(?:[、及和]?劣迹)?等[^，。；]{0,8}(?:方面|因素|角度)/;
/** Offenders a policy names for striking hard (重点打击职业毒犯、累犯…). */
const POLICY_TARGET = new RegExp(`(?:打击|严惩|惩治|惩处)${ITEMS_BEFORE}`);
/** The condition of a rule (同时具有累犯情节的, 有多次盗窃或者累犯情节的). */
const CONDITION = new RegExp(`(?:具有|有)${ITEMS_BEFORE}`);
/** Persons of the category in general (有醉驾前科者, 具有前科的人, 累犯人). */
const PERSONS_OF_CATEGORY = /^(?:[、及和]?劣迹)?的?(?:人(?![员民身])|者)/;
/** The word said of someone in its clause (系累犯, 张某是有前科的人). */
const SAID_OF_SOMEONE = /(?:系|(?<![但就凡总还或])是|属于?|(?<![作认行因成称以])为)[^，。；]{0,12}$/;
/** Offenders a policy lists (毒枭、职业毒犯、再犯、累犯等…毒品犯罪分子). */
const OFFENDERS_LISTED = /^(?:[、和与及或][^，。；]{0,30}?)?等[^，。；]{0,30}?(?:犯罪分子|罪犯|犯罪人)/;

/** Whether `words` open as a general statement (GENERAL_OPENING), `within` a sentence after a clause. */
function generalFrom(words: string, within: boolean): boolean {
  const opening = GENERAL_OPENING.exec(words);
  if (!opening) return false;
  const [, condition, role, definition] = opening;
  if (condition !== undefined) return !(within && /^(?:即使|即便)/.test(condition));
  if (definition !== undefined) return true;
  // The role followed by a rule: …的，(就|也)?(应当|不能|不应)…(认定|视为|构成) — 行为人 and the like with
  // any consequence (…的，可以从轻处罚), 被告人 only with what it is (a sentence's consequence
  // written of 被告人 is this defendant's: 被告人归案后如实供述…的，可以从轻处罚).
  const rule = role === "被告人" ? GENERAL_RULE_IS : GENERAL_RULE;
  return rule.test(words);
}
/** Where a clause ends inside a sentence, for a general statement opening after it. */
const CLAUSE_END = new Set(["，", ",", "；", ";"]);
/** What ends a sentence for {@link generalStatement}. */
const SENTENCE_END = new Set(["。", "？", "！", "\n"]);
/** A sentence about this case or a party's submission: no general statement. */
const CASE_SPECIFIC = /本案|该案|此案|本院|原判|辩护|辩称|辩解|公诉|指控|上诉|诉称|建议|法庭|法院|合议庭/;
/** 被告人 and not a name after it (被告人在…, 被告人仅供述…): the defendant in general. */
const ROLE = "行为人|犯罪人|犯罪分子|犯罪嫌疑人|被告人(?=[在因仅只虽已到归被主自如对向将供隐既未没不一的])";
/**
 * A definition's opening (所谓…是指, 所谓“…”，是指, 所谓…，就是/即/指的是/指; after a list's number: ①所谓…,
 * （1）所谓…; 这里所谓…): write-ups define the law's terms (入户, 自首, 累犯…) in general words, of no one.
 */
const DEFINITION =
  "(?:[①②③④⑤⑥⑦⑧⑨⑩]|[（(]\\d+[）)]|\\d+[、.．]|[一二三四五六七八九十]+、|这里|此处)?\\s*所谓[^，。；]{1,20}?(?:(?:[，,]\\s*)?(?:是指|就是|即|指的是)|[，,]\\s*指(?![出控使定派示引认挥导令明责望]))";
/**
 * A general statement's opening, after connectives (但是, 因此, 值得注意的是) and a setting (在共同犯罪
 * 的情况下，): a condition or an example with its offender by role (1), the role alone (2), or a
 * definition (3).
 */
const GENERAL_OPENING = new RegExp(
  `^[\\s“”"]*(?:[^，。；“”"]{0,40}规定[：:，,]\\s*[“"]?)?(?:(?:但是?|因此|所以|同时|而且?|另外|此外|反之|再如|其次|首先|最后|然而|故|总之|可见|[^，。；]{0,12}(?:的是|指出))[，,]?)?(?:在[^，。；]{1,20}(?:情况|情形|案件|犯罪)[中下]?[，,])?(?:((?:如果|如若|假如|倘若|假若|若(?![干是非])|只要|凡是?|一旦|即使|即便|例如|比如|譬如|又如|对于)[，,]?[^，。；]{0,12}(?:${ROLE}))|(?:[^，。；“”"]{0,12}的)?(${ROLE})|(${DEFINITION}))`,
);
const GENERAL_RULE =
  /的[，,][^，。；]{0,6}(?:应当?|可以?|不能|不应|不得|不宜|不属|不构成|不成立|才|就|即|均|一律|视为|认定|属于|以[^，。；]{1,4}论)/;
const GENERAL_RULE_IS = /的[，,][^，。；]{0,8}(?:认定|视为|构成|成立|属于|以[^，。；]{1,4}论)/;

/**
 * The grades a court states in its reasoning that set the sentencing range, as `认定:` tags: the amount
 * (数额较大/巨大/特别巨大 — 刑法 §264, §266, §383…: the court applies the thresholds of its province and
 * year, which no band of figures can), 情节严重/情节特别严重 (§347 ¶4 for small quantities of drugs, and
 * other offences' aggravated ranges), and 纠集他人多次 (§293 ¶2, five to ten years). The gravest amount
 * and circumstance stated, not one quoted from the law (数额较大的), denied (尚未达到数额巨大), or argued
 * (辩护人提出…属于数额较大). And rape in its aggravated range (刑法 §236 ¶3: 情节恶劣, 多人, 当众, 轮奸,
 * 幼女 under ten or injured, grave harm — ten years or more), `认定:强奸加重`: when the court cites
 * §236 ¶3 among its statutes (most do: 38 of LeCaRD's 552 rape judgments), or finds 轮奸 or 强奸妇女
 * (奸淫幼女)多人 in its reasoning (系轮奸, 轮奸妇女 — not 所谓轮奸 or 轮奸作为…, a definition), or says a
 * rape is 情节恶劣 in so many words (应视为情节恶劣). Its rhetoric is not taken: courts write 犯罪情节恶劣 of rapes they
 * sentence within ¶1 (LeCaRD 2273, 43813). And §133's 其他特别恶劣情节, §276之一's 造成严重后果.
 */
export function statedGrades(
  reasoning: string,
  statutes: readonly StatuteRef[] = [],
  /** The statutes of the legal basis alone (依照…之规定，判决如下): those the court applied. */
  applied: readonly StatuteRef[] = [],
  /** The facts the court found (经审理查明): where a traffic accident's liability is usually stated. */
  found = "",
): string[] {
  /** The court's findings matching `re` (its first group), in a sentence matching `about` if given. */
  const stated = (re: RegExp, about?: RegExp): string[] =>
    [...reasoning.matchAll(re)].flatMap((m) => {
      const at = m.index;
      // The law's words (数额较大的，处三年以下…; 是指…数额较大的行为; 数额特别巨大或者有其他…; 数额巨大
      // 的标准为…; 达到“数额巨大”标准; 所谓轮奸是指…), not the court's finding.
      const after = reasoning.slice(at + m[0].length, at + m[0].length + 3);
      if (/^(?:的[，,或、标情]|或者?|标准|[是系]指)/.test(after) || quotesLaw(reasoning, at, m[0].length))
        return [];
      const before = reasoning.slice(clauseStart(reasoning, at), at);
      // Quoted, it is the law's term — unless the court says the case is it (系“情节特别严重”, 应认定
      // 为…规定的“数额较大”), and not a rule's list of cases (…规定的‘情节严重’：……) or a threshold.
      if (/[“"‘]$/.test(before) && (!/认定|属于?|系|构成|为/.test(before) || /^[”"’]?[：:标的]/.test(after)))
        return [];
      if (
        /未(?:达|满|超过|到)|不(?:属|构成|能|应|足|到|及|达|是|再)|没有|并非|尚(?:未|不)|是否|能否|应否|如何|或者|辩护|辩称|提出|指控/.test(
          before,
        )
      )
        return [];
      // A sentence opened by a defence's or prosecutor's argument (辩护人提出…，…属于数额较大): not the court's.
      const sentence = reasoning.slice(reasoning.lastIndexOf("。", at) + 1, at);
      if (/辩护人|辩称|辩解|上诉理由|抗诉理由|申诉|公诉机关认为|是指/.test(sentence)) return [];
      if (about && !about.test(sentence)) return [];
      return [m[1] ?? ""];
    });
  const tags: string[] = [];
  const amounts = stated(/数额(特别巨大|巨大|较大)/g);
  const amount = ["特别巨大", "巨大", "较大"].find((g) => amounts.includes(g));
  if (amount) tags.push(`认定:数额${amount}`);
  const circumstances = stated(/情节(特别严重|严重)/g);
  const grave = ["特别严重", "严重"].find((g) => circumstances.includes(g));
  if (grave) tags.push(`认定:情节${grave}`);
  /**
   * Whether the Criminal Law's `article` is cited (its `paragraph`; 0: any, or none named), or its
   * added article `sub` (第二百七十六条之一: 276, sub 1).
   */
  const cites = (article: number, paragraph: number, among = statutes, sub?: number) =>
    among.some(
      (r) =>
        r.law === "中华人民共和国刑法" &&
        r.article === article &&
        r.subArticle === sub &&
        (paragraph === 0 || r.paragraph === paragraph),
    );
  // §293 ¶2 applied (in the legal basis: a reasoning also cites it to refuse it, LeCaRD 14487 and
  // 21140), or found in words apart (纠集他人实施多次, 纠集被告人甲、乙等人多次): LeCaRD 24798, 78
  // months for a gang's leader the court sentenced under ¶2, had been compared with ¶1's cases.
  if (cites(293, 2, applied) || stated(/(纠集(?:他人|[^，。；]{1,30}?等人)[^，。；]{0,8}多次)/g).length > 0)
    tags.push("认定:纠集他人多次");
  // §133's middle range (three to seven years) for 其他特别恶劣情节, as the 2000 交通肇事解释 §4 defines
  // it: 死亡二人以上 or 重伤五人以上 with the whole or main responsibility — the court says so, or
  // states both. LeCaRD's single-charge traffic cases without 逃逸: 25 such, median 36 months,
  // against 12 for the other 118 (9206: six dead, 78 months, had been the base range's outlier).
  if (
    cites(133, 0) &&
    (stated(/(情节特别恶劣|其他特别恶劣情节)/g).length > 0 ||
      ((SEVERAL_DEAD.test(reasoning) || MANY_INJURED.test(reasoning)) &&
        (MAIN_LIABILITY.test(reasoning) || MAIN_LIABILITY.test(found))))
  )
    tags.push("认定:交通肇事特别恶劣");
  if (
    cites(236, 3) ||
    stated(
      /((?<=系|属|属于|构成|认定|认定为|且有|具有|二人以上|共同)轮奸|轮奸(?:妇女|幼女|被害人)|(?:强奸|奸淫)(?:妇女|幼女)多人)/g,
    ).length > 0 ||
    // 情节恶劣 found of a rape in so many words (应视为情节恶劣, 属“情节恶劣” — LeCaRD 1443: 120 months for
    // the repeated rape of a girl under twelve), not its rhetoric (犯罪情节恶劣，社会危害性较大).
    stated(/((?<=(?:视为|属|属于|系|认定为|认定)[“"‘]?)情节(?:特别)?恶劣)/g, /强奸|奸淫/).length > 0
  )
    tags.push("认定:强奸加重");
  // §276之一 ¶1: 拒不支付劳动报酬 that 造成严重后果 is three to seven years, as the 2013 拒不支付劳动报酬
  // 解释 (法释〔2013〕3号) §5 defines it (workers' hardship, violence against those claiming their pay,
  // other grave consequences): the court applies §5, or finds it in words — not denied anywhere
  // before 造成 in its clause (尚未造成严重后果, 未对工人生活造成…, 未给劳动者造成…, 未因此造成…: §6's
  // leniency, the LeCaRD cases that mention it), nor the law's 造成严重后果的，处…. The offence's own
  // 拒不支付 or a nonpayment (未支付工资造成…) is no denial.
  if (
    cites(276, 0, statutes, 1) &&
    (applied.some((r) => /拒不支付劳动报酬刑事案件/.test(r.law) && r.article === 5) ||
      stated(
        /((?<!(?:未(?!支付|付|发放)|没|无(?!法|力)|(?<!拒)不(?!支付|付|发放))[^，。；：:\n]*)造成了?[^，。；]{0,20}?严重后果)/g,
      ).length > 0)
  )
    tags.push("认定:拒不支付劳动报酬严重后果");
  return tags;
}

/** Whether a rule's match at `m` holds: not negated, not another person's, not denied nearby. */
function holds(rule: Rule, text: string, m: RegExpExecArray): boolean {
  if (inTitle(text, m.index)) return false;
  if (NEGATABLE.has(rule.tag) && negatedAt(text, m.index)) return false;
  if (unproven(text, m.index, m[0].length)) return false;
  if (rule.notDefendants?.(text, m.index, m[0].length)) return false;
  if (generalStatement(text, m.index)) return false;
  return !deniedAt(text, m.index, rule.denied);
}

/**
 * Whether `index` lies inside the title of a law or rule in 《》: its name (《最高人民法院关于处理自首和立功
 * 具体应用法律若干问题的解释》, 《关于审理抢劫、抢夺刑事案件适用法律若干问题的意见》) is no finding of 立功 or
 * 抢夺. Not a document's (自愿签署《认罪认罚具结书》 is the finding of 认罪认罚, 《…承包经营协议书》 a contract).
 */
function inTitle(text: string, index: number): boolean {
  // Titles are short: look 80 characters each way, not through the whole judgment for every match.
  const from = Math.max(0, index - 80);
  const before = text.slice(from, index);
  const open = before.lastIndexOf("《");
  if (open < 0 || before.lastIndexOf("》") > open) return false;
  const start = from + open;
  const close = text.slice(index, start + 81).indexOf("》");
  return close >= 0 && LAW_TITLE_END.test(text.slice(start + 1, index + close));
}
const LAW_TITLE_END = /(?:法|条例|解释|规定|意见|办法|决定|通知|批复|纪要|规则)(?:（[^）]*）)?$/;

const globalPattern = (rule: Rule) =>
  new RegExp(rule.pattern.source, `${rule.pattern.flags.replace("g", "")}g`);

/**
 * Circumstance tags of a text, in vocabulary order, without duplicates; with `only`, just those tags
 * (no amount or drug bands). A 累犯 found is a 前科 too ({@link withImpliedPrior}).
 */
export function extractCircumstances(text: string, only?: ReadonlySet<string>): string[] {
  let tags: string[] = [];
  for (const rule of RULES) {
    if (only && !only.has(rule.tag)) continue;
    for (const m of text.matchAll(globalPattern(rule))) {
      if (holds(rule, text, m)) {
        tags.push(rule.tag);
        break;
      }
    }
  }
  if (!only || only.has("前科")) tags = withImpliedPrior(tags);
  if (only) return tags;
  const drugs = drugCase(text);
  // 刑法 §347 ¶4 with the 2016 毒品解释 §4(1): three sales or more are 多次贩卖.
  if (drugs && drugs.sales >= 3 && !tags.includes("多次")) tags.push("多次");
  if (drugs) tags.push(band(drugs.grams, DRUG_BANDS));
  else {
    const amount = largestAmount(text);
    if (amount !== undefined) tags.push(band(amount, AMOUNT_BANDS));
  }
  return tags;
}

/**
 * Every place in `text` where one of `only`'s tags holds (the checks of {@link extractCircumstances}
 * against the whole text), in text order: for telling whose each one is (src/judgment/grounds.ts).
 */
export function circumstanceMatches(
  text: string,
  only: ReadonlySet<string>,
): { tag: string; index: number }[] {
  const found: { tag: string; index: number }[] = [];
  for (const rule of RULES) {
    if (!only.has(rule.tag)) continue;
    for (const m of text.matchAll(globalPattern(rule)))
      if (holds(rule, text, m)) found.push({ tag: rule.tag, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Every place in `text` where the court denies one of `only`'s tags (a rule's `denied` form: 不应认定
 * 五被告人为自首, 所提…具有自首情节的辩护意见，不予采纳), at the denied word (自首), with the words that deny
 * it, in text order: for telling
 * whose ground the court refuses (src/judgment/grounds.ts). Not a quoted rule (刑法 §67 ¶3: 虽不具有前
 * 两款规定的自首情节).
 */
export function circumstanceDenials(
  text: string,
  only: ReadonlySet<string>,
): { tag: string; index: number; words: string }[] {
  const found: { tag: string; index: number; words: string }[] = [];
  for (const rule of RULES) {
    if (!only.has(rule.tag) || !rule.denied) continue;
    const denied = new RegExp(rule.denied.source, `${rule.denied.flags.replace("g", "")}g`);
    for (const m of text.matchAll(denied)) {
      if (/前两款/.test(m[0]) || quotesLaw(text, m.index, m[0].length) || generalStatement(text, m.index))
        continue;
      const words = [...m[0].matchAll(globalPattern(rule))];
      found.push({ tag: rule.tag, index: m.index + (words.at(-1)?.index ?? 0), words: m[0] });
    }
  }
  if (only.has("前科"))
    for (const m of text.matchAll(NO_RECORD))
      if (!generalStatement(text, m.index))
        found.push({ tag: "前科", index: m.index + m[0].length - 2, words: m[0] });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A records search or a court that finds no prior for those it names (经查询，未发现X、Y有违法犯罪前科; X无违法
 * 犯罪记录; X无前科): for telling whose 前科 it is not (src/judgment/grounds.ts) — the 前科 rule reads no prior there.
 */
const NO_RECORD =
  /未(?:发现|查见|查到|查实)[^，。；：]{0,30}?(?:(?:违法犯罪|犯罪|违法)?前科|(?:违法)?犯罪记录)|(?<![一毫])(?:无|没有)(?:任何)?(?:(?:(?:违法)?犯罪|违法)?前科|(?:违法)?犯罪记录)/g;

/** How close two band tags are: 1 for the same band, 0.5 for neighbours, else 0. */
export function bandCloseness(a: string, b: string): number {
  if (a === b) return 1;
  const bands = a.startsWith("数额:") ? AMOUNT_BANDS : a.startsWith("毒品数量:") ? DRUG_BANDS : undefined;
  if (!bands || !b.startsWith(a.slice(0, a.indexOf(":") + 1))) return 0;
  const ia = bands.findIndex(([, t]) => t === a);
  const ib = bands.findIndex(([, t]) => t === b);
  return ia >= 0 && ib >= 0 && Math.abs(ia - ib) === 1 ? 0.5 : 0;
}

/**
 * `tags` with 前科 where they hold 累犯: a recidivist has by definition been sentenced before (刑法 §65:
 * 被判处有期徒刑以上刑罚的犯罪分子，刑罚执行完毕或者赦免以后，在五年以内再犯应当判处有期徒刑以上刑罚之罪的，
 * 是累犯; §66's special recidivist likewise), whether or not the court restates the prior.
 */
export function withImpliedPrior(tags: readonly string[]): string[] {
  return tags.includes("累犯") ? withCircumstance(tags, "前科") : [...tags];
}

/**
 * `tags` with `tag` added where the vocabulary puts it (a rule's tag before the bands and stated grades),
 * unless it is there: for a circumstance read from elsewhere than the text (src/judgment/priors.ts).
 */
export function withCircumstance(tags: readonly string[], tag: string): string[] {
  if (tags.includes(tag)) return [...tags];
  const rank = (t: string) => {
    const at = RULES.findIndex((r) => r.tag === t);
    return at < 0 ? RULES.length : at;
  };
  const before = tags.findIndex((t) => rank(t) > rank(tag));
  return before < 0 ? [...tags, tag] : [...tags.slice(0, before), tag, ...tags.slice(before)];
}

export function isBand(tag: string): boolean {
  return tag.startsWith("数额:") || tag.startsWith("毒品数量:");
}

/**
 * Similarity of two cases' circumstances: the share of the pending case's circumstances the other
 * case has too (band tags count by closeness), and which ones. Circumstances only the other case
 * has (often stated in its reasoning only) do not count against it.
 */
export function circumstanceSimilarity(
  pending: readonly string[],
  other: readonly string[] | undefined,
): { score: number; shared: string[] } {
  if (pending.length === 0 || !other || other.length === 0) return { score: 0, shared: [] };
  const have = new Set(other);
  const otherBands = other.filter(isBand);
  let sum = 0;
  const shared: string[] = [];
  for (const tag of pending) {
    if (isBand(tag)) {
      const nearest = otherBands
        .map((b) => ({ b, close: bandCloseness(tag, b) }))
        .sort((x, y) => y.close - x.close)[0];
      if (nearest && nearest.close > 0) {
        sum += nearest.close;
        // A neighbouring band counts half, and says so in words a judge reads: the case's amount is
        // not the pending one's (数额相近（本案1万-3万，该案3万-10万）, not 相邻档, review15-reports).
        const [kind, mine] = tag.split(":");
        const theirs = nearest.b.slice(nearest.b.indexOf(":") + 1);
        shared.push(nearest.close === 1 ? tag : `${kind}相近（本案${mine}，该案${theirs}）`);
      }
    } else if (have.has(tag)) {
      sum += 1;
      shared.push(tag);
    }
  }
  return { score: sum / pending.length, shared };
}

/**
 * Agreement of two cases' circumstances, both ways: the F1 of the shared circumstances (band tags
 * count by closeness) over the pending case's and the other case's. Unlike
 * `circumstanceSimilarity`, a case stating many circumstances the pending case lacks — a judgment
 * of several counts, or one whose facts list everything — does not score as if it matched them
 * all. Meant for circumstances read from facts on both sides (the index's `factCircumstances`).
 */
export function circumstanceAgreement(
  pending: readonly string[],
  other: readonly string[] | undefined,
): { score: number; shared: string[] } {
  if (!other || other.length === 0) return { score: 0, shared: [] };
  const { score, shared } = circumstanceSimilarity(pending, other);
  const matched = score * pending.length;
  if (matched === 0) return { score: 0, shared };
  const precision = matched / other.length;
  const recall = score;
  return { score: (2 * precision * recall) / (precision + recall), shared };
}
