import { describe, expect, it } from "vitest";
import { findAmounts, parseChineseInt } from "./numerals.ts";
import {
  acquittedAll,
  administrativeResult,
  appealResult,
  chargeSentence,
  civilResult,
  claimedAmount,
  criminalSentences,
  dispositionShown,
  principalSentence,
  quotedClaim,
  quotedRuling,
  refusesToPay,
  sentencedCount,
  upheldSentences,
  weighedAgainstClaims,
} from "./outcome.ts";
import { parseJudgment } from "./parse.ts";
import type { CriminalSentence } from "./record.ts";

describe("claimed amount (诉讼请求)", () => {
  it("takes the principal, not the interest computed on it", () => {
    expect(claimedAmount("原告张三向本院提出诉讼请求：请求判令被告偿还借款本金50000元及利息。")).toBe(50000);
    expect(
      claimedAmount(
        "原告向本院提出诉讼请求：1.判令被告偿还借款本金50000元及利息（以50000元为基数，按年利率24%自2016年1月1日起计算至实际清偿之日止）；2.本案诉讼费由被告承担。事实和理由：2015年被告向原告借款。",
      ),
    ).toBe(50000);
    // Interest stated as a sum is claimed, as totalAwarded counts it in the disposition.
    expect(claimedAmount("诉讼请求：判令被告归还借款50000元及利息5000元。")).toBe(55000);
  });

  it("sums the items; an item's total stands for its amounts, a total of all items is not added", () => {
    expect(
      claimedAmount("原告诉称，请求判令被告赔偿医疗费1000元、误工费2000元，合计3000元；诉讼费由被告承担。"),
    ).toBe(3000);
    expect(claimedAmount("请求判令被告支付货款10000元、违约金2000元，合计12000元。")).toBe(12000);
    expect(
      claimedAmount(
        "原告向本院提出诉讼请求：1.判令被告支付货款86000元；2.判令被告支付逾期付款违约金4300元；3.本案诉讼费用由被告负担。事实和理由：原、被告之间存在长期买卖关系。",
      ),
    ).toBe(90300);
    expect(
      claimedAmount(
        "原告提出诉讼请求：1、判令被告支付工程款人民币3.2万元；2、判令被告支付拖欠的租金5,000元；3、以上合计37000元。被告辩称，原告所述不实。",
      ),
    ).toBe(37000);
    expect(claimedAmount("原告要求被告赔偿各项损失共计人民币三万五千元。")).toBe(35000);
  });

  it("a changed claim supersedes the first; rates and bases are not principal", () => {
    expect(
      claimedAmount(
        "原告诉讼请求：判令被告偿还借款100000元。审理中，原告变更诉讼请求为：判令被告偿还借款80000元。",
      ),
    ).toBe(80000);
    expect(claimedAmount("请求判令被告支付租金20000元，并自2019年起按每月3000元支付占用费。")).toBe(20000);
    expect(claimedAmount("请求判令被告以20000元为基数支付利息。")).toBeUndefined();
  });

  it("no request or no amount: undefined", () => {
    expect(claimedAmount("原告请求判令解除双方的婚姻关系。")).toBeUndefined();
    expect(claimedAmount("经审理查明，被告借款50000元。")).toBeUndefined();
    expect(claimedAmount("")).toBeUndefined();
  });

  it("the parser fills it for a first-instance civil judgment", () => {
    const text =
      "北京市朝阳区人民法院 民事判决书 （2019）京0105民初1234号 原告张三，男。 被告李四，男。 原告张三与被告李四民间借贷纠纷一案，本院立案后，依法适用简易程序公开开庭进行了审理。本案现已审理终结。 张三向本院提出诉讼请求：1.判令李四偿还借款本金50000元及利息（以50000元为基数，按年利率6%计算）；2.本案诉讼费由李四承担。事实和理由：李四于2018年向张三借款。 李四辩称，借款属实，但已归还部分。 经审理查明，2018年3月1日，李四向张三借款50000元。 本院认为，合法的借贷关系受法律保护。依照《中华人民共和国民法总则》第一百七十六条之规定，判决如下： 一、被告李四于本判决生效之日起十日内偿还原告张三借款40000元及利息（以40000元为基数，按年利率6%计算）； 二、驳回原告张三的其他诉讼请求。 案件受理费1050元，由被告李四负担。 审判员王五 二〇一九年五月六日 书记员赵六";
    const r = parseJudgment(text, { source: "test", sourceId: "civil-1" });
    expect(r.category).toBe("民事");
    expect(r.outcome.civil).toMatchObject({
      disposition: "partly_upheld",
      totalAwarded: 40000,
      claimed: 50000,
    });
  });
});

