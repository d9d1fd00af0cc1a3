import { describe, expect, it } from "vitest";
import { canonicalCharge } from "./charges.ts";
import { formatChineseInt, parseChineseDate, parseChineseInt, parseTermMonths } from "./numerals.ts";
import { courtLevelOf, parseJudgment } from "./parse.ts";

const FLAT =
  "江西省南昌市青山湖区人民法院 刑事判决书 （2018）赣0111刑初182号 公诉机关南昌市青山湖区人民检察院。 被告人郑远航，男，1979年4月3日出生。 辩护人许立禾，江西某某律师事务所律师。 南昌市青山湖区人民检察院以湖检刑诉（2018）597号起诉书指控被告人郑远航犯交通肇事罪，于2018年8月9日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。 经审理查明，2017年12月2日，被告人郑远航驾驶货车与被害人孟某驾驶的电动车相撞，致孟某重伤二级。 本院认为，被告人郑远航违反交通运输管理法规，因而发生重大事故，已构成交通肇事罪。依照《中华人民共和国刑法》第一百三十三条、第六十七条第一款之规定，判决如下： 被告人郑远航犯交通肇事罪，判处有期徒刑一年三个月，缓刑二年，并处罚金人民币三千元。 如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判长彭航宇 人民陪审员张辰江 二〇一八年九月十八日 书记员刘远";