describe("civil awards (civilResult totalAwarded)", () => {
  it("counts a stated total once, not on top of its parts", () => {
    // Modelled on 指导案例174号: 3万元 and 2万元, 合计5万元 — had been 10万.
    expect(
      civilResult(
        "一、被告应当将珍稀植物的保护作为环境影响评价的必要内容；二、原告为本案支出的鉴定费用3万元、合理的律师费2万元，合计5万元，上述款项在另案中一并支付；三、驳回原告的其他诉讼请求。",
        false,
      ),
    ).toMatchObject({ disposition: "partly_upheld", totalAwarded: 50000 });
    // Modelled on 指导案例207号: the breakdown after 其中 is no further award.
    expect(
      civilResult(
        "一、被告王大海对其非法采砂造成的生态资源损失1520000元（已缴纳）承担赔偿责任，其中1200000元用于河道修复工程，320000元用于水生生物的增殖放流。二、被告王大海承担鉴定评估等费用180000元（已缴纳）。",
        false,
      ).totalAwarded,
    ).toBe(1700000);
    // Modelled on 指导案例176号: the bounds of the others' shares are no award.
    expect(
      civilResult(
        "一、判决被告刘小江对修复费用512.34万元、渔业资源修复费用6.215万元，共计518.555万元的生态环境修复费用承担赔偿责任；二、其余9名被告依据其具体侵权行为分别在486万元至2.5万元不等范围内承担连带责任。",
        false,
      ).totalAwarded,
    ).toBe(5185550);
  });

  it("counts no sum that is the base of a charge (支付324万元的滞纳金, 借款160万元的利息损失)", () => {
    expect(
      civilResult(
        "一、被告某某公司偿还原告借款本金100万元，支付期内利息5万元；二、被告某某公司支付100万元的滞纳金（按同期逾期贷款利率计算，自2000年1月1日起至给付之日止）。",
        false,
      ).totalAwarded,
    ).toBe(1050000);
    expect(
      civilResult(
        "一、被告偿还原告借款20万元；二、被告支付原告自2001年1月1日起至付款之日止上述借款20万元的利息损失（按同期贷款利率计算）。",
        false,
      ).totalAwarded,
    ).toBe(200000);
  });

  it("counts no sanction the court imposes (民事制裁: 收缴, 罚款), which is paid to the state", () => {
    expect(
      civilResult(
        "准予原告撤诉。鉴于被告违法经营未经审定的种子，本院决定对其予以民事制裁：一、收缴某公司非法所得2万元，罚款6000元；二、对某供种站罚款4000元。",
        false,
      ),
    ).toMatchObject({ disposition: "withdrawn", amounts: [] });
    expect(civilResult("驳回原告的诉讼请求。对被告所欠原告的服务费5万元予以收缴。", false)).toMatchObject({
      disposition: "dismissed",
      amounts: [],
    });
    // A fine a party had deducted and is to get back is an award.
    expect(civilResult("被告返还原告被扣罚款2000元。", false).totalAwarded).toBe(2000);
  });

  it("reads an older judgment's 不予支持 as 驳回", () => {
    // Modelled on a 2002 gazette case (a supermarket's bag locker).
    expect(
      civilResult("对原告甲某某的诉讼请求，不予支持。案件受理费135元，由原告甲某某负担。", false),
    ).toMatchObject({
      disposition: "dismissed",
    });
    expect(
      civilResult(
        "一、被告于本判决生效之日起十日内支付原告货款20000元；二、原告的其他诉讼请求不予支持。",
        false,
      ),
    ).toMatchObject({ disposition: "partly_upheld", totalAwarded: 20000 });
    // Relief granted in an item of its own, the damages refused: partly upheld (review 17, L3).
    expect(
      civilResult(
        "一、确认原告与被告签订的房屋买卖合同无效；二、对原告要求赔偿损失的诉讼请求，不予支持。",
        false,
      ),
    ).toMatchObject({ disposition: "partly_upheld" });
    expect(
      civilResult("驳回原告要求被告赔偿损失的诉讼请求。案件受理费500元，由原告负担。", false),
    ).toMatchObject({ disposition: "dismissed" });
    // A counterclaim refused beside the plaintiff's award: the plaintiff won in full (review 18, M1).
    for (const refusal of [
      "驳回反诉原告乙某的诉讼请求",
      "驳回被告乙某的反诉请求",
      "对被告乙某的反诉请求，不予支持",
    ])
      expect(
        civilResult(`一、被告乙某于本判决生效之日起十日内支付原告甲某货款100000元；二、${refusal}。`, false),
      ).toMatchObject({ disposition: "upheld", totalAwarded: 100000 });
    expect(
      civilResult(
        "一、被告乙某支付原告甲某货款100000元；二、驳回原告甲某的其他诉讼请求；三、驳回反诉原告乙某的诉讼请求。",
        false,
      ),
    ).toMatchObject({ disposition: "partly_upheld" });
    // An appeal setting the judgment below aside and dismissing the claim grants nothing.
    expect(
      civilResult(
        "一、撤销甲市中级人民法院（2019）甲01民初5号民事判决；二、驳回原告乙公司的诉讼请求。",
        false,
      ),
    ).toMatchObject({ disposition: "dismissed" });
  });

  it("counts no sum a ruling refuses, declares void, changes or says is not owed", () => {
    // Modelled on a gazette case: a claim refused with its sum had been read as that sum upheld.
    expect(civilResult("驳回原告某某公司要求被告张某甲返还不当得利98500元的诉讼请求。", false)).toEqual({
      disposition: "dismissed",
      amounts: [],
    });
    // An award beside a refused claim: partly upheld, the refused fee not awarded.
    expect(
      civilResult(
        "一、被告张某甲于本判决生效之日起十日内赔偿原告某某镇人民政府经济损失640000元；二、驳回原告某某镇人民政府要求被告赔偿律师费52000元的诉讼请求。",
        false,
      ),
    ).toMatchObject({ disposition: "partly_upheld", totalAwarded: 640000 });
    // A fine the shareholders' resolution imposed, quoted in the item declaring it void.
    expect(
      civilResult(
        "一、确认原告某某公司临时股东会决议第二项“对被告张某甲处以人民币50000元的罚款”内容无效；二、驳回原告某某公司要求被告张某甲支付31250元的诉讼请求。",
        false,
      ),
    ).toEqual({ disposition: "partly_upheld", amounts: [] });
    // The item changed (变更…“…”为…) is replaced by what it becomes.
    expect(
      civilResult(
        "变更一审判决第三项“两被告共同赔偿原告损失人民币7.3万元”为“甲公司、乙公司共同赔偿原告损失人民币7.3万元”。",
        false,
      ).totalAwarded,
    ).toBe(73000);
    expect(
      civilResult(
        "一、上诉人张某甲无需向被上诉人某某公司返还补偿金5200元；二、上诉人张某甲无需向被上诉人某某公司支付违约金200万元。",
        false,
      ),
    ).toMatchObject({ amounts: [] });
  });

  it("reads relief other than money as a claim upheld", () => {
    expect(
      civilResult(
        "一、被告张某甲立即停止侵害李某乙名誉的行为；二、本判决生效后三日内，被告张某甲公开向原告李某丙赔礼道歉，消除影响。",
        false,
      ).disposition,
    ).toBe("upheld");
    expect(
      civilResult(
        "被告某某物业服务公司于本判决生效之日起十五日内在各单元入口处张贴电梯更新费用的收支明细。",
        false,
      ).disposition,
    ).toBe("upheld");
    // A reorganisation ended is no relief to a plaintiff.
    expect(civilResult("一、批准某某公司重整计划；二、终止某某公司重整程序。", false).disposition).toBe(
      "other",
    );
  });

  it("reads sums the gazette prints with spaced digit groups", () => {
    // Modelled on a gazette 工伤保险待遇纠纷案: 18 436元 had been read as 436 yuan.
    expect(
      civilResult(
        "一、双方劳动关系于2020年8月3日解除。二、无锡乙纺织有限公司于判决生效之日起十日内支付王大海停工留薪期工资6436元、一次性伤残就业补助金12 000元，共计18 436元。",
        false,
      ).totalAwarded,
    ).toBe(18436);
    expect(civilResult("被告支付原告病假工资1084.32 元。", false).totalAwarded).toBe(1084.32);
    expect(claimedAmount("请求判令被告支付工资15 000元。")).toBe(15000);
  });

  // Review 17 M1: of 135 civil write-ups with both sums, 11 partly upheld ones awarded more than was
  // claimed, from losses counted beside their shares, caps and deductions (公报 FYGB0312, FYGB0059,
  // FYGB0396), and from claims misread (spaced digits, changed or added requests).
  it("counts the shares of an apportioned loss, not the loss too", () => {
    expect(
      civilResult(
        "一、原告甲某因事故造成损失80000元，由被告乙保险公司在交强险限额内赔偿30000元，被告丙保险公司在交强险限额内赔偿20000元。二、驳回原告甲某的其他诉讼请求。",
        false,
      ).totalAwarded,
    ).toBe(50000);
    expect(civilResult("原告甲某的损失10000元，由被告乙某赔偿3000元。", false).totalAwarded).toBe(3000);
    // A loss whose share no sum states is the sum awarded.
    expect(civilResult("原告甲某的损失超出限额部分的4000元，由被告乙公司赔偿。", false).totalAwarded).toBe(
      4000,
    );
  });

  it("counts a joint liability for a sum awarded, and the instalments of one, once", () => {
    const total = (d: string) => civilResult(d, false).totalAwarded;
    // A co-debtor answers for the debt awarded: the same sum, not a further one.
    expect(
      total(
        "一、被告甲公司于本判决生效之日起十日内偿还原告借款本金80000元；二、被告乙某对被告甲公司上述借款中的50000元承担连带清偿责任。",
      ),
    ).toBe(80000);
    // Modelled on an environmental appeal (anlifa_6): each co-debtor's share, paid in instalments.
    expect(
      total(
        "一、维持一审判决第一项，即被告甲公司赔偿生态环境修复费用60000元。二、乙公司、丙公司对甲公司应承担的赔偿金分别承担30000元的连带清偿责任，分三期支付。具体为本判决生效之日起十日内各支付7500元；2022年12月31日前各支付7500元；2023年12月31日前各支付15000元。三、乙公司、丙公司在媒体上赔礼道歉。",
      ),
    ).toBe(60000);
    // A sum awarded jointly, or beside another's joint liability, is the award; so is a joint
    // liability's sum when it is the only one.
    expect(total("被告甲某、乙某于本判决生效之日起十日内连带赔偿原告损失20000元。")).toBe(20000);
    expect(total("被告甲公司赔偿原告经济损失11万元、被告乙公司承担连带责任。")).toBe(110000);
    expect(total("被告乙某对原告的损失5万元承担连带赔偿责任。")).toBe(50000);
    expect(
      total("一、被告甲某、乙某赔偿原告损失20000元并互负连带责任；二、被告甲某支付原告鉴定费2000元。"),
    ).toBe(22000);
    // Instalments of a sum stated are parts of it; without one stated, they are the award.
    expect(
      total(
        "一、被告丙公司支付原告货款90000元，分三期支付：本判决生效之日起十日内支付30000元；2021年6月30日前支付30000元；2021年12月31日前支付30000元。二、被告丙公司支付原告律师费5000元。",
      ),
    ).toBe(95000);
    expect(
      total("被告丙公司分两期支付原告货款：2021年6月30日前支付10000元；2021年12月31日前支付20000元。"),
    ).toBe(30000);
  });

  it("leaves out a liability capped by a sum, and a sum only valued", () => {
    expect(
      civilResult(
        "一、被告乙公司返还原告甲某借款本金60万元；二、被告丙某在3000万元未出资本息范围内对被告乙公司上述债务不能清偿的部分承担补充赔偿责任；三、被告丁某以100万元为限承担连带责任。",
        false,
      ).totalAwarded,
    ).toBe(600000);
    expect(
      civilResult(
        "一、被告乙某支付原告甲某转让款50000元；二、被告丙公司将其房屋过户给原告甲某，该房屋作价人民币20000元。",
        false,
      ).totalAwarded,
    ).toBe(50000);
  });

  it("takes the balance after a deduction of what was paid", () => {
    expect(
      civilResult(
        "一、原告甲某的医疗费9000元、护理费1000元，合计10000元，由被告乙某赔偿40%即4000元，扣除其已支付的500元，应赔偿3500元；由被告丙学校赔偿60%即6000元，扣除其已支付的1000元，应赔偿5000元；二、驳回原告甲某的其他诉讼请求。",
        false,
      ).totalAwarded,
    ).toBe(8500);
    expect(
      civilResult(
        "被告乙公司赔偿原告甲某医疗费5000元、交通费1000元，以上合计6000元，扣除丙某已支付的2000元，剩余4000元。",
        false,
      ).totalAwarded,
    ).toBe(4000);
    expect(civilResult("被告乙公司赔偿原告甲某6000元，扣除已支付的2000元。", false).totalAwarded).toBe(4000);
  });

  it("leaves out a cost shared between the parties", () => {
    expect(
      civilResult(
        "被告乙某赔偿原告甲某100 000元。评估费4000元，由原告甲某负担1000元，被告乙某负担3000元。",
        false,
      ).totalAwarded,
    ).toBe(100000);
  });

  it("reads a claim changed, added to or spaced as a gazette prints it", () => {
    expect(
      claimedAmount(
        "请求判令：1. 被告支付医疗费 20 737 . 8 元、残疾赔偿金 223  038 元；2. 诉讼费由被告承担。",
      ),
    ).toBe(243775.8);
    expect(
      claimedAmount(
        "原告诉称，请求判令被告赔偿医疗费等共计3000元，鉴定后追加请求：残疾赔偿金40000元、精神抚慰金5000元。",
      ),
    ).toBe(48000);
    expect(
      claimedAmount(
        "原告诉称，请求判令被告赔偿住院费等计2000元。庭审期间，原告张某甲变更了相关的诉讼请求，要求被告赔偿住院费6000元、护理费1500元，共计7500元。",
      ),
    ).toBe(7500);
    expect(
      claimedAmount(
        "原告诉称：1. 被告赔偿1000元；2. 诉讼费由被告承担。诉讼中，原告将上述第1项诉讼请求变更增加为 9 000 元。",
      ),
    ).toBe(9000);
    // The story told before the requests: 要求 there is no request.
    expect(
      claimedAmount(
        "原告诉称：事故后原告要求被告理赔，被告仅支付了600000元。请求判令：1. 被告支付保险赔款900000元；2. 诉讼费由被告承担。",
      ),
    ).toBe(900000);
    // 如数返还 states no sum: the claim's is unknown, not the other items'.
    expect(claimedAmount("原告诉称，请求判令被告如数返还捐款，并赔偿原告经济损失4000元。")).toBeUndefined();
  });

  it("reads a suit to pay nothing as claiming no sum, and an order to pay as its dismissal (公报 FYGB0071)", () => {
    const claims =
      "原告甲公司诉称，请求依法判令：1.原告无须支付给被告停工留薪期工资5000元；2.本案诉讼费由被告承担。";
    expect(claimedAmount(claims)).toBeUndefined();
    expect(refusesToPay(claims)).toBe(true);
    expect(refusesToPay("原告诉称，请求判令被告支付工资5000元，确认原告不存在过错。")).toBe(false);
    const ruling = civilResult(
      "甲公司于判决生效之日起十日内支付乙某一次性伤残就业补助金10 000元、停工留薪期工资5000元。",
      false,
    );
    expect(ruling.disposition).toBe("upheld");
    expect(weighedAgainstClaims({ ...ruling, claimed: 5000 }, claims)).toEqual({
      disposition: "dismissed",
      amounts: [10000, 5000],
      totalAwarded: 15000,
    });
    // A judgment read whole: the employer's claim dismissed, no sum claimed.
    const judgment = parseJudgment(
      "江苏省苏州市吴江区人民法院\n民事判决书\n（2020）苏0509民初100号\n原告：甲公司。\n被告：乙某。\n原告甲公司与被告乙某工伤保险待遇纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。\n原告甲公司向本院提出诉讼请求：1.原告无须支付被告停工留薪期工资5000元；2.诉讼费由被告承担。事实和理由：被告已获误工费赔偿。\n被告乙某辩称，不同意原告的诉讼请求。\n本院经审理认定事实如下：被告工伤。\n本院认为，原告应当支付。依照《中华人民共和国劳动合同法》第三十条之规定，判决如下：\n原告甲公司于本判决生效之日起十日内支付被告乙某停工留薪期工资5000元。\n",
    );
    expect(judgment.outcome.civil).toMatchObject({ disposition: "dismissed", totalAwarded: 5000 });
    expect(judgment.outcome.civil?.claimed).toBeUndefined();
  });
});

describe("a civil appeal upholding the judgment below (驳回上诉，维持原判)", () => {
  const APPEAL =
    "北京市第一中级人民法院 民事判决书 （2020）京01民终456号 上诉人（原审被告）：李四，男。 被上诉人（原审原告）：张三，男。 上诉人李四因与被上诉人张三民间借贷纠纷一案，不服北京市海淀区人民法院（2019）京0108民初1234号民事判决，向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。 李四上诉请求：撤销一审判决，改判驳回张三的诉讼请求。 张三辩称，一审判决认定事实清楚，请求驳回上诉，维持原判。 张三向一审法院起诉请求：1.判令李四偿还借款本金50000元；2.本案诉讼费由李四承担。一审法院认定事实：2018年李四向张三借款50000元。一审法院认为，合法的借贷关系受法律保护。一审法院于2019年12月1日判决：一、李四于判决生效之日起十日内偿还张三借款40000元；二、驳回张三的其他诉讼请求。 本院二审期间，当事人没有提交新证据。 本院认为，李四的上诉请求不能成立，应予驳回。依照《中华人民共和国民事诉讼法》第一百七十条第一款第一项规定，判决如下： 驳回上诉，维持原判。 二审案件受理费800元，由上诉人李四负担。 本判决为终审判决。 审判长王五 二〇二〇年六月一日 书记员赵六";

  it("has the outcome of the ruling it upheld, against the claim made at first instance", () => {
    const r = parseJudgment(APPEAL, { source: "test", sourceId: "civil-appeal-1" });
    expect(r.procedure).toBe("二审");
    expect(r.outcome.appeal).toBe("affirmed");
    expect(r.outcome.civil).toMatchObject({
      disposition: "partly_upheld",
      totalAwarded: 40000,
      claimed: 50000,
    });
  });

  it("has the outcome of the ruling below when the appeal is withdrawn (准许撤回上诉)", () => {
    const withdrawn = APPEAL.replace("民事判决书", "民事裁定书").replace(
      "判决如下： 驳回上诉，维持原判。",
      "裁定如下： 准许上诉人李四撤回上诉。一审判决自本裁定送达之日起即行生效。",
    );
    const r = parseJudgment(withdrawn, { source: "test", sourceId: "civil-appeal-2" });
    expect(r.outcome.appeal).toBe("withdrawn");
    expect(r.outcome.civil).toMatchObject({ disposition: "partly_upheld", totalAwarded: 40000 });
  });

  it("reads the quoted ruling to its last item, and no appellant's request as a claim", () => {
    expect(
      quotedRuling([
        "一审法院于2019年12月1日判决：一、李四偿还借款40000元；二、驳回张三的其他诉讼请求。本院二审期间，当事人没有提交新证据。",
      ]),
    ).toBe("一、李四偿还借款40000元；二、驳回张三的其他诉讼请求。");
    expect(quotedRuling(["李四上诉请求：撤销一审判决，改判驳回张三的诉讼请求。"])).toBeUndefined();
    expect(quotedClaim(["李四上诉请求：撤销一审判决，改判李四无需偿还50000元。"])).toBeUndefined();
    expect(quotedClaim(["张三向一审法院起诉请求：判令李四偿还借款本金50000元及利息。"])).toBe(50000);
  });

  it("reads no ruling an appellant's statement names (上诉称：原审裁定：“…”错误) as the ruling upheld", () => {
    const upheld = quotedRuling([
      "某市中级人民法院裁定如下：驳回某某公司对本案管辖权的异议。某某公司不服，向本院上诉称：一、原审裁定：“某某公司所依据的仲裁条款与本案无关”，系认定错误。二、原审裁定适用法律错误，请求依法改判。",
    ]);
    expect(upheld).toBe("驳回某某公司对本案管辖权的异议。");
    // A ruling on an objection to jurisdiction decides no claim.
    expect(civilResult(upheld ?? "", false).disposition).toBe("other");
  });
});

describe("a civil suit refused unheard (裁定驳回起诉, 民事诉讼法 §122, §127)", () => {
  it("is no claim refused on its merits (驳回诉讼请求)", () => {
    expect(civilResult("驳回原告甲公司的起诉。案件受理费100元，退还原告甲公司。", false)).toMatchObject({
      disposition: "suit_dismissed",
    });
    // An appeal setting aside the judgment on the merits and refusing the suit.
    expect(
      civilResult(
        "一、撤销乙县人民法院（2015）乙民初字第12号民事判决；二、驳回被上诉人某某木材市场有限公司的起诉。",
        false,
      ),
    ).toMatchObject({ disposition: "suit_dismissed" });
    expect(civilResult("驳回原告张某甲、李某乙的起诉。", false).disposition).toBe("suit_dismissed");
    // The suit refused as to one defendant, the claims against another refused: a decision on the merits.
    expect(
      civilResult("一、驳回原告甲某对被告乙公司的起诉；二、驳回原告甲某对被告丙某的诉讼请求。", false)
        .disposition,
    ).toBe("dismissed");
    // 起诉请求 names the claims.
    expect(civilResult("驳回原告甲某的起诉请求。", false).disposition).toBe("dismissed");
  });

  it("is what an appeal upheld when it upholds the ruling (驳回上诉，维持原裁定)", () => {
    const r = parseJudgment(
      "甲省乙市中级人民法院 民事裁定书 （2020）甲01民终77号 上诉人（原审原告）：张某甲，男。 被上诉人（原审被告）：某某公司。 上诉人张某甲因与被上诉人某某公司合同纠纷一案，不服甲省乙市丙区人民法院（2020）甲0102民初300号民事裁定，向本院提起上诉。本院依法组成合议庭进行了审理。 张某甲上诉请求：撤销一审裁定，指令一审法院审理。 一审法院认为，双方约定争议提交仲裁，本案不属人民法院受理范围。一审法院裁定：驳回张某甲的起诉。 本院认为，一审裁定并无不当。依照《中华人民共和国民事诉讼法》第一百七十一条规定，裁定如下： 驳回上诉，维持原裁定。 本裁定为终审裁定。 审判长王某 二〇二〇年九月一日 书记员赵某",
      { source: "test", sourceId: "civil-suit-dismissed-1" },
    );
    expect(r.procedure).toBe("二审");
    expect(r.outcome).toMatchObject({ appeal: "affirmed", civil: { disposition: "suit_dismissed" } });
  });

  it("is not a rule's words, quoted or argued, saying when a suit is refused", () => {
    // Invented: a ruling told with the rule its court weighed (民诉法解释 2022 §247: 已经受理的，裁定驳回起诉).
    expect(
      civilResult(
        "法院认为，后诉并非重复起诉，被告援引“已经受理的，裁定驳回起诉”的规定所提主张不能成立。遂判决：确认甲某与某某公司之间的劳动关系存续。",
        false,
      ).disposition,
    ).toBe("upheld");
    expect(
      administrativeResult(
        "判决：撤销被告某县市场监督管理局作出的行政处罚决定。二审认为，依照“已经受理的，裁定驳回起诉”的规定，本案并非重复起诉。",
      ),
    ).toEqual(["revoked"]);
  });
});

describe("administrative rulings (行政诉讼法 2017 §69–§77)", () => {
  it("names what the court ruled on the act sued, in order", () => {
    // 指导案例77号, 26号, 41号.
    expect(
      administrativeResult(
        "湖南省株洲市芦淞区人民法院于2013年4月8日作出（2013）芦行初字第9号判决：撤销株洲市物价局《关于对王大海〈投诉书〉处理情况的答复》，限其在十五日内重新作出书面答复。",
      ),
    ).toEqual(["revoked", "remake"]);
    expect(
      administrativeResult(
        "一、确认被告某县森林公安局怠于履行处罚决定第二项内容的行为违法；二、责令被告某县森林公安局继续履行法定职责。",
      ),
    ).toEqual(["confirmed_illegal", "ordered"]);
    expect(administrativeResult("驳回原告甲建材有限公司的诉讼请求。案件受理费50元，由原告负担。")).toEqual([
      "dismissed",
    ]);
  });

  it("gives an appeal that upholds the judgment below, or is withdrawn, the ruling it leaves in force", () => {
    const appeal = (disposition: string) =>
      parseJudgment(
        `甲省乙市中级人民法院 行政判决书 （2021）甲01行终88号 上诉人（原审被告）：乙市某区人力资源和社会保障局。 被上诉人（原审原告）：张某甲。 上诉人乙市某区人力资源和社会保障局因工伤认定一案，不服甲省乙市丙区人民法院（2020）甲0102行初66号行政判决，向本院提起上诉。本院依法组成合议庭审理了本案。 一审法院认为，被告认定事实不清。一审法院判决：一、撤销被告作出的不予认定工伤决定；二、责令被告在六十日内重新作出工伤认定。 本院认为，一审判决正确。依照《中华人民共和国行政诉讼法》第八十九条第一款第一项之规定，判决如下： ${disposition} 本判决为终审判决。 审判长王某 二〇二一年九月一日 书记员赵某`,
        { source: "test", sourceId: "administrative-appeal-1" },
      ).outcome;
    expect(appeal("驳回上诉，维持原判。")).toMatchObject({
      appeal: "affirmed",
      administrative: { dispositions: ["revoked", "remake"] },
    });
    expect(appeal("准许上诉人乙市某区人力资源和社会保障局撤回上诉。")).toMatchObject({
      appeal: "withdrawn",
      administrative: { dispositions: ["revoked", "remake"] },
    });
  });

  it("reads compensation whatever the words between 赔偿 and the loss, within its clause", () => {
    expect(
      administrativeResult(
        "一、撤销被告某县公安局对原告张某甲作出的收容审查决定。二、被告某县公安局赔偿原告张某甲在被收容审查期间的误工损失和医药费共计四千元。",
      ),
    ).toEqual(["revoked", "compensation"]);
    // Not a claim to compensation the ruling dismisses.
    expect(
      administrativeResult("驳回原告张某甲要求被告某县公安局赔偿其在被收容审查期间误工损失的诉讼请求。"),
    ).toEqual(["dismissed"]);
  });

  it("reads the 1989 law's judgment upholding the act (判决维持, 行政诉讼法 1989 §54(1))", () => {
    expect(administrativeResult("维持被告某市公安局交通巡逻警察支队作出的第516号处罚决定书。")).toEqual([
      "sustained",
    ]);
    // An appeal quashing the judgment below and upholding the act; an act partly upheld, partly revoked.
    expect(administrativeResult("撤销一审判决，维持某海关作出的第76号处罚通知书。")).toEqual(["sustained"]);
    expect(
      administrativeResult(
        "维持被告某区卫生局的行政处罚决定中责令停产的部分。撤销被告某区工商局在该行政处罚决定中的处罚主体资格。",
      ),
    ).toEqual(["sustained", "revoked"]);
    // Not a court's judgment upheld, however named; nor a 维持 in the name of the act revoked.
    expect(administrativeResult("驳回上诉，维持原判。")).toEqual([]);
    expect(administrativeResult("维持（2001）甲行初字第5号行政判决书。")).toEqual([]);
    expect(
      administrativeResult("撤销被告某劳动教养管理委员会作出的维持对原告劳动教养一年的复查决定。"),
    ).toEqual(["revoked"]);
  });

  it("reads a dismissal as one, whatever the claim it dismisses names; and no court's judgment as the act", () => {
    // 指导案例94号, 89号: the claim dismissed asked to revoke, or to confirm illegal.
    expect(
      administrativeResult(
        "四川省绵阳市涪城区人民法院于2014年5月12日作出（2014）涪行初字第00031号行政判决，驳回绵阳市乙物业管理有限公司要求撤销被告作出的《认定工伤决定书》的诉讼请求。",
      ),
    ).toEqual(["dismissed"]);
    expect(administrativeResult("驳回原告要求确认被告某派出所拒绝办理户口登记行为违法的诉讼请求。")).toEqual([
      "dismissed",
    ]);
    // 指导案例91号: a 行政赔偿判决 that dismisses the claim awards nothing.
    expect(administrativeResult("芜湖市中级人民法院作出行政赔偿判决：驳回刘小江等三人的赔偿请求。")).toEqual([
      "dismissed",
    ]);
    expect(administrativeResult("蚌埠市中级人民法院作出行政裁定：驳回王大海、刘小江的起诉。")).toEqual([
      "suit_dismissed",
    ]);
    // An appeal quashing the judgment below and the act: the act.
    expect(
      administrativeResult(
        "一、撤销湖南省长沙市中级人民法院（2018）湘01行终169号行政判决；二、撤销长沙市岳麓区交通运输局作出的《行政处罚决定书》。",
      ),
    ).toEqual(["revoked"]);
    expect(administrativeResult("驳回上诉，维持原判。")).toEqual([]);
  });

  it("reads a suit refused as 提起的诉讼, and no 撤销 a party asks for or that names no act", () => {
    // A ruling refusing the suit against two acts and, on that ground, the claim to compensation.
    expect(
      administrativeResult(
        "原审法院以原告王某乙与被诉行为没有利害关系为由，裁定驳回王某乙对查封厂房、扣押设备行为提起的诉讼，并一并驳回其行政赔偿诉讼请求。",
      ),
    ).toEqual(["dismissed", "suit_dismissed"]);
    // A prosecutor's view of a refusal to docket: the refusal is the court's ruling (the suit refused
    // unheard); the registration the party wants revoked, and an agency that says it may not revoke, are not.
    expect(
      administrativeResult(
        "检察机关审查认为，人民法院裁定不予立案并无不当，但李某乙要求撤销婚姻登记的诉求合理，某县民政局又表示无权主动撤销，检察机关决定开展争议化解。",
      ),
    ).toEqual(["suit_dismissed"]);
  });

  it("reads a judgment to perform a duty (判决被告依法履行职责), not the failure or the duty the court names", () => {
    // Claims a ruling granted in full (支持…全部诉讼请求) rules as stated.
    expect(
      administrativeResult(
        "确认被告某县市场监督管理局对校园周边无证食品经营行为怠于履行监督管理职责违法，判决某县市场监督管理局对校园周边无证食品经营行为依法履行职责。",
      ),
    ).toEqual(["confirmed_illegal", "ordered"]);
    // A duty the reasoning states, and the failure confirmed illegal, are no order.
    expect(
      administrativeResult(
        "某镇人民政府应当依法履行环境卫生监督管理职责，确认某镇人民政府未依法履行垃圾处理职责违法。",
      ),
    ).toEqual(["confirmed_illegal"]);
  });

  it("reads 撤销原判 as the judgment quashed, an order to answer as an order to act, and every item (diff review L2)", () => {
    // The 撤销 quashes the judgment, not the act: the act is to be made anew.
    expect(
      administrativeResult("撤销原判，责令被告甲县人民政府于本判决生效之日起六十日内重新作出处理决定。"),
    ).toEqual(["remake"]);
    // An order to act (行政诉讼法 §72), as a deadline to answer, to issue or to reply.
    expect(
      administrativeResult("被告甲市自然资源局于本判决生效之日起十五日内对原告张某甲的申请予以答复。"),
    ).toEqual(["ordered"]);
    expect(
      administrativeResult("自本判决生效之日起六十日内，被告某技工学校为原告张某甲颁发毕业证书。"),
    ).toEqual(["ordered"]);
    expect(
      administrativeResult(
        "责成被告某县劳动局依法对第三人遵守劳动法律的情况进行监督检查，并在两个月内对原告张某甲作出书面答复。",
      ),
    ).toEqual(["ordered"]);
    expect(
      administrativeResult(
        "责令被上诉人某县人民政府依照《某县鼓励投资若干规定》（某政发〔2005〕3号），在本判决生效后30日内依法履行对张某甲的补贴义务。",
      ),
    ).toEqual(["ordered"]);
    // A deadline to pay what is awarded, or to carry out the items, is no further order.
    expect(administrativeResult("被告某县公安局赔偿原告损失5000元，在判决生效后10日内给付。")).toEqual([
      "compensation",
    ]);
    expect(
      administrativeResult(
        "一、由被告某局赔偿原告工资损失9600元；二、以上第一项，在判决生效后15日内履行完毕。",
      ),
    ).toEqual(["compensation"]);
    // A 判决， in a later item opens nothing: the items before it are read too.
    expect(
      administrativeResult(
        "一、确认被告某区人民政府强制拆除行为违法；二、撤销甲市中级人民法院（2018）甲01行初5号行政判决，责令被告某区人民政府重新作出补偿决定。",
      ),
    ).toEqual(["confirmed_illegal", "remake"]);
  });
});