describe("parseJudgment", () => {
  it("reads a flattened criminal judgment", () => {
    const r = parseJudgment(FLAT, { source: "test", sourceId: "1" });
    // The judgment's identity, not its source's: another source brings the same id.
    expect(r.id).toBe(parseJudgment(FLAT, { source: "files", sourceId: "a.txt" }).id);
    expect(r).toMatchObject({
      court: "江西省南昌市青山湖区人民法院",
      courtLevel: "基层",
      province: "江西省",
      documentType: "判决书",
      category: "刑事",
      procedure: "一审",
      decisionDate: "2018-09-18",
      charges: ["交通肇事罪"],
      warnings: [],
    });
    expect(r.caseNumber?.raw).toBe("（2018）赣0111刑初182号");
    expect(r.sections.facts).toMatch(/^经审理查明/);
    expect(r.sections.reasoning).toMatch(/^本院认为/);
    expect(r.sections.legalBasis).toMatch(/^依照.*判决如下：$/);
    expect(r.sections.disposition).toMatch(/^被告人郑远航犯交通肇事罪/);
    expect(r.outcome.criminal).toEqual([
      {
        defendant: "郑远航",
        charges: ["交通肇事罪"],
        penalty: "有期徒刑",
        months: 15,
        probationMonths: 24,
        fine: 3000,
      },
    ]);
    expect(r.parties).toContainEqual({ name: "郑远航", role: "被告人", kind: "person" });
    expect(r.judges.map((j) => j.role)).toEqual(["审判长", "人民陪审员", "书记员"]);
    expect(r.statutes.map((s) => s.article)).toEqual([133, 67]);
    expect(r.priorCaseNumbers).toEqual([]);
  });

  it("reads the Criminal Law a judgment decided before 1997-10-01 cites as the 1979 law (刑法 §452)", () => {
    const old = parseJudgment(FLAT.replace("二〇一八年九月十八日", "一九九五年九月十八日"));
    expect(old.decisionDate).toBe("1995-09-18");
    expect(old.statutes.map((s) => `${s.law}#${s.article}`)).toEqual([
      "中华人民共和国刑法（1979年）#133",
      "中华人民共和国刑法（1979年）#67",
    ]);
  });

  it("reads a signing date whose zero is written ○, 0, O or Ο (（2019）京0106刑初206号: 二○一九年十一月一日)", () => {
    // 224 LeCaRD judgments had no date for it: 136 write ○ (U+25CB), 80 an Arabic 0, 5 a Greek Ο.
    for (const [written, iso] of [
      ["二○一九年十一月一日", "2019-11-01"],
      ["二0一五年七月八日", "2015-07-08"],
      ["二Ο一八年九月十八日", "2018-09-18"],
      ["二O一三年四月二十二日", "2013-04-22"],
      ["二○一九年元月十九日", "2019-01-19"],
    ]) {
      const text = FLAT.replace("二〇一八年九月十八日", written as string);
      expect(parseJudgment(text).decisionDate, written).toBe(iso);
      // Also when the footer is not recognised and the last date in the text is read.
      expect(parseJudgment(text.replace(/审判长.*$/, `${written} 书记员刘远`)).decisionDate, written).toBe(
        iso,
      );
    }
  });

  it("gives each of several defendants the grounds the judgment states of them (自首, 从犯, 累犯)", () => {
    const joint =
      "浙江省杭州市西湖区人民法院 刑事判决书 （2019）浙0106刑初101号 公诉机关杭州市西湖区人民检察院。 被告人王大海，男，1980年1月1日出生。 被告人刘小江，男，1985年2月2日出生。 " +
      "杭州市西湖区人民检察院指控被告人王大海、刘小江犯盗窃罪，于2019年3月1日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。 " +
      // The indictment's view of the roles is not the court's finding.
      "公诉机关指控，被告人王大海、刘小江结伙入户盗窃。在共同犯罪中，王大海起次要作用，系从犯。 " +
      "经审理查明，2018年10月5日，被告人王大海纠集刘小江入户盗窃，窃得现金人民币二万元。刘小江于次日主动到公安机关投案。 " +
      "本院认为，被告人王大海、刘小江入户盗窃，数额巨大，其行为均已构成盗窃罪。王大海起主要作用，系主犯，且系累犯，应当从重处罚；刘小江起次要作用，系从犯，且有自首情节，依法减轻处罚。" +
      "依照《中华人民共和国刑法》第二百六十四条、第二十五条、第二十六条、第二十七条、第六十五条、第六十七条之规定，判决如下： " +
      "一、被告人王大海犯盗窃罪，判处有期徒刑四年，并处罚金人民币二万元。 二、被告人刘小江犯盗窃罪，判处有期徒刑一年，并处罚金人民币五千元。 " +
      "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判长李明 二〇一九年五月六日 书记员张辰";
    const r = parseJudgment(joint, { source: "test", sourceId: "2" });
    expect(r.outcome.criminal?.map((s) => [s.defendant, s.months, s.grounds])).toEqual([
      // A recidivist has a prior sentence (刑法 §65): 前科 with 累犯.
      ["王大海", 48, ["累犯", "前科", "主犯"]],
      ["刘小江", 12, ["自首", "从犯"]],
    ]);
  });

  it("gives a defendant the prior the parties' header states of them alone", () => {
    const joint =
      "某省某县人民法院 刑事判决书 （2019）某0101刑初9号 公诉机关某县人民检察院。 被告人王大海，男，1980年1月1日出生。2011年4月因犯抢夺罪被某县人民法院判处有期徒刑八个月。因涉嫌犯盗窃罪于2018年10月6日被刑事拘留。 被告人刘小江，男，1985年2月2日出生。因涉嫌犯盗窃罪于2018年10月6日被刑事拘留。 " +
      "某县人民检察院指控被告人王大海、刘小江犯盗窃罪，于2019年3月1日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。 " +
      "经审理查明，2018年10月5日，被告人王大海、刘小江结伙盗窃他人财物。 本院认为，被告人王大海、刘小江的行为均已构成盗窃罪。刘小江到案后如实供述，系坦白。" +
      "依照《中华人民共和国刑法》第二百六十四条、第六十七条之规定，判决如下： 一、被告人王大海犯盗窃罪，判处有期徒刑一年。 二、被告人刘小江犯盗窃罪，判处有期徒刑八个月。 " +
      "如不服本判决，可在接到判决书的第二日起十日内提出上诉。 审判长李明 二〇一九年五月六日 书记员张辰";
    const r = parseJudgment(joint, { source: "test", sourceId: "6" });
    expect(r.outcome.criminal?.map((s) => [s.defendant, s.grounds])).toEqual([
      ["王大海", ["前科"]],
      ["刘小江", ["坦白"]],
    ]);
  });

  it("gives an administrative judgment whose history names the act sued the catalogue's cause of it", () => {
    const text =
      "甲省乙市中级人民法院 行政判决书 （2021）甲01行终88号 上诉人（原审原告）张某甲，男，1970年1月1日出生。 被上诉人（原审被告）乙市人民政府。 " +
      "上诉人张某甲因诉被上诉人乙市人民政府房屋征收补偿决定一案，不服乙市丙区人民法院（2020）甲0102行初5号行政判决，向本院提起上诉。本院依法组成合议庭审理了本案。 " +
      "本院认为，被诉补偿决定认定事实清楚。 依照《中华人民共和国行政诉讼法》第八十九条第一款第一项之规定，判决如下： 驳回上诉，维持原判。 本判决为终审判决。 审判长李明 二〇二一年五月六日 书记员张辰";
    const r = parseJudgment(text, { source: "test", sourceId: "5" });
    expect(r.category).toBe("行政");
    expect(r.causes).toEqual(["行政补偿"]);
  });

  it("reads a criminal judgment whose number has another kind's code as criminal (LeCaRD 15428, 43509)", () => {
    const text =
      "甲省乙县人民法院 刑事判决书 （2019）甲0123民初45号 公诉机关甲省乙县人民检察院。 被告人王某甲，男，1980年1月1日出生。 " +
      "乙县人民检察院以乙检刑诉〔2019〕10号起诉书指控被告人王某甲犯危险驾驶罪，向本院提起公诉。 经审理查明：被告人王某甲醉酒驾驶机动车。 " +
      "本院认为，被告人王某甲的行为已构成危险驾驶罪。 依照《中华人民共和国刑法》第一百三十三条之一之规定，判决如下： 被告人王某甲犯危险驾驶罪，判处拘役二个月，并处罚金人民币五千元。 " +
      "审判员李某 二〇一九年四月一日 书记员赵某";
    const r = parseJudgment(text, { source: "test", sourceId: "6", title: "王某甲危险驾驶一审刑事判决书" });
    expect(r.category).toBe("刑事");
    expect(r.charges).toEqual(["危险驾驶罪"]);
    expect(r.outcome.criminal?.map((s) => [s.defendant, s.penalty, s.months])).toEqual([
      ["王某甲", "拘役", 2],
    ]);
    expect(r.title).toBe("王某甲危险驾驶一审刑事判决书");
    // A civil number on a civil judgment stays civil, whatever a header's typo says.
    const civil = parseJudgment(
      "甲省乙县人民法院 刑事判决书 （2019）甲0123民初46号 原告张某甲，男。 被告李某乙，男。 原告张某甲与被告李某乙民间借贷纠纷一案，本院受理后依法审理。 判决如下： 被告李某乙偿还原告张某甲借款一万元。",
    );
    expect(civil.category).toBe("民事");
  });

  it("takes a source's title naming another kind of judgment than the text for none of its own (LeCaRD 4844, 18759)", () => {
    const text =
      "甲省乙市中级人民法院 民事判决书 （2017）甲01民初27号 原告：某某贸易有限公司。 被告：某某焦化有限公司。 " +
      "原告某某贸易有限公司诉被告某某焦化有限公司买卖合同纠纷一案，本院于2017年3月1日立案后，依法组成合议庭，公开开庭进行了审理。本案现已审理终结。 原告诉称：被告欠付货款。 本院认为，双方买卖合同合法有效。 判决如下： 被告某某焦化有限公司支付原告货款十万元。 " +
      "审判长李某 二〇一七年六月一日 书记员赵某";
    const r = parseJudgment(text, { source: "test", sourceId: "7", title: "钱某某猥亵儿童罪二审刑事判决书" });
    expect(r.category).toBe("民事");
    expect(r.title).toBe("甲省乙市中级人民法院民事判决书");
    expect(r.warnings).toContain("title_contradicts_text: 钱某某猥亵儿童罪二审刑事判决书");
    expect(r.causes).toEqual(["买卖合同纠纷"]);
    // The text opening with that title too: not its own either.
    const opened = parseJudgment(`钱某某猥亵儿童罪二审刑事判决书 ${text}`, { source: "test", sourceId: "8" });
    expect(opened.title).toBe("甲省乙市中级人民法院民事判决书");
    // A title naming the text's own kind, or none, is kept.
    expect(
      parseJudgment(text, { title: "某某贸易有限公司、某某焦化有限公司买卖合同纠纷一审民事判决书" }).title,
    ).toBe("某某贸易有限公司、某某焦化有限公司买卖合同纠纷一审民事判决书");
    expect(
      parseJudgment(text, { title: "某某贸易有限公司诉某某焦化有限公司一案" }).warnings,
    ).not.toContainEqual(expect.stringMatching(/^title_contradicts_text/));
  });

  it("gives no defendant the grounds of an accused the judgment does not sentence", () => {
    const appeal =
      "某省某市中级人民法院 刑事判决书 （2019）某01刑终1号 原公诉机关某市某区人民检察院。 上诉人（原审被告人）王大海，男，1980年1月1日出生。 上诉人（原审被告人）刘小江，男，1985年2月2日出生。 原审被告人陈立新，男，1990年3月3日出生。 " +
      "某区人民法院审理某区人民检察院指控原审被告人王大海、刘小江、陈立新犯诈骗罪一案，作出刑事判决。宣判后，王大海、刘小江不服，提出上诉。本院依法组成合议庭审理了本案。现已审理终结。 " +
      "经审理查明，王大海、刘小江、陈立新共同诈骗他人财物。 本院认为，上诉人王大海、刘小江的行为均已构成诈骗罪。上诉人刘小江到案后如实供述，系坦白。原审被告人陈立新主动投案，系自首。" +
      "依照《中华人民共和国刑法》第二百六十六条、第六十七条之规定，判决如下： 一、上诉人王大海犯诈骗罪，判处有期徒刑三年。 二、上诉人刘小江犯诈骗罪，判处有期徒刑二年。 " +
      "本判决为终审判决。 审判长李明 二〇一九年五月六日 书记员张辰";
    const r = parseJudgment(appeal, { source: "test", sourceId: "3" });
    expect(r.outcome.criminal?.map((s) => [s.defendant, s.grounds])).toEqual([
      ["王大海", []],
      ["刘小江", ["坦白"]],
    ]);
  });

  it("gives one sentenced defendant their own grounds where the judgment names accused it does not sentence", () => {
    const appeal =
      "某省某市中级人民法院 刑事判决书 （2019）某01刑终2号 原公诉机关某市某区人民检察院。 上诉人（原审被告人）王大海，男，1980年1月1日出生。 原审被告人陈立新，男，1990年3月3日出生。 " +
      "某区人民法院审理某区人民检察院指控原审被告人王大海、陈立新犯诈骗罪一案，作出刑事判决。宣判后，王大海不服，提出上诉。本院依法组成合议庭审理了本案。现已审理终结。 " +
      "经审理查明，王大海、陈立新共同诈骗他人财物。 本院认为，上诉人王大海的行为已构成诈骗罪，其到案后如实供述，系坦白。原审被告人陈立新主动投案，系自首，且系累犯。" +
      "依照《中华人民共和国刑法》第二百六十六条、第六十七条之规定，判决如下： 一、上诉人王大海犯诈骗罪，判处有期徒刑三年。 " +
      "本判决为终审判决。 审判长李明 二〇一九年五月六日 书记员张辰";
    const r = parseJudgment(appeal, { source: "test", sourceId: "4" });
    expect(r.outcome.criminal?.map((s) => [s.defendant, s.grounds])).toEqual([["王大海", ["坦白"]]]);
    // One defendant alone: the judgment's tags are theirs, and no grounds are set apart.
    const alone = parseJudgment(
      appeal.replace(" 原审被告人陈立新，男，1990年3月3日出生。", "").replace(/原审被告人陈立新/g, "其妻"),
      {
        source: "test",
        sourceId: "5",
      },
    );
    expect(alone.outcome.criminal?.map((s) => [s.defendant, s.grounds])).toEqual([["王大海", undefined]]);
  });

  it("tells an accused party from a defendant of a like name (原审被告人孙某乙 beside 上诉人孙某甲)", () => {
    const appeal =
      "某省某市中级人民法院 刑事判决书 （2020）某01刑终7号 原公诉机关某市某区人民检察院。 上诉人（原审被告人）孙某甲，男，1981年1月1日出生。 上诉人（原审被告人）周某，男，1983年2月2日出生。 原审被告人孙某乙，男，1979年3月3日出生。 原审被告人周某丙，女，1990年4月4日出生。 " +
      "某区人民法院审理某区人民检察院指控原审被告人孙某甲、周某、孙某乙、周某丙犯诈骗罪一案，作出刑事判决。宣判后，孙某甲、周某不服，提出上诉。本院依法组成合议庭审理了本案。现已审理终结。 " +
      "经审理查明，孙某甲、周某、孙某乙、周某丙共同诈骗他人财物。 本院认为，上诉人孙某甲、周某的行为均已构成诈骗罪。上诉人周某到案后如实供述，系坦白。原审被告人孙某乙主动投案，系自首。原审被告人周某丙系累犯。" +
      "依照《中华人民共和国刑法》第二百六十六条、第六十七条之规定，判决如下： 一、上诉人孙某甲犯诈骗罪，判处有期徒刑三年。 二、上诉人周某犯诈骗罪，判处有期徒刑二年。 " +
      "本判决为终审判决。 审判长李明 二〇二〇年五月六日 书记员张辰";
    const r = parseJudgment(appeal, { source: "test", sourceId: "7" });
    expect(r.outcome.criminal?.map((s) => [s.defendant, s.grounds])).toEqual([
      ["孙某甲", []],
      ["周某", ["坦白"]],
    ]);
  });

  it("reads the same judgment with newlines instead of spaces", () => {
    const r = parseJudgment(FLAT.replace(/ /g, "\n"));
    expect(r.sections.facts).toMatch(/^经审理查明/);
    expect(r.outcome.criminal?.[0]?.months).toBe(15);
  });

  it("lets the combined punishment win and reads appeal results", () => {
    const text =
      "某省某市中级人民法院 刑事判决书 （2019）吉01刑终9号 原公诉机关某市某区人民检察院。 上诉人（原审被告人）王某。 某区人民法院审理某区人民检察院指控原审被告人王某犯盗窃罪、诈骗罪一案，于2018年作出（2018）吉0102刑初77号刑事判决。宣判后，原审被告人王某不服，提出上诉。本院依法组成合议庭审理了本案。现已审理终结。 经审理查明，王某盗窃。 经本院审判委员会讨论，本院认为，原判量刑不当。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（二）项之规定，判决如下： 一、撤销原判。 二、上诉人王某犯盗窃罪，判处有期徒刑一年；犯诈骗罪，判处有期徒刑六个月；决定执行有期徒刑一年三个月，并处罚金一万元。 本判决为终审判决。 审判长李某 二〇一九年三月一日 书记员张某";
    const r = parseJudgment(text);
    expect(r.outcome.appeal).toBe("amended");
    expect(r.outcome.criminal?.[0]).toMatchObject({ defendant: "王某", months: 15, fine: 10000 });
    expect(r.charges).toEqual(["盗窃罪", "诈骗罪"]);
    expect(r.priorCaseNumbers).toEqual(["（2018）吉0102刑初77号"]);
    expect(r.committeeDiscussed).toBe(true);
  });

  it("tells instances (history, disposition) from judgments the facts cite (另案, 前科)", () => {
    const text =
      "某省某市某区人民法院 刑事判决书 （2019）吉0102刑初88号 公诉机关某区人民检察院。 被告人李某。 某区人民检察院以某检刑诉（2019）12号起诉书指控被告人李某犯盗窃罪，于2019年1月5日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。 经审理查明，2018年5月，被告人李某伙同王某盗窃电动车一辆。上述事实，有本院（2018）吉0102刑初77号刑事判决书证实同案人王某已被判处有期徒刑一年等证据证实。 本院认为，被告人李某构成盗窃罪。判决如下： 被告人李某犯盗窃罪，判处有期徒刑十个月。 审判长赵某 二〇一九年三月一日 书记员张某";
    const r = parseJudgment(text);
    expect(r.priorCaseNumbers).toEqual([]);
    expect(r.citedCaseNumbers).toEqual(["（2018）吉0102刑初77号"]);
  });

  it("reads an appeal's earlier instances where they run on from the parties' paragraphs", () => {
    const text =
      "某省某市中级人民法院 刑事判决书 （2016）鲁10刑终898号 原公诉机关某县人民检察院。 上诉人（原审被告人）丁某，男，1967年1月17日出生，汉族，住某县。2014年4月23日因涉嫌犯合同诈骗罪被刑事拘留，2016年4月22日被取保候审。 某县人民法院审理某县人民检察院指控原审被告单位某某房地产开发有限公司、原审被告人丁某、王某、邓某犯合同诈骗罪、原审被告人任某犯伪造国家机关印章罪一案，于二○一五年六月二十五日作出（2014）乳刑初字第709号刑事判决，宣判后，丁某提出上诉；本院于二○一五年九月三十日以（2015）威刑二终字第22号刑事裁定，撤销原判，发回重审；某县人民法院重审后，于二○一六年九月九日作出（2014）乳刑重字第399号刑事判决。宣判后，丁某不服，提出上诉。 本院依法组成合议庭，公开开庭审理了本案。现已审理终结。 经审理查明，丁某以虚假房产骗取他人钱款。 本院认为，原判认定事实清楚。裁定如下： 驳回上诉，维持原判。 本裁定为终审裁定。 审判长李某 二〇一七年三月一日 书记员张某";
    const r = parseJudgment(text);
    expect(r.priorCaseNumbers).toEqual([
      "（2014）乳刑初字第709号",
      "（2015）威刑二终字第22号",
      "（2014）乳刑重字第399号",
    ]);
  });

  it("reads a retrial's earlier instances where its history runs on from the parties (检察院指控…一案，…作出)", () => {
    // （2017）浙01刑再1号: the judgment retried had been listed as merely cited (引用裁判).
    const text = [
      "浙江省杭州市中级人民法院",
      "刑事判决书",
      "（2017）浙01刑再1号",
      "抗诉机关：浙江省杭州市某区人民检察院。",
      "原审被告人：周远立，男，1961年3月2日出生。 辩护人高江宇，浙江某某律师事务所律师。 浙江省杭州市某区人民检察院指控原审被告人周远立犯滥用职权罪、受贿罪一案，杭州市某区人民法院于2015年6月18日作出（2014）杭江刑初字第691号刑事判决，判决已经发生法律效力。",
      "2016年7月14日，浙江省杭州市人民检察院向本院提出抗诉。本院作出（2016）浙01刑抗8号再审决定书指令杭州市某区人民法院再审，该院作出（2016）浙0104刑再3号刑事判决。",
      "经审理查明，原审被告人周远立利用其职务上的便利，收受他人财物。",
      "本院认为，原审被告人周远立的行为构成受贿罪。依照《中华人民共和国刑法》第三百八十五条之规定，判决如下：",
      "一、维持杭州市某区人民法院（2016）浙0104刑再3号刑事判决。",
      "本判决为终审判决。",
    ].join("\n");
    const r = parseJudgment(text);
    expect(r.priorCaseNumbers).toContain("（2014）杭江刑初字第691号");
    expect(r.citedCaseNumbers ?? []).not.toContain("（2014）杭江刑初字第691号");
  });

  it("a request to a higher court (刑他) in an appeal's history is cited, not an instance", () => {
    const text =
      "某省某市中级人民法院 刑事判决书 （2019）吉01刑终9号 原公诉机关某市某区人民检察院。 上诉人（原审被告人）王某。 某区人民法院审理某区人民检察院指控原审被告人王某犯盗窃罪一案，经请示本院（2018）吉01刑他3号批复，于2018年作出（2018）吉0102刑初77号刑事判决。宣判后，原审被告人王某不服，提出上诉。本院依法组成合议庭审理了本案。现已审理终结。 经审理查明，王某盗窃。 本院认为，原判正确。裁定如下： 驳回上诉，维持原判。 审判长李某 二〇一九年三月一日 书记员张某";
    const r = parseJudgment(text);
    expect(r.priorCaseNumbers).toEqual(["（2018）吉0102刑初77号"]);
    expect(r.citedCaseNumbers).toEqual(["（2018）吉01刑他3号"]);
  });

  it("a first instance's disposition cites an earlier conviction, not an instance (撤销缓刑)", () => {
    const text =
      "某省某县人民法院 刑事判决书 （2015）某刑初字第88号 公诉机关某县人民检察院。 被告人胡某。 某县人民检察院以某检刑诉（2015）2417号起诉书指控被告人胡某犯盗窃罪，于2015年1月5日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。 经审理查明，2014年10月，被告人胡某在缓刑考验期内盗窃电动车一辆。 本院认为，被告人胡某构成盗窃罪。判决如下： 一、撤销本院（2013）某刑初字第369号刑事判决中对被告人胡某宣告缓刑的部分。 二、被告人胡某犯盗窃罪，判处有期徒刑十个月，与前罪判处的有期徒刑一年并罚，决定执行有期徒刑一年八个月。 审判长赵某 二〇一五年三月一日 书记员张某";
    const r = parseJudgment(text);
    expect(r.priorCaseNumbers).toEqual([]);
    expect(r.citedCaseNumbers).toEqual(["（2013）某刑初字第369号"]);
  });

  it("takes no judgment an appeal quotes as evidence or a defendant's earlier conviction for an instance (LeCaRD 40441)", () => {
    const appeal = (claims: string, disposition: string) =>
      [
        "某省某市中级人民法院",
        "刑事判决书",
        "（2019）吉01刑终21号",
        "原公诉机关某市某区人民检察院。",
        "上诉人（原审被告人）孙某，男，1985年6月1日出生。",
        "某区人民法院审理某区人民检察院指控原审被告人孙某犯盗窃罪一案，于2019年2月3日作出（2018）吉0102刑初95号刑事判决。宣判后，原审被告人孙某不服，提出上诉。本院依法组成合议庭审理了本案。现已审理终结。",
        `原判认定，2018年6月，被告人孙某入户窃得手机两部。${claims}`,
        "上诉人孙某提出其系初犯，请求从轻处罚。",
        "经审理查明的事实与原判相同。",
        "本院认为，上诉人孙某的行为构成盗窃罪。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（二）项之规定，判决如下：",
        disposition,
        "本判决为终审判决。",
        "审判长钱某 二〇一九年五月六日 书记员周某",
      ].join("\n");
    // The evidence the appeal quotes names the defendant's earlier judgment and his release.
    const evidence = parseJudgment(
      appeal(
        "上述事实，有被害人陈述、扣押清单，以及某市某县人民法院（2012）某刑初字第31号刑事判决书、刑满释放证明书等证据证实。",
        "一、撤销某区人民法院（2018）吉0102刑初95号刑事判决；二、上诉人孙某犯盗窃罪，判处有期徒刑一年。",
      ),
    );
    expect(evidence.priorCaseNumbers).toEqual(["（2018）吉0102刑初95号"]);
    expect(evidence.citedCaseNumbers).toEqual(["（2012）某刑初字第31号"]);
    // An earlier conviction told as such, and the probation of another judgment the appeal revokes.
    const conviction = parseJudgment(
      appeal(
        "孙某曾因犯盗窃罪于2012年被某市某县人民法院以（2012）某刑初字第31号刑事判决判处有期徒刑一年。",
        "一、维持某区人民法院（2018）吉0102刑初95号刑事判决的定罪部分；二、撤销某市某县人民法院（2017）某刑初字第7号刑事判决对上诉人孙某宣告缓刑的部分；三、上诉人孙某犯盗窃罪，判处有期徒刑一年。",
      ),
    );
    expect(conviction.priorCaseNumbers).toEqual(["（2018）吉0102刑初95号"]);
    expect(conviction.citedCaseNumbers).toEqual(["（2012）某刑初字第31号", "（2017）某刑初字第7号"]);
  });

  it("gives an appeal that upholds the judgment below the sentence it upheld, as the appeal quotes it (LeCaRD 21303)", () => {
    const appeal = (history: string, disposition = "驳回上诉，维持原判。") =>
      [
        "某省某市中级人民法院",
        "刑事裁定书",
        "（2018）粤01刑终9号",
        "原公诉机关某区人民检察院。",
        "上诉人（原审被告人）黄某，男，1980年出生。",
        `${history}本院依法组成合议庭审理了本案，现已审理终结。`,
        "经审理查明，黄某在其经营的茶庄内组织他人赌博。",
        "本院认为，原判认定事实清楚，量刑适当。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（一）项之规定，裁定如下：",
        disposition,
        "本裁定为终审裁定。",
        "审判长　张某",
      ].join("\n");
    const quoted = parseJudgment(
      appeal(
        "某区人民法院审理某区人民检察院指控原审被告人黄某犯赌博罪一案，于2018年作出（2018）粤0104刑初77号刑事判决，作出如下判决：一、被告人黄某犯赌博罪，判处有期徒刑六个月，并处罚金人民币2000元。二、随案移送的人民币2035元予以没收。宣判后，黄某不服，提起上诉。",
      ),
    );
    expect(quoted.outcome.appeal).toBe("affirmed");
    expect(quoted.outcome.criminal).toEqual([
      { defendant: "黄某", charges: ["赌博罪"], penalty: "有期徒刑", months: 6, fine: 2000 },
    ]);
    // An appeal withdrawn (准许撤回上诉) leaves the judgment below in force: its sentence.
    const withdrawn = parseJudgment(
      appeal(
        "某区人民法院审理某区人民检察院指控原审被告人黄某犯赌博罪一案，于2018年作出（2018）粤0104刑初77号刑事判决，作出如下判决：被告人黄某犯赌博罪，判处有期徒刑六个月。宣判后，黄某不服，提起上诉，后申请撤回上诉。",
        "准许上诉人黄某撤回上诉。",
      ),
    );
    expect(withdrawn.outcome.appeal).toBe("withdrawn");
    expect(withdrawn.outcome.criminal).toEqual([
      { defendant: "黄某", charges: ["赌博罪"], penalty: "有期徒刑", months: 6 },
    ]);
    // 原判…以X罪判处被告人Y… (LeCaRD 40507).
    const byCrime = parseJudgment(
      appeal(
        "某区人民法院审理某区人民检察院指控原审被告人黄某犯赌博罪一案，于2018年作出（2018）粤0104刑初77号刑事判决。原判依照《中华人民共和国刑法》第三百零三条的规定，以赌博罪，判处被告人黄某有期徒刑一年。宣判后，黄某不服，提起上诉。",
      ),
    );
    expect(byCrime.outcome.criminal).toMatchObject([
      { defendant: "黄某", charges: ["赌博罪"], penalty: "有期徒刑", months: 12 },
    ]);
    // An appeal that changes the sentence pronounces its own; one quoting nothing gets none.
    expect(
      parseJudgment(appeal("黄某不服某区人民法院的刑事判决，提起上诉。")).outcome.criminal,
    ).toBeUndefined();
  });

  it("an earlier judgment's 判决如下 quoted in the history is not this court's disposition", () => {
    const text = [
      "山东省某市中级人民法院",
      "刑事判决书",
      "（2017）鲁13刑再6号",
      "原公诉机关某县人民检察院。",
      "上诉人（原审被告人）李某，男，1960年出生。",
      "某县人民检察院指控原审被告人李某犯挪用资金罪一案，某县人民法院作出（2014）沂南刑初字第359号刑事判决。该判决生效后，某县人民法院决定再审，再审判决如下：一、撤销本院（2014）沂南刑初字第359号刑事判决；二、原审被告人李某犯挪用资金罪，判处有期徒刑十个月，缓刑一年。李某不服，提起上诉。本院依法组成合议庭审理了本案，现已审理终结。",
      "经审理查明，2011年李某利用担任村委会主任的便利，挪用村集体资金21万元用于归还个人借款。",
      "综上所述，本院认为，上诉人李某的行为已构成挪用资金罪，但犯罪情节轻微。依照《中华人民共和国刑法》第二百七十二条第一款、第三十七条之规定，判决如下：",
      "一、维持某县人民法院（2017）鲁1321刑再3号刑事判决对李某的定罪部分；二、撤销该判决对李某的量刑部分；三、上诉人李某犯挪用资金罪，免予刑事处罚。",
      "本判决为终审判决。",
      "审判长　张某",
    ].join("\n");
    const r = parseJudgment(text);
    expect(r.sections.disposition).toMatch(/^一、维持/);
    expect(r.sections.reasoning).toMatch(/本院认为，上诉人李某/);
    expect(r.outcome.criminal?.[0]).toMatchObject({ defendant: "李某", penalty: "免予刑事处罚" });
  });

  it("reads the disposition past a fine due from the judgment's effect (罚金于本判决发生法律效力之日起…)", () => {
    // The 滥伐林木 judgment of a unit and its manager: cut at the fine's due date, the manager's
    // sentence had been lost.
    const text = [
      "某县人民法院",
      "刑事判决书",
      "（2018）豫1224刑初88号",
      "公诉机关某县人民检察院。",
      "被告单位某林业有限公司。被告人张某某，男，1970年出生。",
      "经审理查明，2017年3月，被告人张某某以被告单位名义雇人砍伐林木，立木蓄积42立方米。",
      "本院认为，被告单位及被告人张某某的行为均已构成滥伐林木罪。依照《中华人民共和国刑法》第三百四十五条第二款之规定，判决如下：",
      "一、被告单位某林业有限公司犯滥伐林木罪，判处罚金20000元；（罚金限于本判决发生法律效力之日起十日内缴纳）。二、被告人张某某犯滥伐林木罪，判处有期徒刑八个月，宣告缓刑一年，并处罚金2000元。（被告人应当自本判决发生法律效力之日起十日内到司法局报到。）",
      "如不服本判决，可在接到判决书的第二日起十日内提出上诉。",
      "审判长　王某",
    ].join("\n");
    const r = parseJudgment(text);
    expect(r.sections.disposition).toMatch(/二、被告人张某某犯滥伐林木罪/);
    expect(r.sections.appealNotice).toMatch(/^如不服本判决/);
    expect(r.outcome.criminal?.map((c) => c.defendant)).toContain("张某某");
  });

  it("tells a judgment its court's judicial committee decided, however it says so", () => {
    const decided = (sentence: string) =>
      parseJudgment(
        `某县人民法院\n刑事判决书\n（2017）新4027刑初63号\n${sentence}判决如下：\n被告人甲犯盗窃罪，判处拘役三个月。`,
      ).committeeDiscussed;
    expect(decided("经本院审判委员会决定，")).toBe(true);
    expect(decided("经本院审判委员会第17次会议讨论决定，")).toBe(true);
    expect(decided("本案经合议庭评议，审判委员会进行了讨论并作出决定。")).toBe(true);
    expect(decided("本案经合议庭评议，")).toBeUndefined();
  });

  it("never throws on malformed input", () => {
    for (const bad of ["", "判决如下：", "（2018", "本院认为".repeat(1000), undefined as unknown as string]) {
      const r = parseJudgment(bad);
      expect(Array.isArray(r.warnings)).toBe(true);
    }
  });
});