describe("a suit withdrawn by the court's leave, written 准许 or 准予 (民事诉讼法 2021 §148, 行政诉讼法 2017 §62)", () => {
  it("is withdrawn, civil or administrative", () => {
    expect(
      civilResult("准予原告张某甲撤诉。案件受理费50元，减半收取25元，由原告负担。", false).disposition,
    ).toBe("withdrawn");
    expect(civilResult("准许原告张某甲撤回起诉。", false).disposition).toBe("withdrawn");
    expect(administrativeResult("准予原告某某公司撤回起诉。")).toEqual(["withdrawn"]);
  });
});

describe("principalSentence", () => {
  it("picks the most severe sentence: by kind, then term, then fine", () => {
    const s = (defendant: string, over: Partial<CriminalSentence>): CriminalSentence => ({
      defendant,
      charges: [],
      ...over,
    });
    expect(
      principalSentence([
        s("乙", { penalty: "有期徒刑", months: 24, probationMonths: 36 }),
        s("甲", { penalty: "有期徒刑", months: 204 }),
        s("丙", { penalty: "拘役", months: 6 }),
      ])?.defendant,
    ).toBe("甲");
    expect(
      principalSentence([s("甲", { penalty: "有期徒刑", months: 60 }), s("乙", { penalty: "无期徒刑" })])
        ?.defendant,
    ).toBe("乙");
    expect(principalSentence([])).toBeUndefined();
  });
});

describe("criminalSentences on appeals", () => {
  it("reads the sentence imposed, not the one a 撤销 item quotes, and names a defendant after its role", () => {
    const d =
      "一、撤销河北省唐山市路北区人民法院（2015）北刑初字第12号刑事判决中对被告人许某的量刑部分，即被告人许某犯盗窃罪，判处有期徒刑十年，并处罚金人民币一万元；二、上诉人（原审被告人）许某犯盗窃罪，判处有期徒刑四年六个月，并处罚金人民币五千元。";
    expect(criminalSentences(d)).toEqual([
      { defendant: "许某", charges: ["盗窃罪"], penalty: "有期徒刑", months: 54, fine: 5000 },
    ]);
  });

  it("sets aside every sentence a 撤销 item quotes, over several sentences, up to the next item", () => {
    const d =
      "一、撤销河北省唐山市路北区人民法院（2015）北刑初字第12号刑事判决。即被告人许某犯盗窃罪，判处有期徒刑十年；被告人李某甲犯盗窃罪，判处有期徒刑八年。二、上诉人许某犯盗窃罪，判处有期徒刑四年零十个月；上诉人李某甲犯盗窃罪，判处有期徒刑三年零七个月。";
    expect(criminalSentences(d).map((s) => [s.defendant, s.months])).toEqual([
      ["许某", 58],
      ["李某甲", 43],
    ]);
  });

  it("does not read the sentence a later 撤销 item quotes into the maintained item before it", () => {
    const d =
      "一、维持某区人民法院（2018）鲁1702刑初392号刑事判决玩忽职守罪的定罪、量刑部分，即被告人钟某犯玩忽职守罪，判处有期徒刑三年；犯行贿罪，并处罚金5万元。 二、撤销该判决对行贿罪所处主刑及决定执行的刑罚，即判处有期徒刑十个月，决定执行有期徒刑三年六个月，并处罚金5万元。 三、对上诉人钟某犯行贿罪，判处有期徒刑五个月，和其所犯玩忽职守罪并罚，决定执行有期徒刑三年，并处罚金五万元。";
    expect(criminalSentences(d, true)[0]?.months).toBe(36);
    const amended =
      "一、维持某县人民法院（2017）苏0722刑初621号刑事判决的定罪部分，即：“被告人韦某犯强奸罪”。 二、撤销该判决的量刑部分，即：“判处有期徒刑二年”。 三、上诉人韦某犯强奸罪，判处有期徒刑一年六个月。";
    expect(criminalSentences(amended, true)[0]?.months).toBe(18);
    // A retrial revoking parole goes on to the sentence it imposes: that 撤销 is not blanked.
    const parole =
      "一、被告人江某犯赌博罪，判处有期徒刑一年六个月；撤销某中级人民法院（2003）鹰刑执字第9号刑事裁定书对被告人江某假释的裁定，执行尚未执行刑期一年二个月。决定执行有期徒刑二年六个月。 二、被告人汪某犯赌博罪，判处有期徒刑一年。";
    expect(criminalSentences(parole, true)[0]?.months).toBe(30);
    // …nor the combined punishment written in the same sentence as the revocation.
    const same =
      "二、上诉人李某犯盗窃罪，判处有期徒刑五年，撤销某县人民法院（2014）某刑初字第5号刑事判决对其宣告的缓刑，与前罪判处的有期徒刑六年并罚，决定执行有期徒刑十一年。";
    expect(criminalSentences(same, true)[0]?.months).toBe(132);
  });

  it("takes the combined punishment however written, and over a maintained item's single count", () => {
    const merged =
      "二、被告人邱某犯非法占用农用地罪，判处有期徒刑十个月，并处罚金人民币一万元；犯行贿罪，判处有期徒刑一年二个月；决定合并执行有期徒刑一年八个月，宣告缓刑二年，并处罚金人民币一万元。";
    expect(criminalSentences(merged)[0]).toMatchObject({ months: 20, probationMonths: 24 });
    const plain =
      "一、被告人球某犯盗窃罪，判处有期徒刑六年三个月；被告人球某犯抢劫罪，判处有期徒刑十年二个月，合并执行有期徒刑十三年六个月。";
    expect(criminalSentences(plain)[0]?.months).toBe(162);
    const maintained =
      "一、维持某县人民法院（2014）迁刑初字第72号刑事判决的第一、五项，即被告人刘某犯危险驾驶罪，判处拘役二个月。 二、撤销该判决第二、三、四项。 三、上诉人刘某犯保险诈骗罪，判处有期徒刑三年，与危险驾驶罪判处的拘役二个月并罚，决定执行有期徒刑三年。";
    expect(criminalSentences(maintained, true)[0]).toMatchObject({ penalty: "有期徒刑", months: 36 });
  });

  it("sets aside a quote whose own items are numbered, or quoted in quotation marks, to its end", () => {
    // （2017）湘08刑终63号: the quashed judgment's 二、 is not the disposition's item 二.
    const numbered =
      "一、维持某区人民法院（2016）湘0802刑初600号刑事判决的第十一项，即：十一、被告人刘某犯组织、领导传销活动罪，判处有期徒刑八个月，缓刑一年。 二、撤销该判决的第一、二项，即：一、被告人陈某犯组织、领导传销活动罪，判处有期徒刑四年六个月。二、被告人李宇犯组织、领导传销活动罪，判处有期徒刑五年。 三、上诉人（原审被告人）李宇犯组织、领导传销活动罪，判处有期徒刑二年六个月，缓刑四年。";
    expect(criminalSentences(numbered, true).find((s) => s.defendant === "李宇")).toMatchObject({
      months: 30,
      probationMonths: 48,
    });
    // （2014）吕刑终字第59号: quotes joined by 、.
    const chained =
      "二、撤销某县人民法院（2013）交刑初字第514号刑事判决的第一项、第二项，即“被告人严某犯行贿罪，判处有期徒刑十个月”、“被告人薛某犯受贿罪，判处有期徒刑四年，犯巨额财产来源不明罪，判处有期徒刑八个月，实行数罪并罚，决定执行有期徒刑四年三个月”部分； 三、上诉人（原审被告人）薛某犯受贿罪，判处有期徒刑二年六个月；犯巨额财产来源不明罪，判处有期徒刑六个月；实行数罪并罚，决定执行有期徒刑二年十个月；";
    expect(criminalSentences(chained, true).find((s) => s.defendant === "薛某")?.months).toBe(34);
    // A role written twice names the defendant once: 上诉人（原审被告人）上诉人吕江.
    const twice =
      "二、撤销某区人民法院（2015）杏刑初字第338号刑事判决第一项，即：“一、被告人吕江犯诈骗罪，判处有期徒刑十一年；” 三、上诉人（原审被告人）上诉人吕江犯诈骗罪，判处有期徒刑十二年六个月。";
    expect(criminalSentences(twice, true).map((s) => [s.defendant, s.months])).toEqual([["吕江", 150]]);
    // 以犯: the name ends before 以 (it had been 赵某以).
    const by =
      "一、维持某县人民法院（2013）修刑初字第720号刑事判决对上诉人赵某以犯寻衅滋事罪判处有期徒刑三年零六个月的判决。";
    expect(criminalSentences(by, true).map((s) => [s.defendant, s.months])).toEqual([["赵某", 42]]);
  });

  it("a quoted sentence with probation is quashed, not a revoked probation", () => {
    // （2015）二中刑抗终字第1731号: item 三 quotes 缓刑一年 as part of what it quashes.
    const d =
      "二、维持某区人民法院（2015）大刑初字第727号刑事判决主文第三项。 三、撤销该判决主文第一项、第二项，即被告人汤某犯寻衅滋事罪，免予刑事处罚，犯妨害公务罪，判处有期徒刑八个月，缓刑一年；被告人尤某犯寻衅滋事罪，免予刑事处罚。 四、原审被告人汤某犯寻衅滋事罪，判处有期徒刑十一个月；犯妨害公务罪，判处有期徒刑八个月；决定执行有期徒刑一年四个月。 五、上诉人尤某犯寻衅滋事罪，判处有期徒刑七个月，缓刑一年。";
    expect(
      criminalSentences(d, true).map((s) => [s.defendant, s.penalty, s.months, s.probationMonths]),
    ).toEqual([
      ["汤某", "有期徒刑", 16, undefined],
      ["尤某", "有期徒刑", 7, 12],
    ]);
  });

  it("reads on through a revocation that names the defendant again, to the combined punishment", () => {
    const d =
      "被告人葛某某犯非法占用农用地罪，判处有期徒刑一年六个月，并处罚金人民币15000元。撤销被告人葛某某犯职务侵占罪，判处有期徒刑二年，缓刑三年，并处罚金人民币10000元的缓刑部分，数罪并罚，决定合并执行有期徒刑二年十个月，并处罚金人民币25000元。";
    expect(criminalSentences(d).map((s) => [s.defendant, s.months])).toEqual([["葛某某", 34]]);
  });

  it("reads 免于刑事处罚 as 免予", () => {
    expect(criminalSentences("被告人齐某犯掩饰、隐瞒犯罪所得罪，免于刑事处罚。")[0]?.penalty).toBe(
      "免予刑事处罚",
    );
  });

  it("keeps a maintained sentence and counts only the defendants sentenced", () => {
    const d =
      "一、维持某某法院刑事判决对被告人李某甲的定罪量刑，即被告人李某甲犯抢劫罪，判处有期徒刑三年；二、撤销该判决对被告人王某的量刑；三、被告人王某犯抢劫罪，判处有期徒刑四年；四、被告人赵某无罪。";
    const sentences = criminalSentences(d);
    expect(sentences.map((s) => [s.defendant, s.months])).toEqual([
      ["李某甲", 36],
      ["王某", 48],
      ["赵某", undefined],
    ]);
    expect(sentencedCount(sentences)).toBe(2);
  });
});

describe("criminalSentences with several crimes (数罪并罚, 刑法 §69)", () => {
  it("keeps the combined punishment and what each crime carried", () => {
    const d =
      "被告人张某犯盗窃罪，判处有期徒刑二年，并处罚金人民币五千元；犯故意伤害罪，判处有期徒刑八年；决定执行有期徒刑九年，并处罚金人民币五千元。";
    expect(criminalSentences(d)).toEqual([
      {
        defendant: "张某",
        charges: ["盗窃罪", "故意伤害罪"],
        penalty: "有期徒刑",
        months: 108,
        fine: 5000,
        counts: [
          { charge: "盗窃罪", penalty: "有期徒刑", months: 24 },
          { charge: "故意伤害罪", penalty: "有期徒刑", months: 96 },
        ],
      },
    ]);
  });

  it("never counts another judgment's sentence combined with this one as a crime of this case", () => {
    const prior =
      "被告人柏某犯贩卖毒品罪，判处有期徒刑七个月，并处罚金人民币二千元；犯容留他人吸毒罪，判处有期徒刑四个月，并处罚金人民币一千五百元，与前犯贩卖毒品罪尚余刑期有期徒刑九年二个月并罚，决定执行有期徒刑九年十个月。";
    expect(criminalSentences(prior)[0]?.counts).toEqual([
      { charge: "走私、贩卖、运输、制造毒品罪", penalty: "有期徒刑", months: 7 },
      { charge: "容留他人吸毒罪", penalty: "有期徒刑", months: 4 },
    ]);
    const original =
      "被告人程某犯寻衅滋事罪，判处有期徒刑八个月；撤销原判缓刑，与原犯寻衅滋事罪余刑有期徒刑十一个月并罚，决定执行有期徒刑一年六个月。";
    // This case's one crime is kept as its count; the executed sentence is marked as merged (§71, §77).
    expect(criminalSentences(original)[0]).toMatchObject({
      months: 18,
      counts: [{ charge: "寻衅滋事罪", penalty: "有期徒刑", months: 8 }],
      mergesEarlierSentence: true,
    });
    // A second 决定执行 combines the first with another court's judgment: its crime is not a count.
    const twice =
      "被告人刘某犯诈骗罪，判处有期徒刑三年；犯合同诈骗罪，判处有期徒刑二年。决定执行有期徒刑四年六个月；与某市新市区人民法院判决刘某犯非法吸收公众存款罪判处的有期徒刑五年合并，决定执行有期徒刑九年。";
    expect(criminalSentences(twice)[0]?.counts?.map((c) => c.charge)).toEqual(["诈骗罪", "合同诈骗罪"]);
  });

  it("an earlier judgment's several crimes, or one whose probation is revoked, are neither counts nor charges", () => {
    const several =
      "被告人高某犯滥伐林木罪，判处有期徒刑一年，并处罚金人民币五千元；犯非法占用农用地罪，判处有期徒刑六个月，与原犯故意伤害罪、滥伐林木罪被判处的有期徒刑三年并罚，决定执行有期徒刑四年。";
    const [s] = criminalSentences(several);
    expect(s?.counts?.map((c) => [c.charge, c.months])).toEqual([
      ["滥伐林木罪", 12],
      ["非法占用农用地罪", 6],
    ]);
    expect(s?.charges).toEqual(["滥伐林木罪", "非法占用农用地罪"]);
    const revoked =
      "一、撤销某区人民法院（2016）某0106刑初100号刑事判决中对被告人佟某犯敲诈勒索罪判处有期徒刑二年，缓刑二年的缓刑部分。二、被告人佟某犯寻衅滋事罪，判处有期徒刑十个月；犯故意毁坏财物罪，判处有期徒刑四个月，与前罪判处的有期徒刑二年并罚，决定执行有期徒刑三年。";
    const [r] = criminalSentences(revoked);
    expect(r?.charges).toEqual(["寻衅滋事罪", "故意毁坏财物罪"]);
    expect(r?.counts?.map((c) => c.charge)).toEqual(["寻衅滋事罪", "故意毁坏财物罪"]);
  });

  it("an appeal's 原判 is this case's own judgment; 与犯X罪 of this case is kept", () => {
    const appeal =
      "一、维持某县人民法院（2017）某0101刑初5号刑事判决对上诉人郑某犯贩卖毒品罪的定罪部分及其余部分；二、上诉人郑某犯贩卖毒品罪，判处有期徒刑一年，与犯容留他人吸毒罪判处的有期徒刑六个月并罚，决定执行有期徒刑一年三个月。";
    expect(criminalSentences(appeal, true)[0]?.charges).toEqual([
      "走私、贩卖、运输、制造毒品罪",
      "容留他人吸毒罪",
    ]);
    const retrial =
      "一、维持本院（2012）某刑终字第8号刑事裁定对原审被告人郭某犯绑架罪的定罪量刑；二、原审被告人郭某犯故意伤害罪，判处有期徒刑三年，与原判其犯绑架罪判处的有期徒刑十年并罚，决定执行有期徒刑十二年。";
    expect(criminalSentences(retrial, true)[0]?.charges).toEqual(["绑架罪", "故意伤害罪"]);
    // In a first instance, 原判 is the earlier judgment whose probation is revoked.
    const first =
      "被告人李某犯盗窃罪，判处有期徒刑六个月，与原判其犯诈骗罪判处的有期徒刑一年并罚，决定执行有期徒刑一年四个月。";
    expect(criminalSentences(first)[0]?.charges).toEqual(["盗窃罪"]);
  });

  it("reads a count written without its 犯", () => {
    const d =
      "被告人祁某某犯故意伤害罪，判处有期徒刑七个月；寻衅滋事罪，判处有期徒刑九个月；犯强迫交易罪，判处有期徒刑五个月，并处罚金人民币8000元。数罪并罚，决定执行有期徒刑一年八个月，并处罚金人民币8000元。";
    expect(criminalSentences(d)[0]?.counts?.map((c) => [c.charge, c.months])).toEqual([
      ["故意伤害罪", 7],
      ["寻衅滋事罪", 9],
      ["强迫交易罪", 5],
    ]);
  });

  it("one crime joined by an earlier judgment's sentence (§70–71) keeps its own sentence as its count", () => {
    const d =
      "被告人李某犯盗窃罪，判处有期徒刑一年，与前罪尚未执行完毕的刑罚有期徒刑二年并罚，决定执行有期徒刑二年六个月。";
    const [s] = criminalSentences(d);
    expect(s).toMatchObject({ months: 30, mergesEarlierSentence: true });
    expect(s?.counts).toEqual([{ charge: "盗窃罪", penalty: "有期徒刑", months: 12 }]);
    // …the comparable sentence for 盗窃罪 is the 12 months, not the 30 executed.
    expect(s && chargeSentence(s, "盗窃罪")).toEqual({ penalty: "有期徒刑", months: 12 });
    // 拘役三个月十五天: days written with 天.
    const days =
      "二、被告人蔺某犯危险驾驶罪，判处拘役二个月，并处罚金人民币四千五百元，与前罪所判的拘役二个月，并处罚金人民币二千元并罚，决定执行拘役三个月十五天，并处罚金人民币六千五百元。";
    expect(criminalSentences(days)[0]).toMatchObject({ penalty: "拘役", months: 3.5 });
  });

  it("an earlier conviction written 曾因犯… is not a count; the executed sentence is marked merged", () => {
    const d =
      "一、被告人甘某犯强奸罪，判处有期徒刑三年六个月；曾因犯抢劫罪被本院判处有期徒刑三年，并处罚金人民币3000元。数罪并罚，决定执行有期徒刑五年六个月，并处罚金人民币3000元。";
    expect(criminalSentences(d)[0]).toMatchObject({
      charges: ["强奸罪"],
      months: 66,
      mergesEarlierSentence: true,
      counts: [{ charge: "强奸罪", penalty: "有期徒刑", months: 42 }],
    });
  });

  it("数罪并罚，执行…: the combined punishment without 决定", () => {
    const d =
      "一、被告人阮某犯掩饰、隐瞒犯罪所得罪，判处有期徒刑一年六个月；犯交通肇事罪，判处有期徒刑三年，数罪并罚，执行有期徒刑四年。";
    expect(criminalSentences(d)[0]).toMatchObject({ months: 48 });
    expect(criminalSentences(d)[0]?.counts?.map((c) => c.months)).toEqual([18, 36]);
  });

  it("one defendant's crimes written as two clauses of one item are one sentence", () => {
    // （2017）湘0104刑初771号: the 盗窃 clause names the defendant again before 决定执行.
    const d =
      "一、被告人李某海犯强奸罪，判处有期徒刑六年，被告人李某海犯盗窃罪，判处有期徒刑一年八个月，并处罚金人民币五千元，数罪并罚，决定执行有期徒刑七年六个月，并处罚金人民币五千元。二、被告人王某犯盗窃罪，判处有期徒刑一年。";
    const [s] = criminalSentences(d);
    expect(s).toMatchObject({ defendant: "李某海", months: 90 });
    expect(s?.counts?.map((c) => [c.charge, c.months])).toEqual([
      ["强奸罪", 72],
      ["盗窃罪", 20],
    ]);
    expect(s && chargeSentence(s, "盗窃罪")).toEqual({ penalty: "有期徒刑", months: 20 });
    // A combined punishment is no sentence for one crime whose count is not stated.
    expect(
      chargeSentence({ penalty: "有期徒刑", months: 90, charges: ["强奸罪", "盗窃罪"] }, "盗窃罪"),
    ).toBeUndefined();
    expect(chargeSentence({ penalty: "拘役", months: 2, charges: ["危险驾驶罪"] }, "危险驾驶罪")).toEqual({
      penalty: "拘役",
      months: 2,
    });
  });
});