describe("numerals and charges", () => {
  it("writes article numbers as laws do", () => {
    expect([264, 104, 110, 17, 10, 200, 1260, 1001, 133].map(formatChineseInt)).toEqual([
      "二百六十四",
      "一百零四",
      "一百一十",
      "十七",
      "十",
      "二百",
      "一千二百六十",
      "一千零一",
      "一百三十三",
    ]);
    for (const n of [1, 9, 11, 99, 101, 999, 5000]) expect(parseChineseInt(formatChineseInt(n))).toBe(n);
  });

  it("converts dates and terms", () => {
    expect(parseChineseDate("二〇一八年九月十八日")).toBe("2018-09-18");
    expect(parseChineseDate("二○一九年十一月一日")).toBe("2019-11-01");
    // A day the calendar lacks is no date (the engine refuses it).
    expect(parseChineseDate("2013年11月31日")).toBeUndefined();
    expect(parseChineseDate("2019年2月29日")).toBeUndefined();
    expect(parseChineseDate("2020年2月29日")).toBe("2020-02-29");
    expect(parseChineseDate("二◯二〇年一月二日")).toBe("2020-01-02");
    // A Cyrillic small о, as the normaliser reads it in a year (src/text/normalize.ts ZERO_CHARS).
    expect(parseChineseDate("二о一九年三月五日")).toBe("2019-03-05");
    expect(parseChineseDate("二０一七年八月三十日")).toBe("2017-08-30");
    expect(parseChineseDate("二○一九年元月十九日")).toBe("2019-01-19");
    expect(parseTermMonths("一年五个月")).toBe(17);
    expect(parseTermMonths("三年零十个月")).toBe(46);
    expect(parseTermMonths("七个月")).toBe(7);
    // 又 and 零 join the parts; 零 is no digit of the days (十七日 had been read as 七日).
    expect(parseTermMonths("四年又六个月")).toBe(54);
    expect(parseTermMonths("一年又十一个月")).toBe(23);
    expect(parseTermMonths("一年十一个月零十七日")).toBe(23.6);
  });

  it("maps written charges to the list", () => {
    expect(canonicalCharge("贩卖毒品罪")).toBe("走私、贩卖、运输、制造毒品罪");
    expect(canonicalCharge("掩饰、隐瞒犯罪所得罪")).toBe("掩饰、隐瞒犯罪所得、犯罪所得收益罪");
    expect(canonicalCharge("强奸（未遂）罪")).toBe("强奸罪");
    expect(canonicalCharge("有毒品罪")).toBeUndefined();
  });
});

describe("courtLevelOf", () => {
  it("reads the SPC under the state's name and the forest regions' intermediate courts", () => {
    expect(courtLevelOf("中华人民共和国最高人民法院")).toBe("最高");
    expect(courtLevelOf("林区中级法院")).toBe("中级");
    expect(courtLevelOf("北京铁路运输中级法院")).toBe("专门");
    expect(courtLevelOf("上海市浦东新区人民法院")).toBe("基层");
  });

  it("reads a high court's shortened name (重庆市高级法院) as a high court's", () => {
    expect(courtLevelOf("重庆市高级法院")).toBe("高级");
    expect(courtLevelOf("江苏省高级人民法院")).toBe("高级");
  });
});