describe("appealResult", () => {
  it("a quash of any item outweighs the withdrawal other appellants were allowed (（2020）京02刑终45号)", () => {
    expect(
      appealResult(
        "一、维持（2019）京0106刑初851号刑事判决主文第二项；二、撤销（2019）京0106刑初851号刑事判决主文第一项，即被告人张禾航犯诈骗罪，判处有期徒刑二年；三、上诉人张禾航犯诈骗罪，判处有期徒刑一年十个月。四、准许上诉人白峰禾、高晓撤回上诉。",
      ),
    ).toBe("amended");
    expect(appealResult("准许上诉人白峰禾撤回上诉。")).toBe("withdrawn");
    // 准予 as 准许, and an appeal treated as withdrawn (the fee unpaid, the appellant absent).
    expect(appealResult("准予上诉人某区城市管理局撤回上诉。")).toBe("withdrawn");
    expect(
      appealResult("本案按上诉人某某物流公司自动撤回上诉处理，一审判决自本裁定送达之日起即行生效。"),
    ).toBe("withdrawn");
    expect(appealResult("一、本案按撤诉处理，双方当事人仍按一审判决履行。")).toBe("withdrawn");
    expect(appealResult("二、撤消（2017）陕0112刑初653号刑事判决书对原审被告人杨立岩的量刑部分。")).toBe(
      "amended",
    );
  });

  it("an appeal accepting the judgment below as it stands, in words of its own, affirms it", () => {
    expect(appealResult("乙市中级人民法院作出判决，对原审的认定和结果予以认可。")).toBe("affirmed");
    // An item's outcome kept within a changed judgment is no affirmance of the whole.
    expect(appealResult("对该项处理结果予以维持；撤销原审判决第二项。")).toBe("amended");
  });

  it("a civil appeal that changes an item, or upholds the judgment but sets its own terms, amends it (民事诉讼法 2023 §177)", () => {
    expect(appealResult("一、维持原审判决第一项；二、变更原审判决第二项为：乙赔偿甲2万元。")).toBe("amended");
    expect(appealResult("维持原审判决第一项；第二项变更为：乙补偿甲8000元。")).toBe("amended");
    // The award upheld, paid on the appeal's own terms: in sixty days from this judgment, or in instalments.
    expect(
      appealResult(
        "一、维持甲市中级人民法院（2017）甲01民初5号民事判决。某公司应于本判决生效之日起六十日内将赔偿款300万元支付至某账户。二、某公司提供担保后，可分五期支付上述款项。",
      ),
    ).toBe("amended");
    expect(appealResult("驳回上诉，维持原判。二审案件受理费100元，由上诉人负担。")).toBe("affirmed");
    // The appeal's own fee, paid within days of this judgment, is no term of the judgment below.
    expect(
      appealResult("驳回上诉，维持原判。二审案件受理费100元，由上诉人负担，于本判决生效之日起七日内交纳。"),
    ).toBe("affirmed");
    // A retrial upholding every item, their terms restated in brackets (LeCaRD 41929's form).
    expect(
      appealResult(
        "一、维持本院（2016）甲0101刑初1号刑事判决第一项，即被告单位某某公司犯销售假药罪，判处罚金人民币二万元。（罚金限于本判决生效后一个月内缴纳。）",
      ),
    ).toBe("affirmed");
  });

  it("a judgment (not a ruling) pronouncing a sentence of its own changes the one appealed", () => {
    const sentence = "上诉人罗辰航犯贪污罪，判处有期徒刑四年，并处罚金人民币20万元。";
    expect(appealResult(sentence, true)).toBe("amended");
    expect(appealResult("上诉人李宇川无罪。", true)).toBe("amended");
    expect(appealResult(sentence, false)).toBe("other");
    // Upholding by 判决书, quoting the sentence upheld (（2019）闽05刑终3492号): affirmed.
    expect(
      appealResult(
        "维持福建省德化县人民法院（2019）闽0526刑初215号刑事判决，即上诉人屈江宇犯交通肇事罪，判处有期徒刑三年，并宣告缓刑三年。",
        true,
      ),
    ).toBe("affirmed");
  });
});

describe("dispositionShown", () => {
  it("shows an appeal's own sentences, not the one it revoked", () => {
    // （2016）辽04刑终592号's shape: the head ended on the revoked 八个月.
    const appeal =
      "一、维持某区人民法院（2016）辽0402刑初12号刑事判决对被告人甲的定罪部分；二、撤销某区人民法院（2016）辽0402刑初12号刑事判决对被告人甲的量刑部分，即被告人甲犯盗窃罪，判处有期徒刑八个月，并处罚金人民币二千元；三、上诉人甲犯盗窃罪，判处拘役五个月，并处罚金人民币二千元。";
    expect(dispositionShown(appeal)).toBe("三、上诉人甲犯盗窃罪，判处拘役五个月，并处罚金人民币二千元。");
    // A first instance, or an appeal upholding all: the head.
    expect(dispositionShown("被告人乙犯盗窃罪，判处拘役三个月。")).toBe("被告人乙犯盗窃罪，判处拘役三个月。");
    expect(dispositionShown("驳回上诉，维持原判。")).toBe("驳回上诉，维持原判。");
  });

  it("shows a first instance that revokes a probation whole: the sentence served is in it (LeCaRD 98Lu…)", () => {
    const first =
      "一、被告人丙犯危险驾驶罪，判处拘役一个月十五天，并处罚金人民币9000元；二、撤销某区人民法院（2016）某刑初5号刑事判决对被告人丙宣告缓刑二年的执行部分；三、被告人丙犯危险驾驶罪判处的拘役一个月十五天，与非法拘禁罪判处的有期徒刑六个月并罚，决定执行有期徒刑六个月，并处罚金人民币9000元。";
    expect(dispositionShown(first, false)).toBe(first);
  });
});

describe("criminalSentences: what is no defendant, no earlier crime, and fines in capital numerals", () => {
  it("reads no defendant from 犯罪所得 (被告人田立远单独或结伙犯罪所得…)", () => {
    const d =
      "一、被告人田立远犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元。二、对被告人田立远单独或结伙犯罪所得予以追缴。";
    expect(criminalSentences(d).map((s) => s.defendant)).toEqual(["田立远"]);
  });

  it("keeps a crime after the previous item's custody note (判决执行以前先行羁押的…)", () => {
    const d =
      "一、被告人李某犯盗窃罪，判处有期徒刑一年（刑期从判决执行之日起计算，判决执行以前先行羁押的，羁押一日折抵刑期一日）\n二、被告人王峰海犯妨害公务罪，判处拘役五个月。";
    expect(criminalSentences(d).find((s) => s.defendant === "王峰海")?.charges).toEqual(["妨害公务罪"]);
  });

  it("reads a probation written 宣告缓刑，缓刑考验期限为一年, and 免除处罚 without 刑事", () => {
    const d = "被告人李某犯盗窃罪，判处有期徒刑七个月，宣告缓刑，缓刑考验期限为一年，并处罚金人民币二千元。";
    expect(criminalSentences(d)[0]).toMatchObject({ penalty: "有期徒刑", months: 7, probationMonths: 12 });
    expect(criminalSentences("被告人关某某犯危险驾驶罪，免除处罚。")[0]?.penalty).toBe("免予刑事处罚");
  });

  it("reads every defendant of a sentence written for several (杨远森、张峰泉犯…, 车海、王岩泉无罪)", () => {
    const d =
      "一、被告人孙志犯玩忽职守罪，判处有期徒刑三年。二、被告人杨远森、张峰泉犯玩忽职守罪，免予刑事处罚。三、对被告人孙志、杨远森、张峰泉所犯玩忽职守罪的违法所得予以追缴。";
    expect(criminalSentences(d).map((s) => [s.defendant, s.penalty])).toEqual([
      ["孙志", "有期徒刑"],
      ["杨远森", "免予刑事处罚"],
      ["张峰泉", "免予刑事处罚"],
    ]);
    expect(criminalSentences("被告人车海、王岩泉无罪。").map((s) => s.defendant)).toEqual(["车海", "王岩泉"]);
    // An item about property names no defendant of its own.
    expect(criminalSentences("被告人曾江航退缴的犯受贿罪违法所得87467元，予以没收。")).toEqual([]);
  });

  it("reads a fine written in capital numerals (一万五仟元)", () => {
    const d = "被告人刘森航犯拐卖妇女、儿童罪，判处有期徒刑九年六个月，并处罚金人民币一万五仟元。";
    expect(criminalSentences(d)[0]?.fine).toBe(15000);
  });
});

describe("criminalSentences: penalties as dispositions mistype them (LeCaRD 4027, 852, 6016, 21742, 33340)", () => {
  const read = (d: string) => criminalSentences(d).map((s) => [s.defendant, s.penalty, s.months]);

  it("reads the penalty meant", () => {
    expect(
      read("一、被告人卜森犯组织、领导传销活动罪，判处有期徒刑年六年，并处罚金人民币八十万元。"),
    ).toEqual([["卜森", "有期徒刑", 72]]);
    expect(read("被告人邓峰志犯贩卖毒品罪，判处有期徒刑徒刑十年。")).toEqual([["邓峰志", "有期徒刑", 120]]);
    expect(read("二、被告人庄某某犯赌博罪，判处有期一年三个月，缓刑二年。")).toEqual([
      ["庄某某", "有期徒刑", 15],
    ]);
    expect(read("一、被告人刘宇航犯运输毒品罪，判处期徒刑十一年，剥夺政治权利三年。")).toEqual([
      ["刘宇航", "有期徒刑", 132],
    ]);
    expect(read("被告人尚某犯故意伤害罪，判处有期徒一年。")).toEqual([["尚某", "有期徒刑", 12]]);
    expect(read("被告人邵晓航犯故意伤害罪，判处有其徒刑二年九个月。")).toEqual([["邵晓航", "有期徒刑", 33]]);
    expect(
      read(
        "被告人鲍森岩犯故意伤害罪，判处有期徒刑十个月；犯聚众斗殴罪，判处有期徒刑三年，决定执行有期徒刑年三年六个月。",
      ),
    ).toEqual([["鲍森岩", "有期徒刑", 42]]);
    expect(
      read(
        "被告人杨立江犯容留他人吸毒罪，判处有期徒刑一年十个月；犯介绍卖淫罪，判处有期徒刑二年零三个月，数罪并罚，决定执行三年零八个月。",
      ),
    ).toEqual([["杨立江", "有期徒刑", 44]]);
    expect(read("一、被告人顾某甲犯盗窃罪，判处无期，剥夺政治权利终身。")).toEqual([
      ["顾某甲", "无期徒刑", undefined],
    ]);
    expect(read("一、被告人侯禾志犯串通投标罪，处罚金100000元。")).toEqual([
      ["侯禾志", "单处罚金", undefined],
    ]);
  });

  it("leaves well-written penalties and acquittals as they are", () => {
    expect(read("被告人张三犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元。")).toEqual([
      ["张三", "有期徒刑", 12],
    ]);
    expect(read("被告人李四犯抢劫罪，判处无期徒刑，剥夺政治权利终身。")).toEqual([
      ["李四", "无期徒刑", undefined],
    ]);
    expect(read("被告人王五无罪。")).toEqual([["王五", undefined, undefined]]);
  });
});

describe("upheldSentences: the sentence an appeal upheld, as it quotes it", () => {
  it("reads the last ruling quoted: an acquittal quoted after a conviction is an acquittal (LeCaRD 10896)", () => {
    const history =
      "作出（2009）永冷刑初字第696号刑事判决：被告人薛某某犯非法持有枪支罪，判处有期徒刑一年，缓刑一年六个月。宣判后，检察院提出抗诉。本院作出刑事判决：一、撤销（2009）永冷刑初字第696号刑事判决。二、被告人薛某某无罪。";
    expect(upheldSentences([history])).toEqual([{ defendant: "薛某某", charges: [], acquitted: true }]);
  });

  it("reads the history before the facts, and no combined punishment written by crime", () => {
    expect(
      upheldSentences([
        "于2018年作出刑事判决：被告人甲某犯盗窃罪，判处有期徒刑一年。宣判后，甲某不服，提起上诉。",
        "原判决：被告人甲某犯盗窃罪，判处有期徒刑二年。",
      ]).map((s) => s.months),
    ).toEqual([12]);
    expect(
      upheldSentences([
        "原判以贪污罪判处被告人潘晓禾有期徒刑十年，以职务侵占罪判处其有期徒刑X年，决定执行有期徒刑XX年。",
      ]),
    ).toEqual([]);
  });
});

describe("ownChargeMentions: a name ending in 前 or 原 is no earlier crime (LeCaRD 19086, 43610)", () => {
  it("reads 李峰禾犯故意杀人罪 as this case's crime, 与原犯…罪 as another judgment's", () => {
    expect(
      criminalSentences("一、被告人李峰禾犯故意杀人罪，判处死刑，剥夺政治权利终身。")[0]?.charges,
    ).toEqual(["故意杀人罪"]);
    expect(
      criminalSentences("被告人姚峰晓犯非法吸收公众存款罪，判处有期徒刑二年六个月。")[0]?.charges,
    ).toEqual(["非法吸收公众存款罪"]);
    expect(
      criminalSentences(
        "被告人王某犯盗窃罪，判处有期徒刑一年，与原犯故意伤害罪被判处的有期徒刑三年并罚，决定执行有期徒刑三年六个月。",
      )[0]?.charges,
    ).toEqual(["盗窃罪"]);
  });
});

describe("acquittedAll: a case that acquitted every defendant (指导案例144号)", () => {
  it("reads 宣告X无罪 without a role word, and tells an acquittal from a penalty left unread", () => {
    const acquitted = criminalSentences(
      "撤销（2016）津0111刑初773号刑事附带民事判决，宣告张远宇峰无罪。",
      true,
    );
    expect(acquitted).toEqual([{ defendant: "张远宇峰", charges: [], acquitted: true }]);
    expect(acquittedAll(acquitted)).toBe(true);
    // A penalty left unread is no acquittal.
    expect(acquittedAll([{ defendant: "甲某", charges: ["盗窃罪"] }])).toBe(false);
  });

  it("takes no request for an acquittal for one (刑事审判参考第1066号, 人民司法 rmsf1059)", () => {
    expect(criminalSentences("各上诉人请求撤销原判，宣告各上诉人无罪。", true)).toEqual([]);
    const asked = criminalSentences("上诉人王某请求改判无罪。", true);
    expect(acquittedAll(asked)).toBe(false);
  });
});

describe("criminalSentences: a defendant's name, not the prose around it", () => {
  it("reads no sentence from a commentary's 系初犯 / 系从犯 / 构成累犯", () => {
    const prose =
      "被告人陈泉岩系初犯，依法可以从轻处罚；被告人刘峰航系从犯，依法应当减轻处罚；钱禾峰构成累犯，应当从重处罚。";
    expect(criminalSentences(prose)).toEqual([]);
  });

  it("names the defendant before 系犯 and 因本案犯 (LeCaRD 43283, 23766)", () => {
    expect(
      criminalSentences("三、原审被告人李禾川系犯非法拘禁罪，判有期徒刑四年六个月。").map((s) => [
        s.defendant,
        s.charges,
        s.months,
      ]),
    ).toEqual([["李禾川", ["非法拘禁罪"], 54]]);
    expect(
      criminalSentences("二、被告人邓峰立因本案犯开设赌场罪，判处有期徒刑五年，并处罚金人民币60000元。").map(
        (s) => s.defendant,
      ),
    ).toEqual(["邓峰立"]);
  });

  it("keeps a name that ends in 曾 or holds 在 (LeCaRD 13385)", () => {
    const d =
      "一、被告人朱立曾犯开设赌场罪，判处有期徒刑一年，并处罚金人民币四千元；二、被告人苟在川犯受贿罪，判处有期徒刑五年。";
    expect(criminalSentences(d).map((s) => [s.defendant, s.months])).toEqual([
      ["朱立曾", 12],
      ["苟在川", 60],
    ]);
  });
});

describe("criminalSentences: a sentence whose subject or penalty is written short (review 17, 83 LeCaRD judgments)", () => {
  const read = (d: string) =>
    criminalSentences(d).map((s) => [s.defendant, s.penalty, s.months ?? s.fine, s.probationMonths]);

  it("reads a sentence written without 犯, with 构成, or with 犯罪 for 犯", () => {
    const d =
      "一、被告人赵某犯盗窃罪，判处有期徒刑一年。 二、被告人钱小明盗窃罪，判处有期徒刑十个月。 三、被告人孙某某生产、销售有毒、有害食品罪，判处有期徒刑六个月，缓刑一年。 四、被告人李桦构成强奸罪，判处有期徒刑四年。 五、被告人周某犯罪合同诈骗罪，判处有期徒刑三年。";
    expect(read(d)).toEqual([
      ["赵某", "有期徒刑", 12, undefined],
      ["钱小明", "有期徒刑", 10, undefined],
      ["孙某某", "有期徒刑", 6, 12],
      ["李桦", "有期徒刑", 48, undefined],
      ["周某", "有期徒刑", 36, undefined],
    ]);
  });

  it("reads a sentence written without 被告人 after an item number, or with 被告 for it", () => {
    expect(read("一、被告人吴某犯诈骗罪，判处有期徒刑三年。 二、郑某某犯诈骗罪，判处有期徒刑二年。")).toEqual(
      [
        ["吴某", "有期徒刑", 36, undefined],
        ["郑某某", "有期徒刑", 24, undefined],
      ],
    );
    expect(read("一、被告王某犯交通肇事罪，判处有期徒刑一年，宣告缓刑二年。")).toEqual([
      ["王某", "有期徒刑", 12, 24],
    ]);
  });

  it("reads a name followed by its alias in brackets, or by a comma, before 犯", () => {
    expect(read("被告人冯某（1）犯诈骗罪，判处有期徒刑六年。")).toEqual([
      ["冯某", "有期徒刑", 72, undefined],
    ]);
    expect(read("三、被告人陈某，犯寻衅滋事罪，判处有期徒刑二年。")).toEqual([
      ["陈某", "有期徒刑", 24, undefined],
    ]);
  });

  it("reads no sentence where no listed charge follows a name, nor from prose", () => {
    expect(read("二、被告人孔某退赔被害人人民币二万元。")).toEqual([]);
    expect(read("三、被告人犯组织领导活动罪，判处有期徒刑五个月。")).toEqual([]);
    expect(read("二、责令被告人褚某于判决生效后十日内退赔。三、扣押的作案工具予以没收。")).toEqual([]);
  });

  it("reads a penalty broken by a space (判处有 期徒刑, 并处 罚金)", () => {
    expect(read("被告人蒋某犯危险驾驶罪，判处有 期徒刑一年，缓刑二年，并处 罚金人民币二万元。")).toEqual([
      ["蒋某", "有期徒刑", 12, 24],
    ]);
    expect(criminalSentences("被告人蒋某犯盗窃罪，判处拘役六个月，并处罚金人 民币四千元。")[0]?.fine).toBe(
      4000,
    );
  });

  it("reads a unit's fine for several crimes as its penalty, and its long or bracketed name (刑法 §31)", () => {
    const d =
      "一、被告单位某某（北京）科技有限公司犯走私普通货物罪，判处罚金人民币十万元；犯单位行贿罪，判处罚金人民币三万元，决定执行罚金人民币十三万元。 二、被告单位某某市某某区某某镇某某村农民专业合作社联合社第二分社犯非法吸收公众存款罪，判处罚金人民币二十万元。 三、被告单位某某贸易有限公司，犯虚开增值税专用发票罪，判处罚金人民币四万元。 四、被告人沈某犯单位行贿罪，判处有期徒刑一年。";
    expect(read(d)).toEqual([
      ["某某（北京）科技有限公司", "单处罚金", 130000, undefined],
      ["某某市某某区某某镇某某村农民专业合作社联合社第二分社", "单处罚金", 200000, undefined],
      ["某某贸易有限公司", "单处罚金", 40000, undefined],
      ["沈某", "有期徒刑", 12, undefined],
    ]);
    // A unit acquitted with a person: the person is named, not the two as one.
    expect(
      criminalSentences("被告单位某某省某某市某某纺织实业有限公司及被告人韩某无罪。").map((s) => s.defendant),
    ).toEqual(["韩某"]);
  });
});

describe("administrativeResult: an act named for a refusal (驳回通知书) is revoked, not a claim dismissed", () => {
  it("reads 撤销…登记驳回通知书 as the act revoked (FYGB0140's form)", () => {
    expect(
      administrativeResult(
        "一、撤销被告某市市场监督管理局于2016年3月1日作出的第01号个体工商户登记驳回通知书；二、被告某市市场监督管理局于本判决生效后15个工作日内对原告某超市的申请重新作出登记。",
      ),
    ).toEqual(["revoked", "remake"]);
  });
});

describe("an act quashed with the judgment, a suit refused before docketing, a failure named (administrative, civil)", () => {
  it("reads the act a judgment revokes with the judgment below, joined under one 撤销", () => {
    expect(administrativeResult("判决撤销原审判决和某区民政局作出的答复意见。")).toEqual(["revoked"]);
    expect(administrativeResult("撤销一审、二审判决及被诉处罚决定，责令被告重新作出处理决定。")).toEqual([
      "revoked",
      "remake",
    ]);
    // Two judgments joined: no act.
    expect(administrativeResult("撤销一审判决和某市中级人民法院作出的二审判决。")).toEqual([]);
  });

  it("reads a suit refused before it is docketed as one refused unheard (民事诉讼法 §126, 行政诉讼法 §51)", () => {
    expect(civilResult("对原告某某保险公司的起诉，不予受理。", false).disposition).toBe("suit_dismissed");
    expect(administrativeResult("某区人民法院以原告起诉超过法定期限为由，裁定不予立案。")).toEqual([
      "suit_dismissed",
    ]);
    // Not a refusal quashed, an application refused, nor a rule that says when to refuse.
    expect(administrativeResult("撤销一、二审不予受理裁定，指令某区人民法院立案受理。")).toEqual([]);
    expect(administrativeResult("某市中级人民法院裁定不予受理张某甲的再审申请。")).toEqual([]);
    expect(
      civilResult("合同约定了仲裁条款，一方仍向法院起诉的，人民法院裁定不予受理。", false).disposition,
    ).toBe("other");
  });

  it("reads no order to act from a failure the ruling names (未/没有/未能依法履行, 未履行法定职责)", () => {
    expect(administrativeResult("确认被告某镇人民政府未履行法定职责的行为违法。")).toEqual([
      "confirmed_illegal",
    ]);
    expect(administrativeResult("确认被告某县城市管理局没有依法履行查处职责违法。")).toEqual([
      "confirmed_illegal",
    ]);
    expect(administrativeResult("确认被告某区人民政府未能依法履行安置职责违法。")).toEqual([
      "confirmed_illegal",
    ]);
    expect(administrativeResult("确认被告某县人民政府未依法履行法定职责违法。")).toEqual([
      "confirmed_illegal",
    ]);
    // An order still is one.
    expect(administrativeResult("判决被告某镇人民政府履行法定职责。")).toEqual(["ordered"]);
    // A limit (限缩, 限制) is no deadline to act; 限其…日内 is.
    expect(administrativeResult("判决撤销被告的答复意见。被告的做法限缩了给付范围，应予纠正。")).toEqual([
      "revoked",
    ]);
    expect(administrativeResult("限被告某区人民政府于三十日内作出补偿决定。")).toEqual(["ordered"]);
  });
});

describe("appealResult: a case sent back to be docketed or heard", () => {
  it("reads a refusal quashed and the court below told to docket or hear the suit as sent back (民诉法解释 §330, 行诉法解释 §109)", () => {
    expect(appealResult("撤销一、二审不予受理裁定，指令某区人民法院立案受理。")).toBe("remanded");
    expect(
      appealResult("一、撤销某市中级人民法院（2019）甲01民初3号民事裁定；二、本案指令某市中级人民法院审理。"),
    ).toBe("remanded");
    // A retrial ordered is no case sent back.
    expect(appealResult("一、撤销某市中级人民法院民事判决；二、指令某省高级人民法院再审本案。")).toBe(
      "amended",
    );
  });
});

describe("civilResult: the rest of a loss refused, a part paid first, a fine's loss", () => {
  it("reads 驳回…其余损失请求 beside an award as partly upheld", () => {
    expect(
      civilResult("一、被告某证券公司赔偿原告张某甲损失6500元；二、驳回原告张某甲其余损失请求。", false)
        .disposition,
    ).toBe("partly_upheld");
    expect(
      civilResult("一、被告乙赔偿原告甲医疗费3000元；二、驳回原告甲的其他赔偿请求。", false).disposition,
    ).toBe("partly_upheld");
  });

  it("counts a part paid first and the rest later once, as the sum it is part of", () => {
    expect(
      civilResult("乙补偿甲房款5000元。乙应在本判决生效后三个月内先付2000元，余款在半年内付清。", false)
        .totalAwarded,
    ).toBe(5000);
    // Without a sum before it, the parts are the award.
    expect(civilResult("乙先付甲2000元，余款3000元在半年内付清。", false).totalAwarded).toBe(5000);
  });

  it("keeps an award of a fine's loss, which is no sanction (民法通则 1986 §134 ¶3)", () => {
    expect(civilResult("对原告被扣罚款的损失3200元，由被告某运输公司赔偿。", false).totalAwarded).toBe(3200);
    // A fine the court imposes is none.
    expect(civilResult("对被告某某公司罚款10000元。", false).totalAwarded).toBeUndefined();
  });
});

describe("administrativeResult: an act confirmed void at length, a duty ordered by a deadline, a remedy ordered", () => {
  it("reads 确认…无效 and 确认…违法 however long the act confirmed is named (行政诉讼法 2017 §74–§75)", () => {
    expect(
      administrativeResult(
        "一、撤销某市中级人民法院（2020）某01行初9号行政判决；二、确认被上诉人某县人民政府授权被上诉人某县住房和城乡建设局于2016年3月8日与原审第三人某某环境能源有限公司签订的《某县城区污水集中处理及管网建设运营项目特许经营协议》无效；三、自本判决生效之日起，被上诉人某县人民政府依法采取补救措施，保障相关公共服务的持续提供。",
      ),
    ).toEqual(["confirmed_void", "remedy"]);
    expect(
      administrativeResult(
        "确认被上诉人某市人民政府作出某政发〔2016〕12号《关于调整某市城区供热经营区域的通知》收回上诉人某某热力有限公司供热区域的授权程序违法，但不撤销该授权行为。",
      ),
    ).toEqual(["confirmed_illegal"]);
  });

  it("reads an order to perform a duty named at length within months as ordered (§72), not a failure named", () => {
    expect(
      administrativeResult(
        "被告某市市场监督管理局应于本判决生效之日起两个月内，履行对某电视台某频道某日播出的节目是否属于违法广告依法查处的法定职责，查处结果书面告知王某。",
      ),
    ).toEqual(["ordered"]);
    expect(
      administrativeResult("确认被告某区人民政府未履行对原告李某某的投诉进行调查处理的法定职责的行为违法。"),
    ).toEqual(["confirmed_illegal"]);
  });

  it("reads an order to remedy beside a confirmation (§76), not a remedy the defendant failed to take", () => {
    expect(
      administrativeResult(
        "一、确认被告某镇人民政府设立垃圾场的行为违法；二、责令被告某镇人民政府对该垃圾场采取补救措施。",
      ),
    ).toEqual(["confirmed_illegal", "remedy"]);
    expect(administrativeResult("确认被告某镇人民政府未采取补救措施的行为违法。")).toEqual([
      "confirmed_illegal",
    ]);
  });
});

describe("amounts written in yuan, 角 and 分 (公报 FYGB0822, FYGB0843)", () => {
  it("adds the 角 and 分 after 元, and reads 零 before 十 as an empty place", () => {
    const civil = civilResult(
      "一、乙公司偿付甲厂违约金六万一千元；二、乙公司支付甲厂赔偿金三十二万四千零十五元八角七分；三、乙公司归还甲厂欠款九千三百一十二元二角及利息一千零八元零五分。",
      false,
    );
    expect(civil.amounts).toEqual([61000, 324015.87, 9312.2, 1008.05]);
    expect(civil.totalAwarded).toBe(395336.12);
    expect(parseChineseInt("一万九千零十五")).toBe(19015);
    expect(parseChineseInt("一百零五")).toBe(105);
  });

  it("reads a Chinese digit alone before 元 as money only when written as money", () => {
    // A person's name, a place's, a term: no sums.
    expect(findAmounts("经理赵三元回到公司；行至三元桥；城乡二元结构；“一元购”模式")).toEqual([]);
    expect(findAmounts("每斤一元五角九分，另付两元钱，罚款人民币五元")).toEqual([1.59, 2, 5]);
    expect(findAmounts("赔偿十元；赔偿3元")).toEqual([10, 3]);
  });
});

describe("civilResult: shares of a sum told after it are parts of it (公报 FYGB0843)", () => {
  it("counts a sum once, not again with the shares each party gets", () => {
    const civil = civilResult(
      "一、变更原审判决第一项为：科技进步奖奖金五千元，原告甲某得二千元，被告某研究所得一千八百元，第三人乙某得一千二百元；二、变更原审判决第二项为：从技术转让净收入中提取奖励费一万元，其中甲某、乙某各得四千元，丙某得二千元。",
      false,
    );
    expect(civil.totalAwarded).toBe(15000);
  });

  it("keeps sums named with 得 that are no shares of the sum before them", () => {
    // More than the sum before: another award. Proceeds (违法所得) and a loss (可得利益) are no shares.
    expect(civilResult("一、乙支付甲货款1000元，丙得补偿款2000元。", false).totalAwarded).toBe(3000);
    expect(civilResult("一、乙赔偿甲损失10万元，赔偿可得利益损失5万元。", false).totalAwarded).toBe(150000);
  });
});

describe("appealResult: a retrial's requests refused (民诉法解释 2015 §407 ¶1)", () => {
  it("leaves the judgment as it stands", () => {
    expect(appealResult("驳回了甲公司的再审请求。")).toBe("affirmed");
    expect(appealResult("一、撤销某市中级人民法院的二审判决；二、驳回甲公司的其他再审请求。")).toBe(
      "amended",
    );
  });
});

describe("administrativeResult: acts named otherwise, orders to answer or act again", () => {
  it("revokes a coercive measure and an agency's ruling, not a court's numbered ruling", () => {
    expect(administrativeResult("撤销某盐务局2001年5月21日作出的盐业违法物品扣押行政强制措施。")).toEqual([
      "revoked",
    ]);
    expect(
      administrativeResult("一、撤销某委员会作出的第12号无效宣告请求裁定；二、某委员会重新作出裁定。"),
    ).toEqual(["revoked", "remake"]);
    expect(administrativeResult("撤销（2012）某行初字第2号行政裁定。")).toEqual([]);
  });

  it("reads an order to answer (进行答复) and to decide again (重新裁决, 重新认定)", () => {
    expect(administrativeResult("被告某局于判决生效之日起十日内对原告的政府信息公开申请进行答复。")).toEqual([
      "ordered",
    ]);
    expect(
      administrativeResult(
        "一、撤销某局拆迁裁决书中的第（二）项；二、某局于本判决生效之日起60日内依法重新裁决。",
      ),
    ).toEqual(["revoked", "remake"]);
  });
});
