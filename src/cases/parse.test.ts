import { describe, expect, it } from "vitest";
import { findCauses } from "../judgment/causes.ts";
import { toJudgmentDocument } from "../search/documents.ts";
import {
  parseAuthoritativeCase,
  prosecutorsCaseCategory,
  reasoningInForce,
  reprintRulingCourt,
  sentencedDefendants,
  suitCategory,
  titleParties,
  writeUpAdministrativeOutcome,
  writeUpCivilOutcome,
} from "./parse.ts";

// Modelled on write-ups in ../shared (人民司法 rmsf0851, rmsf0051, rmsf0003; 指导性案例 162,
// 205; 公报案例 FYGB0006, FYGB0162; 刑事审判参考), every personal name replaced by an invented
// one; the fixtures from 指导案例189号 and 208号 on are invented text in those cases' form. 人民司法 runs
// paragraphs together with "　　".

/** 人民司法: 【评析】 follows the last paragraph of 【审判】 on its line; a footnote cites another case. */
const INSIDER = [
  "# 【201408035】内幕信息在复牌后尚未兑现时非法获利的计算 文/罗航江",
  "文/罗航江（二审承办法官）",
  "【裁判要旨】",
  "利好消息在股票复牌后已经兑现的，内幕交易的违法所得按卖出后实际得到的收益计算。",
  "□案号一审：（2013）沪一中刑初字第80号二审：（2013）沪高刑终字第74号",
  "【案情】",
  "2012年2月3日下午，被告人王禾川向被告人徐森立透露了某某电池公司股票即将停牌的消息。",
  "【审判】",
  "上海市第一中级人民法院以内幕交易罪判处被告人徐森立有期徒刑3年6个月，并处罚金人民币200万元。",
  "一审宣判后，被告人徐森立提出上诉。",
  "上海高院裁定：驳回上诉，维持原判。 　　【评析】",
  "对于利好消息复牌后兑现而行为人有意低价卖出股票的，以卖出当日的账面收益计算违法所得，参见杨某内幕交易案。①杨某自2010年5月起任某某电力公司独立董事。",
  "（作者单位：上海市高级人民法院）",
  "①上海市第一中级人民法院（2012）沪一中刑初字第833号；上海市高级人民法院（2013）沪高刑终字第82号。",
].join("\n");

describe("parseAuthoritativeCase: notes and footnotes", () => {
  it("keeps a footnote's case numbers out of the disposition and the earlier instances", () => {
    const r = parseAuthoritativeCase(INSIDER, "people-judicature");
    // The title without 人民司法's issue code and byline.
    expect(r.title).toBe("内幕信息在复牌后尚未兑现时非法获利的计算");
    expect(r.caseNumber?.raw).toBe("（2013）沪高刑终字第74号");
    expect(r.procedure).toBe("二审");
    expect(r.priorCaseNumbers).toEqual(["（2013）沪一中刑初字第80号"]);
    expect(r.citedCaseNumbers).toEqual(["（2012）沪一中刑初字第833号", "（2013）沪高刑终字第82号"]);
    expect(r.sections.disposition).toMatch(/驳回上诉，维持原判。$/);
    expect(r.sections.reasoning).toMatch(/^对于利好消息复牌后兑现/);
    // The enumeration marker inside the commentary stays in it; the footnote goes to the end matter.
    expect(r.sections.reasoning).toContain("①杨某自2010年5月起");
    expect(r.sections.footer).toContain("（2012）沪一中刑初字第833号");
    expect(r.sections.footer).toMatch(/^（作者单位：上海市高级人民法院）/);
  });

  it("does not take a footnote's 参见 number for the write-up's own", () => {
    const text = [
      "# 【202305030】借表见代理之名取得他人财物的应定诈骗罪",
      "文/何峰森；陈宇航；范立宇 　　作者单位：重庆市第二中级人民法院",
      "【裁判要旨】行为人越权以单位名义收取他人钱款据为己有的，成立诈骗罪，不成立职务侵占罪。",
      "□案号　一审：（2020）渝02366刑初643号　二审：（2021）渝02刑终724号",
      "【案情】 　　公诉机关：重庆市奉节县人民检察院。 　　被告人：郭海禾。",
      "【审判】",
      "奉节法院以郭海禾犯诈骗罪，判处有期徒刑5年3个月，并处罚金4万元。宣判后，郭海禾不服，提出上诉。",
      "重庆市第二中级人民法院经审理后裁定驳回上诉，维持原判。 　　【评析】",
      "本案要回答的是职员借助表见代理取得他人钱款应如何定罪。\\[8\\]",
      "作者单位：重庆市第二中级人民法院；重庆市某区人民法院",
      '\\[1\\]张某甲："表见代理与财产犯罪"，载《某某法学》2019年第2期。',
      "\\[8\\]参见（2022）渝02刑终第98号刑事判决书。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "people-judicature");
    expect(r.caseNumber?.raw).toBe("（2021）渝02刑终724号");
    expect(r.priorCaseNumbers).toEqual(["（2020）渝02366刑初643号"]);
    expect(r.citedCaseNumbers).toEqual(["（2022）渝02刑终第98号"]);
    expect(r.sections.facts).toBe("公诉机关：重庆市奉节县人民检察院。\n被告人：郭海禾。");
    expect(r.sections.disposition).toMatch(/驳回上诉，维持原判。$/);
    expect(r.sections.footer).toMatch(/参见（2022）渝02刑终第98号/);
  });

  it("reads the case-number line and the facts that follow it on the same line", () => {
    const text = [
      "# 【202323062】拒不执行判决、裁定罪和非法处置查封、扣押、冻结的财产罪如何区分",
      "【裁判要旨】两罪都妨害司法，区分的关键在于行为指向的是裁判确定的义务还是被司法查封的财产。",
      "□案号　一审：（2022）浙0206刑初171号 　　【案情】",
      "公诉机关：浙江省宁波市某区人民检察院。",
      "法院于2020年11月6日作出（2020）浙0206执5407号执行裁定书，责令被告单位和被告人艾乙付清欠款。",
      "【审判】",
      "区法院判决如下：被告人艾乙犯拒不执行裁定罪，判处有期徒刑1年。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "people-judicature");
    expect(r.caseNumber?.raw).toBe("（2022）浙0206刑初171号");
    expect(r.priorCaseNumbers).toEqual([]);
    expect(r.citedCaseNumbers).toEqual(["（2020）浙0206执5407号"]);
    expect(r.sections.facts).toMatch(/^公诉机关/);
  });
});

describe("parseAuthoritativeCase: earlier instances", () => {
  it("keeps the instances its 裁判结果 tells of (公报案例)", () => {
    const text = [
      "## 某甲图像公司诉某乙公司侵害作品信息网络传播权纠纷案",
      "关键词　民事诉讼/侵害作品信息网络传播权/权属/举证责任",
      "裁判要点",
      "权属有争议时，图片上的水印或权利声明本身不足以证明谁享有著作权。",
      "基本案情",
      "某甲公司以侵害著作权为由起诉。",
      "裁判结果",
      "天津市第三中级人民法院于2019年8月29日作出（2019）津03知民初96号民事判决，判令某乙公司赔偿某甲公司损失及合理开支6500元。某乙公司不服，提出上诉。天津市高级人民法院于2020年6月27日作出（2020）津民终902号民事判决，驳回上诉，维持原判。某乙公司申请再审，最高人民法院裁定提审，并于2021年12月1日作出（2021）最高法民再761号民事判决，撤销一审、二审判决。",
      "裁判理由",
      "最高人民法院认为，单凭水印无法认定某甲公司对涉案图片享有著作权。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-gazette");
    expect(r.caseNumber?.raw).toBe("（2021）最高法民再761号");
    expect(r.priorCaseNumbers).toEqual(["（2019）津03知民初96号", "（2020）津民终902号"]);
    expect(r.citedCaseNumbers).toBeUndefined();
  });

  it("takes a retrial for the case when its disposition names the first instance last", () => {
    const text = [
      "指导案例162号：某甲酒业有限公司诉国家知识产权局、第三人某乙酒厂商标权无效宣告行政纠纷案",
      "裁判结果",
      "北京知识产权法院于2017年12月8日作出(2017)京73行初1465号行政判决，撤销被诉无效宣告裁定。国家知识产权局与某乙酒厂均不服，提起上诉。北京市高级人民法院于2018年11月6日作出(2018)京行终3794号行政判决：一、撤销北京知识产权法院（2017）京73行初1465号行政判决；二、驳回某甲公司的诉讼请求。某甲公司申请再审。最高人民法院于2019年12月12日作出（2019）最高法行再781号行政判决：一、撤销北京市高级人民法院（2018）京行终3794号行政判决；二、维持北京知识产权法院（2017）京73行初1465号行政判决。",
      "裁判理由",
      "最高人民法院认为，争议在于某甲公司申请注册该商标是否属于2001年商标法第十五条所禁止的情形。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-guiding");
    expect(r.caseNumber?.raw).toBe("（2019）最高法行再781号");
    expect(r.procedure).toBe("再审");
    // One entry per number, however its brackets are written.
    expect(r.priorCaseNumbers).toEqual(["(2017)京73行初1465号", "(2018)京行终3794号"]);
  });

  it("cites, but does not take for an instance, a judgment of another kind the facts refer to", () => {
    const text = [
      "### 指导性案例205号：某市人民检察院诉某某固体废物处置有限公司等环境污染民事公益诉讼案",
      "基本案情",
      "法院经审理查明：2015年初，甲公司的法定代表人找到黄江岩，商议从境外购进含铜的固体废物。",
      "另查明，上海市第三中级人民法院于2018年9月11日作出（2018）沪03刑初3号刑事判决，以走私废物罪判处乙公司罚金15万元，该判决已经生效。",
      "裁判结果",
      "上海市第三中级人民法院于2019年8月17日作出（2019）沪03民初22号民事判决：被告连带赔偿处置费812400元。甲公司不服，提起上诉。上海市高级人民法院于2020年12月6日作出（2019）沪民终848号民事判决：驳回上诉，维持原判。",
      "裁判理由",
      "法院生效裁判认为：未被追究走私废物刑事责任的，仍可能就同一行为承担民事赔偿责任。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-guiding");
    expect(r.caseNumber?.raw).toBe("（2019）沪民终848号");
    expect(r.priorCaseNumbers).toEqual(["（2019）沪03民初22号"]);
    expect(r.citedCaseNumbers).toEqual(["（2018）沪03刑初3号"]);
  });

  it("tells an earlier conviction whose probation is revoked from the first instance an appeal quashes", () => {
    // 刑事审判参考: the 缓刑 of an earlier conviction is revoked for the new crime.
    const earlier = [
      "**【第1801号】张某甲抢劫案——开车故意制造事故索要钱财的怎样定罪**",
      "一、基本案情",
      "天津市第一中级人民法院判决如下：被告人张某甲犯抢劫罪，判处无期徒刑，剥夺政治权利终身；撤销天津市某区人民法院以（2008）红刑初字第887号刑事判决对张某甲以寻衅滋事罪判处有期徒刑十个月，缓刑二年的缓刑部分。",
      "二、主要问题",
      "开车故意制造事故索要钱财的，应当怎样定罪？",
    ].join("\n");
    const r1 = parseAuthoritativeCase(earlier, "criminal-trial-reference");
    expect(r1.caseNumber).toBeUndefined();
    expect(r1.priorCaseNumbers).toEqual([]);
    expect(r1.citedCaseNumbers).toEqual(["（2008）红刑初字第887号"]);

    // 公报案例: the appeal quashes the case's first instance, probation included.
    const appeal = [
      "某县人民检察院诉龚宇航交通肇事案",
      "【裁判摘要】",
      "行为人交通肇事后逃逸的，不适用缓刑。",
      "被告人：龚宇航。",
      "某市中级人民法院于2014年11月27日判决如下：",
      "一、撤销某县人民法院（2014）颍刑初字第00754号刑事判决，即被告人龚宇航犯交通肇事罪，判处有期徒刑二年，缓刑三年；",
      "二、被告人龚宇航犯交通肇事罪，判处有期徒刑二年。",
    ].join("\n");
    const r2 = parseAuthoritativeCase(appeal, "spc-gazette");
    // The number is the quashed first instance's; the appeal's own is not told.
    expect(r2.caseNumber).toBeUndefined();
    expect(r2.priorCaseNumbers).toEqual(["（2014）颍刑初字第00754号"]);
    expect(r2.citedCaseNumbers).toBeUndefined();
  });
});

describe("parseAuthoritativeCase: an appeal that changes the sentence (指导案例93号)", () => {
  it("reads the new sentence and never the one below as upheld", () => {
    const text = [
      "指导案例93号：丁某甲故意伤害案",
      "（最高人民法院审判委员会讨论通过　2018年6月1日发布）",
      "裁判结果",
      "山东省某市中级人民法院于2017年1月29日作出（2016）鲁15刑初81号刑事附带民事判决，以故意伤害罪判处被告人丁某甲无期徒刑，剥夺政治权利终身。",
      "丁某甲和几名附带民事诉讼原告人均不服，各自提出上诉。山东省高级人民法院于2017年6月4日作出（2017）鲁刑终760号刑事附带民事判决：驳回附带民事部分的上诉，维持原判的附带民事部分；撤销原判的刑事部分，以故意伤害罪改判丁某甲有期徒刑四年。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-guiding");
    expect(r.outcome.appeal).toBe("amended");
    expect(r.outcome.criminal?.map((s) => [s.defendant, s.penalty, s.months])).toEqual([
      ["丁某甲", "有期徒刑", 48],
    ]);
  });
});

describe("parseAuthoritativeCase: charges and committee", () => {
  it("an earlier conviction is no charge; the SPC's release is no trial committee's discussion", () => {
    const text = [
      "指导案例12号：李某甲故意杀人案",
      "（最高人民法院审判委员会讨论通过　2012年8月30日发布）",
      "裁判要点",
      "因邻里纠纷激化而故意杀人、手段残忍的，依法应当判处死刑。",
      "基本案情",
      "2005年3月9日，被告人李某甲因犯盗窃罪被判处有期徒刑二年，2007年1月8日刑满释放。2008年4月，李某甲持木棒将被害人打死。",
      "裁判结果",
      "某省某市中级人民法院于2009年4月11日以（2009）牡刑初字第10号刑事判决，以故意杀人罪判处被告人李某甲死刑，剥夺政治权利终身。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-guiding");
    expect(r.charges).toEqual(["故意杀人罪"]);
    expect(r.committeeDiscussed).toBeUndefined();
  });

  it("dates a guiding case by its judgment, and keeps its issue date apart (review15: 指导案例32号)", () => {
    const text = [
      "指导案例32号：张某乙、金某丙危险驾驶案",
      "（最高人民法院审判委员会讨论通过　2014年11月29日发布）",
      "裁判要点",
      "为了比试车技或寻求刺激而在道路上来回变道、相互追赶的，属于“追逐竞驶”。",
      "裁判结果",
      "上海市浦东新区人民法院于2013年1月2日作出（2012）浦刑初字第6776号刑事判决：被告人张某乙犯危险驾驶罪，判处拘役三个月。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-guiding");
    expect(r.decisionDate).toBe("2013-01-02");
    expect(r.releaseDate).toBe("2014-11-29");
  });

  it("reads a ruling told crime first: 以X罪分别判处被告人A…；判处被告人B… (人民司法)", () => {
    const text = [
      "【202002012】保险诈骗罪的认定",
      "【裁判要旨】",
      "虚构保险标的骗取保险金的，构成保险诈骗罪。",
      "【案情】",
      "被告人杨海江、卢宇结伙，虚构保险事故骗取保险金。",
      "【审判】",
      "某区人民法院认为，被告人杨海江、卢宇均构成保险诈骗罪，卢宇是从犯，应当减轻处罚。据此，某区人民法院以保险诈骗罪分别判处被告人杨海江有期徒刑12年，并处罚金20万元；判处被告人卢宇有期徒刑10个月，缓刑1年，并处罚金2万元。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "people-judicature");
    expect(r.outcome.criminal?.map((s) => [s.defendant, s.penalty, s.months])).toEqual([
      ["杨海江", "有期徒刑", 144],
      ["卢宇", "有期徒刑", 10],
    ]);
  });

  it("an earlier conviction in the parties' lines is no charge, also when no ruling is read (第1802号)", () => {
    const text = [
      "【第1802号】王某甲危险驾驶案——飙车撞人的怎样处理",
      "一、基本案情",
      "被告人王某甲，男，1983年7月2日出生。1999年5月因犯盗窃罪被判处有期徒刑五年，2011年9月6日因涉嫌犯危险驾驶罪被取保候审。",
      "2011年5月1日，被告人王某甲开车在公路上与他人飙车，情节恶劣。",
      "某县人民法院依照《中华人民共和国刑法》第一百三十三条之一之规定，以危险驾驶罪判处被告人王某甲拘役三个月，并处罚金人民币三千元。",
    ].join("\n");
    expect(parseAuthoritativeCase(text, "criminal-trial-reference").charges).toEqual(["危险驾驶罪"]);
  });
});

describe("parseAuthoritativeCase: the deciding court and its date", () => {
  // Shortened from 刑事审判参考 and 公报案例 write-ups in ../shared.
  const appeal = [
    "**【第1803号】赵某甲运输毒品案——人赃俱获时证据如何审查**",
    "一、基本案情",
    "被告人赵某甲，男，1980年×月×日出生。",
    "云南省普洱市人民检察院以被告人赵某甲犯运输毒品罪，于2009年12月向普洱市中级人民法院提起公诉。",
    "普洱市中级人民法院认为，被告人赵某甲携带甲基苯丙胺入境，构成运输毒品罪。依照《中华人民共和国刑法》第三百四十七条、《最高人民法院关于审理毒品案件定罪量刑标准有关问题的解释》第一条之规定，于2010年5月24日判决：被告人赵某甲犯运输毒品罪，判处死刑。",
    "赵某甲不服一审判决，上诉至云南省高级人民法院。",
    "二、主要问题",
    "人赃俱获时证据如何审查？",
  ].join("\n");

  it("names the court the account tells decided the case, with the date of its decision", () => {
    const r = parseAuthoritativeCase(appeal, "criminal-trial-reference");
    // Not the court appealed to, nor the SPC a quoted interpretation is named after.
    expect(r.court).toBe("普洱市中级人民法院");
    expect(r.courtLevel).toBe("中级");
    expect(r.decisionDate).toBe("2010-05-24");
  });

  it("reads the Criminal Law a case decided before 1997-10-01 applied as the 1979 law (刑法 §452)", () => {
    const r = parseAuthoritativeCase(
      appeal.replace("于2010年5月24日", "于1996年5月24日"),
      "criminal-trial-reference",
    );
    expect(r.decisionDate).toBe("1996-05-24");
    expect(r.statutes.map((s) => `${s.law}#${s.article ?? ""}`)).toEqual([
      "中华人民共和国刑法（1979年）#347",
      "最高人民法院关于审理毒品案件定罪量刑标准有关问题的解释#1",
    ]);
    // Decided after it took effect, the same citation is today's law.
    expect(parseAuthoritativeCase(appeal, "criminal-trial-reference").statutes[0]?.law).toBe(
      "中华人民共和国刑法",
    );
  });

  it("dates the decision only from what the account tells of that court", () => {
    const review = [
      "**某某故意杀人案**",
      "一、基本案情",
      "广东省高级人民法院经审理认为，原判事实清楚，裁定驳回上诉，维持原判，并报请最高人民法院核准。最高人民法院对本案进行复核，并于1993年9月7日裁定：核准。",
    ].join("\n");
    const r = parseAuthoritativeCase(review, "criminal-trial-reference");
    expect(r.court).toBe("广东省高级人民法院");
    expect(r.province).toBe("广东省");
    expect(r.decisionDate).toBeUndefined();
  });

  it("names the SPC reviewing a death sentence as the account shortens it, by its official name", () => {
    const review = [
      "**【第1804号】某某故意杀人案**",
      "一、基本案情",
      "上海市高级法院二审裁定驳回上诉、维持原判，报请最高法院核准。",
      "最高法院经复核认为，原判认定事实清楚，于2012年8月15日裁定核准。",
    ].join("\n");
    const r = parseAuthoritativeCase(review, "criminal-trial-reference");
    expect(r.court).toBe("最高人民法院");
    expect(r.courtLevel).toBe("最高");
    expect(r.decisionDate).toBe("2012-08-15");
  });

  it("dates a decision told date first (2020年10月30日，某法院作出…), by the deciding court only", () => {
    const spp = parseAuthoritativeCase(
      [
        "**（检例第178号） 王某甲等人故意伤害二审抗诉案**",
        "【基本案情】",
        "2019年12月20日，四川省某市中级人民法院以故意伤害罪判处被告人王某有期徒刑十五年。检察机关提出抗诉。",
        "2020年10月30日，四川省高级人民法院作出二审判决，支持抗诉意见。",
      ].join("\n"),
      "spp-guiding",
    );
    expect(spp.court).toBe("四川省高级人民法院");
    expect(spp.decisionDate).toBe("2020-10-30");
    // A date before the court's name whose clause decides nothing is no decision date.
    const filed = parseAuthoritativeCase(
      "**某案**\n【案情】\n2018年3月1日，某市某区人民检察院提起公诉。2018年5月2日，上海市浦东新区人民法院受理本案。",
      "people-judicature",
    );
    expect(filed.decisionDate).toBeUndefined();
  });

  it("dates a decision past a court's earlier act named as a thing (…法院认定的…)", () => {
    const r = parseAuthoritativeCase(
      [
        "**某某诈骗案**",
        "一、基本案情",
        "河南省信阳市中级人民法院经审理认为，信阳市人民法院认定的事实清楚，于2005年3月2日裁定驳回上诉，维持原判。",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(r.court).toBe("河南省信阳市中级人民法院");
    expect(r.decisionDate).toBe("2005-03-02");
  });

  it("takes only a court of the write-up's own number's level, and no masked or generic one", () => {
    const numbered = [
      "**李航强奸案**",
      "□案号　（2001）香刑初字第92号",
      "【案情】",
      "哈尔滨市香坊区人民法院认为李航构成强奸罪，于2001年5月8日判决：被告人李航犯强奸罪，判处有期徒刑三年。李航上诉后，哈尔滨市中级人民法院裁定驳回上诉，维持原判。",
    ].join("\n");
    const r = parseAuthoritativeCase(numbered, "people-judicature");
    expect(r.court).toBe("哈尔滨市香坊区人民法院");
    expect(r.courtLevel).toBe("基层");
    expect(r.decisionDate).toBe("2001-05-08");
    const masked = parseAuthoritativeCase(
      "**某案**\n【案情】\n某县人民法院经审理认为，被告人构成盗窃罪。二审法院经审理认为，上诉理由不能成立。",
      "people-judicature",
    );
    expect(masked.court).toBeUndefined();
  });

  it("takes an earlier conviction's number for no instance: 因犯…罪被…以（2018）…号判决判处", () => {
    const r = parseAuthoritativeCase(
      [
        "**【第1805号】钱某甲寻衅滋事案——缓刑期内再犯新罪的法律适用**",
        "一、基本案情",
        "被告人钱某甲，男，1988年×月×日出生。2018年12月18日因犯寻衅滋事罪被江苏省扬中市人民法院以（2018）苏1182刑初980号刑事判决判处有期徒刑十个月，缓刑一年。",
        "江苏省扬中市人民法院经审理认为，被告人钱某甲构成寻衅滋事罪，于2019年5月20日判决：被告人钱某甲犯寻衅滋事罪，判处有期徒刑七个月。",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(r.caseNumber).toBeUndefined();
    expect(r.citedCaseNumbers).toEqual(["（2018）苏1182刑初980号"]);
    expect(r.court).toBe("江苏省扬中市人民法院");
    expect(r.decisionDate).toBe("2019-05-20");
  });

  it("dates a ruling told against the month last named (同月30日), by a court named by its place alone", () => {
    const r = parseAuthoritativeCase(
      [
        "**张某甲危险驾驶案**",
        "【基本案情】",
        "甲乙县人民检察院以被告人张某甲犯危险驾驶罪，向浙江省甲乙县人民法院提起公诉。",
        "【审判】",
        "甲乙县人民法院认为，被告人张某甲醉酒驾驶机动车，其行为构成危险驾驶罪。审理中，甲乙法院就能否适用缓刑向丙丁市中级人民法院请示。丙丁中院经审查认为其行为系紧急避险，遂作出批复。",
        "甲乙县人民检察院于2019年12月23日决定撤回起诉，甲乙法院于同月30日裁定准许撤回起诉。",
        "【评析】",
        "紧急避险的成立要件。",
      ].join("\n"),
      "people-judicature",
    );
    expect(r.court).toBe("浙江省甲乙县人民法院");
    expect(r.decisionDate).toBe("2019-12-30");
  });

  it("names and dates a court shortened to its city's and district's names (甲乙丙丁法院)", () => {
    const r = parseAuthoritativeCase(
      [
        "**王某甲盗窃案**",
        "【案情】",
        "甲乙市丙丁区人民检察院以被告人王某甲犯盗窃罪，向甲乙市丙丁区人民法院提起公诉。",
        "【审判】",
        "甲乙丙丁法院于2018年4月9日作出（2018）京0199刑初12号刑事判决：被告人王某甲犯盗窃罪，判处有期徒刑一年。",
        "【评析】",
        "盗窃数额的认定。",
      ].join("\n"),
      "people-judicature",
    );
    expect(r.court).toBe("甲乙市丙丁区人民法院");
    expect(r.decisionDate).toBe("2018-04-09");
  });

  it("dates 同日 by the ruling told before, not by a date that ruling names", () => {
    const r = parseAuthoritativeCase(
      [
        "**某市人民检察院诉某县卫生局、某医院环境公益诉讼案**",
        "裁判结果",
        "丙丁市中级人民法院于2016年6月26日以（2016）皖05行初7号行政判决，确认被告某县卫生局于2015年4月29日对第三人某医院所作的校验行为违法。同日，丙丁市中级人民法院作出（2016）皖05民初31号民事判决，判令某医院停止排放污水。",
      ].join("\n"),
      "spc-guiding",
    );
    expect(r.court).toBe("丙丁市中级人民法院");
    expect(r.decisionDate).toBe("2016-06-26");
  });

  it("dates a sentence told first (2019年11月14日，某法院以…罪判处…)", () => {
    const r = parseAuthoritativeCase(
      [
        "### 张某甲盗窃案",
        "【诉讼过程】",
        "甲乙县人民检察院以张某甲涉嫌盗窃罪，向甲乙县人民法院提起公诉。2019年11月14日，甲乙县人民法院以盗窃罪判处被告人张某甲有期徒刑一年，并处罚金人民币五千元。张某甲未上诉，判决已生效。",
      ].join("\n"),
      "spp-guiding",
    );
    expect(r.court).toBe("甲乙县人民法院");
    expect(r.decisionDate).toBe("2019-11-14");
  });

  it("takes no other suit for an instance: one produced as evidence and weighed again, one whose finding is told", () => {
    const r = parseAuthoritativeCase(
      [
        "甲公司诉乙公司买卖合同纠纷案",
        "上诉人乙公司因与被上诉人甲公司买卖合同纠纷一案，不服安徽省高级人民法院（1999）皖经初字第12号民事判决，向本院提起上诉。",
        "被上诉人甲公司还提供了安徽省高级人民法院（1997）皖经终字第88号民事判决书一份，用以证明双方之间的交易习惯。",
        "另查明：在本案一审中，安徽省高级人民法院以（1999）皖经初字第12号民事裁定书冻结了乙公司的银行存款。",
        "本院认为：安徽省高级人民法院（1997）皖经终字第88号民事判决书，亦能证明双方之间的此种交易不止一次。2004年甲公司曾以丙公司侵权为由提起诉讼，合肥市中级人民法院在（2005）合知初字第7号民事判决中，认定甲公司享有该作品的著作权。",
      ].join("\n"),
      "spc-gazette",
    );
    // The first instance, told again in additional findings about this case's own trial, stays one.
    expect(r.priorCaseNumbers).toEqual(["（1999）皖经初字第12号"]);
    expect(r.caseNumber).toBeUndefined();
    expect(r.citedCaseNumbers).toEqual(["（1997）皖经终字第88号", "（2005）合知初字第7号"]);
  });
});

describe("parseAuthoritativeCase: 刑事审判参考's charges and dates", () => {
  it("reads the charges of every 刑事审判参考 case, its title naming the crime or not", () => {
    const r = parseAuthoritativeCase(
      [
        "**【第1806号】孙某甲等抢劫案——共同抢劫中一人致被害人重伤的，其他人是否担责**",
        "一、基本案情",
        "某市中级人民法院认为孙某甲等人构成抢劫罪，于2001年5月8日判决：被告人孙某甲犯抢劫罪，判处死刑。",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(r.category).toBe("刑事");
    expect(r.charges).toEqual(["抢劫罪"]);
  });

  it("dates no case by a rule or report the account says was issued (…发布)", () => {
    const r = parseAuthoritativeCase(
      [
        "**【第1807号】某某非法经营案——如何认定**",
        "一、基本案情",
        "根据2019年10月20日发布的《关于办理非法放贷刑事案件若干问题的意见》，被告人某某构成非法经营罪。",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(r.decisionDate).toBeUndefined();
  });
});

describe("parseAuthoritativeCase: a gazette case's 裁判摘要 and the judgment it reprints", () => {
  it("ends the holdings where the reprinted judgment begins", () => {
    const r = parseAuthoritativeCase(
      [
        "### 刘航峰诉某某化学公司等公司决议效力确认纠纷案",
        "【裁判摘要】",
        "股东完全没有出资或者抽走了全部出资，公司催告后在合理期限内仍不补足的，公司可以通过股东会决议解除其股东资格。",
        "原告：刘航峰，女，汉族，1981年6月3日出生，住江苏省某市。",
        "被告：某某化学公司，住所地：江苏省某市某区某某镇某某广场。",
        "原告刘航峰与被告某某化学公司因公司决议效力确认纠纷，向江苏省某市某区人民法院起诉。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.keyHoldings).toBe(
      "股东完全没有出资或者抽走了全部出资，公司催告后在合理期限内仍不补足的，公司可以通过股东会决议解除其股东资格。",
    );
    expect(r.keyHoldingsKind).toBeUndefined();
  });
});

describe("parseAuthoritativeCase: a gazette title's cause without the parties its paragraph names", () => {
  it("drops a defendant glued before a cause that begins with none of a cause's listed words", () => {
    const r = parseAuthoritativeCase(
      [
        "### 某某纺织有限公司诉张某甲工伤保险待遇纠纷案",
        "原告：某某纺织有限公司，住所地：某省某市某区。",
        "被告：张某甲，男，1970年1月1日出生，住某省某市。",
        "原告某某纺织有限公司因与被告张某甲发生工伤保险待遇纠纷，向某市某区人民法院提起诉讼。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.parties.map((p) => p.name)).toEqual(["某某纺织有限公司", "张某甲"]);
    expect(r.causes).toEqual(["工伤保险待遇纠纷"]);
  });

  it("drops a name listed after another party's ending, a cause read only once the names are known", () => {
    const r = parseAuthoritativeCase(
      [
        "### 赵某甲诉某某出租汽车公司、钱某乙赔偿纠纷案",
        "原告：赵某甲，女，1975年1月1日出生，住某市某区。",
        "被告：某市某某出租汽车公司，住所地：某市某区。",
        "被告：钱某乙，男，1962年1月1日出生，住某市某区。",
        "原告赵某甲因与被告某市某某出租汽车公司、钱某乙发生赔偿纠纷，向某市某区人民法院提起诉讼。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.parties.map((p) => p.name)).toEqual(["赵某甲", "某市某某出租汽车公司", "钱某乙"]);
    expect(r.causes).toEqual(["赔偿纠纷"]);
  });
});

describe("parseAuthoritativeCase: an administrative title naming the act sued, not its cause", () => {
  it("has the catalogue's cause of the act (行政案件案由暂行规定 2020), a civil title none guessed", () => {
    const suit = (title: string) =>
      parseAuthoritativeCase(
        [`### ${title}`, "原告张某甲不服被告的决定，向某市中级人民法院提起诉讼。"].join("\n"),
        "spc-gazette",
      );
    const act = suit("张某甲诉某县人民政府收回土地使用权批复案");
    expect(act.category).toBe("行政");
    expect(act.causes).toEqual(["行政批复"]);
    expect(suit("某某公司不服某市人力资源和社会保障局责令补缴社会保险费决定案").causes).toEqual(["行政征缴"]);
    const civil = suit("张某甲诉李某乙房屋征收补偿款分配案");
    expect(civil.category).toBe("民事");
    expect(civil.causes).toEqual([]);
  });

  it("is administrative where a …纠纷 title's suit was tried by 行政诉讼法, not 民事诉讼法", () => {
    const suit = (title: string, basis: string) =>
      parseAuthoritativeCase(
        [
          `### ${title}`,
          "原告张某甲因与被告发生纠纷，向某区人民法院提起诉讼。",
          `某区人民法院认为，被告的答复不当。${basis}判决如下：驳回原告的诉讼请求。`,
        ].join("\n"),
        "spc-gazette",
      );
    const duty = suit(
      "张某甲诉某某大学履行法定职责纠纷案",
      "依照《中华人民共和国行政诉讼法》第六十九条之规定，",
    );
    expect([duty.category, duty.causes]).toEqual(["行政", ["履行法定职责纠纷"]]);
    const concession = suit(
      "某某环保公司诉某县人民政府撤销政府特许经营协议纠纷案",
      "依照《中华人民共和国行政诉讼法》第七十五条之规定，",
    );
    expect(concession.category).toBe("行政");
    // 民事诉讼法 cited, alone or with 行政诉讼法 (§101): the title's civil dispute.
    expect(
      suit("张某甲诉某某公司买卖合同纠纷案", "依照《中华人民共和国民事诉讼法》第一百七十条之规定，").category,
    ).toBe("民事");
    expect(
      suit(
        "张某甲诉某某公司侵害发明专利权纠纷案",
        "依照《中华人民共和国民事诉讼法》第一百七十条、《中华人民共和国行政诉讼法》第六十一条之规定，",
      ).category,
    ).toBe("民事");
  });

  it("is administrative where the title contests an act of the catalogue it names without 决定", () => {
    const suit = (title: string) =>
      parseAuthoritativeCase(`### ${title}\n原告不服，提起诉讼。`, "spc-gazette");
    const levy = suit("某某公司不服某市人力资源和社会保障局责令补缴 综合保险费案");
    expect([levy.category, levy.causes]).toEqual(["行政", ["行政征缴"]]);
    const finding = suit("张某甲不服道路交通事故责任认定案");
    expect([finding.category, finding.causes]).toEqual(["行政", ["行政确认"]]);
    expect(suit("某某部不服某市人民政府收回土地使用权批复案").category).toBe("行政");
    // The parties before the words naming the act, where the cause is read from them.
    expect(suit("张某甲诉某县人力资源和社会保障局工伤保险资格认定及某县人民政府行政复议案").parties).toEqual([
      { name: "张某甲", role: "原告", kind: "person" },
      { name: "某县人力资源和社会保障局", role: "被告", kind: "organisation" },
    ]);
    expect(suit("张某甲诉某县环境保护局不履行监管职责案").parties.map((p) => p.name)).toEqual([
      "张某甲",
      "某县环境保护局",
    ]);
    // An arbitral award contested is no administrative act.
    expect(suit("某某公司不服劳动争议仲裁委员会仲裁裁决案").category).not.toBe("行政");
  });
});

describe("parseAuthoritativeCase: a reprint of several instances (公报 吴禾海合同诈骗案, 刑事审判参考第1808号)", () => {
  it("gives the last instance's ruling as the disposition and keeps the first one's before it", () => {
    const r = parseAuthoritativeCase(
      [
        "## 吴禾海合同诈骗案",
        "公诉机关：浙江省温州市人民检察院。",
        "被告人：吴禾海，男，1971年9月25日出生，1999年11月26日被逮捕。",
        "浙江省温州市人民检察院于2000年7月18日以被告人吴禾海犯合同诈骗罪，向浙江省温州市中级人民法院提起公诉。",
        "温州市中级人民法院经审理查明：",
        "1998年12月21日，吴禾海与某某公司签订技术合作协议，收取保证金60万元。",
        "温州市中级人民法院认为：",
        "吴禾海收取60万元保证金时没有非法占有的目的，不构成合同诈骗罪。",
        "据此，依照《中华人民共和国刑事诉讼法》第一百六十二条第（二）项之规定，于2000年12月28日作出判决如下：",
        "被告人吴禾海无罪。",
        "一审宣判后，温州市人民检察院认为原判认定事实有误，向浙江省高级人民法院提出抗诉。",
        "浙江省高级人民法院认为：",
        "吴禾海居间时虽有失诚信，但够不上犯罪。",
        "据此，浙江省高级人民法院依照《中华人民共和国刑事诉讼法》第一百八十九条第（一）项之规定，于2002年2月21日作出裁定如下：",
        "驳回抗诉，维持原判。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.sections.disposition).toBe("驳回抗诉，维持原判。");
    expect(r.sections.facts).toMatch(/收取保证金60万元。$/);
    // The last court's reasoning is the case's; the first court's reasoning (no longer run on with
    // the findings), legal basis and ruling, and the protest, are its history, in the order told.
    expect(r.sections.reasoning).toMatch(
      /^浙江省高级人民法院认为：\n吴禾海居间时虽有失诚信[\s\S]*裁定如下：$/,
    );
    expect(r.sections.history).toMatch(
      /^温州市中级人民法院认为：\n吴禾海收取60万元保证金时没有非法占有[\s\S]*第一百六十二条[\s\S]*被告人吴禾海无罪。[\s\S]*提出抗诉。$/,
    );
    // The court's 依照 sentences, both instances'.
    expect(r.statutes.map((s) => `${s.law}#${s.article}`)).toEqual([
      "中华人民共和国刑事诉讼法#162",
      "中华人民共和国刑事诉讼法#189",
    ]);
  });

  it("ends the reprint's ruling before the commentary, reads the crime from the first ruling, and tells the trials with the facts", () => {
    const r = parseAuthoritativeCase(
      [
        "**【第1808号】周某甲、吴某乙等盗窃、收购赃物案——为何投案会不会影响自首**",
        "北京市朝阳区人民检察院以被告人周某甲、吴某乙、郑某丙犯盗窃罪，向北京市朝阳区人民法院提起公诉。",
        "北京市朝阳区人民法院经审理查明：",
        "2003年9月1日1时许，被告人周某甲、郑某丙等人由吴某乙接应，潜入某某厂盗窃。",
        "北京市朝阳区人民法院认为，被告人周某甲、吴某乙、郑某丙盗窃单位财物，数额巨大，均构成盗窃罪。据此，依照《中华人民共和国刑法》第二百六十四条、第六十四条的规定，判决如下：",
        "1.被告人周某甲犯盗窃罪，判处有期徒刑七年，剥夺政治权利一年，罚金人民币七千元。",
        "周某甲、吴某乙、郑某丙均提出上诉。吴某乙的辩护人主张其行为应定受贿罪。",
        "北京市第二中级人民法院经审理认为，吴某乙辩护人的意见不能成立。据此，依照《中华人民共和国刑事诉讼法》第一百八十九条第（一）项的规定，判决如下：",
        "1.维持北京市朝阳区人民法院刑事判决的第1项。",
        "二、主要问题",
        "为何投案会不会影响自首？",
        "三、裁判理由",
        "依照《最高人民法院关于被告人对行为性质的辩解是否影响自首成立问题的批复》，辩解行为性质的，仍可以成立自首。",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(r.sections.disposition).toBe("1.维持北京市朝阳区人民法院刑事判决的第1项。");
    // The crime of the first ruling, not the one a defence counsel argued for on appeal.
    expect(r.charges).toEqual(["盗窃罪"]);
    expect(r.sections.reasoning).toMatch(/^依照《最高人民法院关于被告人对行为性质的辩解/);
    expect(r.sections.facts).toContain("第二中级人民法院经审理认为");
    // Applied by the courts, not the reply the commentary discusses.
    expect(r.statutes.map((s) => `${s.law}#${s.article}`)).toEqual([
      "中华人民共和国刑法#264",
      "中华人民共和国刑法#64",
      "中华人民共和国刑事诉讼法#189",
    ]);
  });
});

describe("parseAuthoritativeCase: the provisions the court applied, and the titles of 检察指导性案例", () => {
  it("reads the court's 依照…之规定, not the provisions the commentary discusses", () => {
    const r = parseAuthoritativeCase(
      [
        "**【第1809号】尤某危险驾驶案——酒后骑行超标电动车是否构成危险驾驶罪**",
        "一、基本案情",
        "某区人民法院认为，被告人尤某酒后在公路上驾驶机动车，构成危险驾驶罪，依照《中华人民共和国刑法》第一百三十三条之一第一款第（二）项、第六十七条第三款之规定，判决如下：被告人尤某犯危险驾驶罪，判处拘役一个月。",
        "二、主要问题",
        "酒后骑行超标电动车是否构成危险驾驶罪？",
        "三、裁判理由",
        "依《中华人民共和国道路交通安全法》第一百一十九条，以动力装置驱动的轮式车辆属于机动车。",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(r.statutes.map((s) => [s.law, s.article])).toEqual([
      ["中华人民共和国刑法", 133],
      ["中华人民共和国刑法", 67],
    ]);
  });

  it("names a 检察指导性案例 headed by its number alone by the case on the next line", () => {
    const r = parseAuthoritativeCase(
      "### （检例第181号）\n赵某甲等人黑社会性质组织犯罪再审抗诉案\n\n【关键词】\n\n再审抗诉\n",
      "spp-guiding",
    );
    expect(r.title).toBe("（检例第181号） 赵某甲等人黑社会性质组织犯罪再审抗诉案");
    expect(r.authorityNumber).toBe("检例第181号");
  });
});

describe("parseAuthoritativeCase: a judgment the account says was quashed or upheld", () => {
  it("is an earlier instance, never the write-up's own number", () => {
    const r = parseAuthoritativeCase(
      [
        "**某某合同纠纷案**",
        "【裁判结果】",
        "江苏省高级人民法院于2012年作出（2009）苏民三初字第0003号民事判决。宣判后，当事人提出上诉。最高人民法院于2013年作出（2013）民四终字第23号民事判决：一、撤销江苏省高级人民法院（2009）苏民三初字第0003号民事判决；二、驳回原告的诉讼请求。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.caseNumber?.raw).not.toBe("（2009）苏民三初字第0003号");
    expect(r.priorCaseNumbers).toContain("（2009）苏民三初字第0003号");
  });

  it("leaves the own number untold rather than take another suit's for it", () => {
    const r = parseAuthoritativeCase(
      [
        "**某某保险公司某市支公司诉王远禾追偿权纠纷案**",
        "【裁判结果】",
        "受害人起诉后，某区人民法院作出（2013）吴江开民初字第0009号民事判决书，判令某某保险公司赔偿受害人58300元。",
        "江苏省高级人民法院再审认为，原审判决适用法律错误，判决：一、撤销江苏省某市中级人民法院（2013）苏中商终字第0540号民事判决及某区人民法院（2013）吴江商初字第0667号民事判决。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.caseNumber).toBeUndefined();
    expect(r.court).toBe("江苏省高级人民法院");
  });
});

describe("parseAuthoritativeCase: another suit's trials, a remand, the earlier crime", () => {
  it("reads a court's findings on through another court's reasoning they tell (公报 FYGB0115)", () => {
    const r = parseAuthoritativeCase(
      [
        "甲公司诉乙公司、丙公司侵权责任纠纷案",
        "原告甲公司因与被告乙公司、丙公司侵权责任纠纷，向某省东湖县人民法院提起诉讼。",
        "原告甲公司诉称：丙公司曾在某省西山区人民法院（以下简称西山法院）起诉甲公司追偿代偿款。",
        "某省东湖县人民法院一审查明：",
        "丙公司以甲公司为被告在西山法院提起三起追偿权纠纷诉讼。",
        "西山法院一审认为，甲公司应承担连带清偿责任。据此，作出（2016）某0199民初3301、3302号两案判决支持丙公司的请求。",
        "某省东湖县人民法院一审认为：丙公司明知债务已清偿仍起诉，应赔偿甲公司的律师费。",
      ].join("\n"),
      "spc-gazette",
    );
    // The other suit's judgments are cited, never this suit's first instance.
    expect(r.priorCaseNumbers).toEqual([]);
    expect(r.caseNumber).toBeUndefined();
    expect(r.citedCaseNumbers).toEqual(["（2016）某0199民初3301、3302号"]);
  });

  it("still ends the findings at the court this suit was appealed to", () => {
    const r = parseAuthoritativeCase(
      [
        "**【第9001号】赵某某非法经营案**",
        "一、基本案情",
        "某市北坡区人民法院经审理查明：被告人赵某某未经许可收购、贩卖黄金。",
        "某市中级人民法院经审理认为，原判定性不准，于2004年6月作出（2004）某中刑终字第901号刑事判决，宣告赵某某无罪。",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(r.caseNumber?.raw).toBe("（2004）某中刑终字第901号");
  });

  it("takes a remand the account goes past for an earlier instance, not its own (公报 FYGB0227, 指导案例4号)", () => {
    const remand = parseAuthoritativeCase(
      [
        "甲建设公司与乙置业公司建设工程施工合同纠纷案",
        "甲建设公司起诉乙置业公司索要工程款，东州市中级人民法院以（2007）东民一初字第0031号民事判决部分支持其请求。两公司都提起上诉，某省高级人民法院以（2009）某民终字第0277号民事裁定将该案发回重审。",
        "重审中，原告甲建设公司诉称：乙置业公司尚欠工程款。",
        "一审法院于2011年9月1日作出判决：乙置业公司支付甲建设公司工程款100万元。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(remand.caseNumber).toBeUndefined();
    expect(remand.priorCaseNumbers).toEqual(["（2007）东民一初字第0031号", "（2009）某民终字第0277号"]);

    // A death sentence the SPC did not approve and sent back: the retrial's judgment, numbered after
    // its appeal's with a full-width dash, is the case's.
    const review = parseAuthoritativeCase(
      [
        "指导案例9001号：钱某故意杀人案",
        "裁判结果",
        "河北省某市中级人民法院于2009年3月2日以（2009）冀某刑一初字第77号刑事判决判处钱某死刑。钱某上诉后，河北省高级人民法院于2009年9月9日以（2009）冀刑四终字第31号刑事裁定驳回上诉，报最高人民法院核准。最高人民法院复核后以（2010）刑三复99887766号刑事裁定不予核准，发回河北省高级人民法院重新审判。河北省高级人民法院经重新审理，于2010年8月8日以（2009）冀刑四终字第31－1号刑事判决改判钱某死刑，缓期二年执行。",
      ].join("\n"),
      "spc-guiding",
    );
    expect(review.caseNumber?.raw).toBe("（2009）冀刑四终字第31－1号");
    expect(review.court).toBe("河北省高级人民法院");
    expect(review.decisionDate).toBe("2010-08-08");
    expect(review.priorCaseNumbers).toEqual([
      "（2009）冀某刑一初字第77号",
      "（2009）冀刑四终字第31号",
      "（2010）刑三复99887766号",
    ]);
  });

  it("takes no trial of the defendant's earlier crime for this case's (刑事审判参考第1082号, 人民司法)", () => {
    const account = [
      "某市人民法院经审理查明：",
      "（一）前罪事实被告人孙某某冒用他人姓名入户盗窃四次。",
      "某市人民法院于2008年3月以（2008）某刑初字第551号刑事判决判处其有期徒刑四年。其服刑期间，某市中级人民法院以（2010）某刑执字第2231号刑事裁定为其减刑一年。",
      "发现冒名后，某市人民法院针对前罪决定再审（（2014）某刑监字第0009号），后以（2014）某刑再初字第0008号刑事判决撤销（2008）某刑初字第551号判决，改判孙某某有期徒刑五年。",
      "（二）本罪事实2014年3月，被告人孙某某伙同他人入户盗窃。",
    ];
    const reference = parseAuthoritativeCase(
      ["**【第9002号】孙某某盗窃案**", "一、基本案情", ...account].join("\n"),
      "criminal-trial-reference",
    );
    expect(reference.caseNumber).toBeUndefined();
    expect(reference.priorCaseNumbers).toEqual([]);

    // 人民司法 lists them on its case-number line, labelled, and tells the retrial under 【审判】.
    const judicature = parseAuthoritativeCase(
      [
        "【201699001】前罪再审后又犯新罪的并罚 文/周某",
        "□案号前罪一审：（2008）某刑初字第551号前罪再审：（2014）某刑再初字第0008号",
        "本罪一审：（2014）某刑初字第1777号 　　【案情】",
        ...account,
        "【审判】",
        "某市人民法院先针对前罪决定再审（（2014）某刑监字第0009号），又以（2014）某刑再初字第0008号刑事判决改判。",
        "2014年12月1日，某市人民法院就本罪以（2014）某刑初字第1777号刑事判决判处孙某某有期徒刑二年。",
      ].join("\n"),
      "people-judicature",
    );
    expect(judicature.caseNumber?.raw).toBe("（2014）某刑初字第1777号");
    expect(judicature.priorCaseNumbers).toEqual([]);
  });

  it("cites a judgment in force told for a fact it established (公报 FYGB0145)", () => {
    const r = parseAuthoritativeCase(
      [
        "李某某诉甲公司工伤待遇赔偿纠纷案",
        "某区人民法院一审认为：",
        "李某某与甲公司之间存在劳动关系，已经由（2012）某民初字第02025号生效民事判决予以确认，甲公司应承担工伤待遇赔偿责任。",
        "综上，某区人民法院于2015年1月5日作出判决：甲公司支付李某某工伤赔偿金5万元。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.priorCaseNumbers).toEqual([]);
    expect(r.citedCaseNumbers).toEqual(["（2012）某民初字第02025号"]);
  });
});

describe("parseAuthoritativeCase: 刑事审判参考's questions, not the views argued on them", () => {
  it("shows the 主要问题 without 第一种意见认为…", () => {
    const r = parseAuthoritativeCase(
      [
        "**【第1810号】冯某甲等盗窃案——银行的临时雇员伙同外人盗取所保管的款项，定什么罪**",
        "一、基本案情",
        "被告人冯某甲系某银行临时工。",
        "二、主要问题",
        "银行的临时雇员伙同外人盗取所保管的款项，定什么罪？对此有不同看法：一种看法是定盗窃罪。",
        "另一种看法是定贪污罪。",
        "三、裁判理由",
        "我们认为，应定盗窃罪。",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(r.keyHoldings).toBe("银行的临时雇员伙同外人盗取所保管的款项，定什么罪？");
    // A question, said to be one: no report prints it as a 裁判要点.
    expect(r.keyHoldingsKind).toBe("question");
  });

  it("ends the question where the next heading runs on into it, OCR's 栽判理由 too (刑事审判参考第1811号)", () => {
    const r = parseAuthoritativeCase(
      [
        "**【第1811号】某某盗窃案**",
        "一、基本案情",
        "被告人某某多次盗窃。",
        "二、主要问题",
        "如何构建完整的证明体系？三、栽判理由在盗窃、行贿案件中，应当综合全案证据。",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(r.keyHoldings).toBe("如何构建完整的证明体系？");
  });
});

describe("parseAuthoritativeCase: a guiding case's keywords", () => {
  it("keeps a keyword's 、 and a wrapped line, and reads a long inline keywords line", () => {
    const wrapped = parseAuthoritativeCase(
      "# 指导案例186号：龚岩志等组织、领导、参加黑社会性质组织案\n关键词\n\n刑事/组织、领导、参加黑社会性质组织罪/行为特征/软暴\n力\n\n裁判要点\n\n犯罪组织以其势力…",
      "spc-guiding",
    );
    expect(wrapped.keywords).toEqual(["刑事", "组织、领导、参加黑社会性质组织罪", "行为特征", "软暴力"]);
    const inline = parseAuthoritativeCase(
      "# 指导性案例215号：某某环境污染案\n**关键词**  刑事/刑事附带民事公益诉讼/环境污染/单位犯罪/环境侵权债务/公司法人人格否认/股东连带责任\n\n**裁判要点**\n\n公司股东滥用…",
      "spc-guiding",
    );
    expect(inline.keywords).toEqual([
      "刑事",
      "刑事附带民事公益诉讼",
      "环境污染",
      "单位犯罪",
      "环境侵权债务",
      "公司法人人格否认",
      "股东连带责任",
    ]);
  });
});

describe("parseAuthoritativeCase: a commentary on a guiding case (人民司法 rmsf0856)", () => {
  it("does not take the guiding case's number for its own", () => {
    const text = [
      "# 【201406057】《李某甲故意杀人案》的理解与参照",
      "文/周泉",
      "最高人民法院于2012年4月9日发布了指导案例12号《李某甲故意杀人案》。本文介绍该案例的遴选过程，并说明其裁判要点的含义。",
    ].join("\n");
    expect(parseAuthoritativeCase(text, "people-judicature").authorityNumber).toBeUndefined();
    const guiding = [
      "# 指导案例12号：李某甲故意杀人案",
      "（最高人民法院审判委员会讨论通过 2012年9月18日发布）",
    ].join("\n");
    expect(parseAuthoritativeCase(guiding, "spc-guiding").authorityNumber).toBe("指导性案例12号");
  });
});

describe("parseAuthoritativeCase: the last court's ruling as the disposition (指导案例 anlifa_29, 刑事审判参考第1812号)", () => {
  it("splits a 裁判结果 telling two instances into the history and the last ruling", () => {
    const text = [
      "### 指导案例189号：某甲文化传播有限公司诉李立、某乙信息技术有限公司合同纠纷案",
      "裁判结果",
      "上海市浦东新区人民法院于2020年11月11日作出（2020）沪0115民初11678号民事判决：驳回李立的诉讼请求。李立不服，提起上诉。上海市第一中级人民法院于2021年4月3日作出（2021）沪01民终8814号民事判决：驳回上诉，维持原判。",
      "裁判理由",
      "法院生效裁判认为：约定的违约金明显偏高的，当事人可以请求法院酌减。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-guiding");
    expect(r.sections.history).toBe(
      "上海市浦东新区人民法院于2020年11月11日作出（2020）沪0115民初11678号民事判决：驳回李立的诉讼请求。李立不服，提起上诉。",
    );
    expect(r.sections.disposition).toBe(
      "上海市第一中级人民法院于2021年4月3日作出（2021）沪01民终8814号民事判决：驳回上诉，维持原判。",
    );
    // One instance told: the 裁判结果 is the disposition, as written.
    const single = parseAuthoritativeCase(
      text.replace(/李立不服，提起上诉[^\n]*/, "宣判后，双方均未上诉。"),
      "spc-guiding",
    );
    expect(single.sections.history).toBeUndefined();
    expect(single.sections.disposition).toMatch(
      /^上海市浦东新区人民法院.*驳回李立的诉讼请求。宣判后，双方均未上诉。$/,
    );
  });

  it("reads 刑事审判参考's last ruling from the end of its 基本案情", () => {
    const text = [
      "**【第1812号】褚某甲诈骗案——诈骗罪和民事欺诈怎样划界**",
      "一、基本案情",
      "莆田市中级人民法院认为，被告人褚某甲以非法占有为目的，骗取他人财物，其行为构成诈骗罪。据此，依照《中华人民共和国刑法》第二百六十六条之规定，判决如下：被告人褚某甲犯诈骗罪，判处有期徒刑十年。",
      "一审宣判后，被告人褚某甲提出上诉。福建省高级人民法院经审理认为，褚某甲实施的是民事上的欺诈，够不上诈骗罪。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（三）项之规定，判决如下：",
      "1．撤销莆田市中级人民法院（2014）莆刑初字第35号刑事判决。2．上诉人褚某甲无罪。",
      "二、主要问题",
      "诈骗罪和民事欺诈怎样划界？",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "criminal-trial-reference");
    expect(r.sections.disposition).toBe(
      "1．撤销莆田市中级人民法院（2014）莆刑初字第35号刑事判决。2．上诉人褚某甲无罪。",
    );
    // The facts keep the whole account of the trials.
    expect(r.sections.facts).toContain("判处有期徒刑十年");
  });
});

describe("parseAuthoritativeCase: the crimes of the write-up's case (a review of 80 write-ups)", () => {
  it("reads the crimes its courts convict of, not those suspected, charged or argued (刑事审判参考第1813号)", () => {
    const text = [
      "**【第1813号】何某犯辩护人妨害作证案——诱使证人改变证言未被采信的，是否构成本罪**",
      "一、基本案情",
      "被告人何某，男，律师。因涉嫌犯辩护人妨害作证罪，于1998年7月3日被逮捕。",
      "1998年7月，被告人何某在为孙某受贿案担任辩护人时，诱使证人改变证言，并据此为孙某作无罪辩护。",
      "甲县人民法院认为，被告人何某的行为已构成辩护人妨害作证罪。依照《中华人民共和国刑法》第三百零六条之规定，于1998年12月12日判决如下：被告人何某犯辩护人妨害作证罪，判处有期徒刑一年，缓刑二年。",
      "一审宣判后，被告人何某不服，提出上诉。乙市中级人民法院经审理后认为：原审判决定罪准确。依照《中华人民共和国刑事诉讼法》第一百八十九条第（一）项的规定，于1999年1月6日裁定如下：",
      "驳回上诉，维持原判。",
      "二、主要问题",
      "诱使证人改变证言未被采信的，是否构成本罪？",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "criminal-trial-reference");
    // 维持原判 names no crime: the ruling it upheld does; not the 受贿 of the case the lawyer defended.
    expect(r.charges).toEqual(["辩护人、诉讼代理人毁灭证据、伪造证据、妨害作证罪"]);
    expect(r.sections.disposition).toBe("驳回上诉，维持原判。");
  });

  it("takes a gazette case its prosecutor brought for criminal, and its ruling told in the third person (FYGB0238)", () => {
    const text = [
      "### 上海市浦东新区人民检察院诉张宇峰、金江危险驾驶案",
      "【裁判摘要】",
      "驾驶人为寻求刺激，在道路上高速追赶、反复穿插行驶的，应认定为追逐竞驶。",
      "公诉机关：上海市浦东新区人民检察院。",
      "被告人：张宇峰，男，1985年2月4日出生。",
      "上海市浦东新区人民检察院以被告人张宇峰、金江犯危险驾驶罪，向上海市浦东新区人民法院提起公诉。",
      "上海市浦东新区人民法院一审查明：2012年1月15日，被告人张宇峰、金江约定骑摩托车在公路上竞速。",
      "上海市浦东新区人民法院一审认为：被告人张宇峰、金江在公路上竞速，情节恶劣，均构成危险驾驶罪。",
      "据此，上海市浦东新区人民法院依照《中华人民共和国刑法》第一百三十三条之一的规定，于2013年1月2日判决：",
      "一、被告人张宇峰犯危险驾驶罪，判处拘役三个月，缓刑三个月，并处罚金人民币三千元。",
      "本判决为终审判决。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-gazette");
    expect(r.category).toBe("刑事");
    expect(r.charges).toEqual(["危险驾驶罪"]);
    expect(r.sections.disposition).toBe(
      "一、被告人张宇峰犯危险驾驶罪，判处拘役三个月，缓刑三个月，并处罚金人民币三千元。",
    );
    // A civil dispute that quotes a criminal judgment has no crimes.
    const civil = parseAuthoritativeCase(
      text.replace("上海市浦东新区人民检察院诉张宇峰、金江危险驾驶案", "顾宇诉某某银行储蓄合同纠纷案"),
      "spc-gazette",
    );
    expect(civil.charges).toEqual([]);
    // A branch prosecutor's (…人民检察院第一分院诉…), and a title spaced before its 诉, are prosecutions
    // too (10 gazette cases had no category and no charges).
    for (const title of [
      "某市人民检察院第一分院诉张宇峰、金江危险驾驶案",
      "某市某区人民检察院 诉张宇峰、金江危险驾驶案",
    ]) {
      const r = parseAuthoritativeCase(
        text.replace("上海市浦东新区人民检察院诉张宇峰、金江危险驾驶案", title),
        "spc-gazette",
      );
      expect([r.category, r.charges]).toEqual(["刑事", ["危险驾驶罪"]]);
    }
  });
});

describe("parseAuthoritativeCase: a gazette reprint in the third person (FYGB0603, FYGB0584)", () => {
  it("tells the parties' claims, the court's findings, its reasoning and its ruling apart", () => {
    const text = [
      "### 某甲体育俱乐部诉某乙贸易有限公司侵害名称权纠纷案",
      "原告：某甲体育俱乐部。",
      "被告：某乙贸易有限公司。",
      "原告某甲俱乐部诉称：被告擅自在广告里用了原告的名称。综上，请求判令被告停止侵害、赔偿损失。",
      "被告某乙公司辩称：广告内容属实，不构成侵权。",
      "上海市静安区人民法院经审理查明：2000年6月，被告在某报刊登的广告中用了原告的名称。",
      "上海市静安区人民法院认为：法人享有名称权。被告擅自在广告里使用原告名称，构成侵权。",
      "据此，上海市静安区人民法院依照《中华人民共和国民法通则》第九十九条第二款、第一百二十条第二款的规定，于2001年3月8日判决：",
      "一、被告某乙公司停止侵害原告某甲俱乐部的名称权；二、被告某乙公司赔偿原告某甲俱乐部经济损失人民币4万元。",
      "一审宣判后，双方当事人均未上诉，判决已发生法律效力。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-gazette");
    expect(r.sections.claims).toMatch(/^原告某甲俱乐部诉称：[\s\S]*不构成侵权。$/);
    expect(r.sections.facts).toBe(
      "上海市静安区人民法院经审理查明：2000年6月，被告在某报刊登的广告中用了原告的名称。",
    );
    // Not from the plaintiff's 综上，请求…
    expect(r.sections.reasoning).toMatch(/^上海市静安区人民法院认为：法人享有名称权。/);
    expect(r.sections.disposition).toMatch(/^一、被告某乙公司停止侵害/);
    expect(r.statutes.map((s) => `${s.law}#${s.article}`)).toEqual([
      "中华人民共和国民法通则#99",
      "中华人民共和国民法通则#120",
    ]);
  });
});

describe("parseAuthoritativeCase: the provisions a court applied, to the end of its sentence", () => {
  it("reads past a 规定 inside a title, and a basis written without 规定 (刑事审判参考, FYGB0237)", () => {
    const review = parseAuthoritativeCase(
      [
        "**【第1814号】某某故意杀人案——死刑复核**",
        "一、基本案情",
        "最高人民法院经复核认为，原判认定事实清楚，量刑适当。依照《中华人民共和国刑事诉讼法》第二百三十五条和《最高人民法院关于复核死刑案件若干问题的规定》第二条第一款的规定，裁定如下：核准某省高级人民法院维持第一审以故意杀人罪判处被告人某某死刑的刑事裁定。",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(review.statutes.map((s) => `${s.law}#${s.article}`)).toEqual([
      "中华人民共和国刑事诉讼法#235",
      "最高人民法院关于复核死刑案件若干问题的规定#2",
    ]);
    const civil = parseAuthoritativeCase(
      [
        "### 朱某诉某公司人身损害赔偿纠纷案",
        "原告：朱某。",
        "被告：某公司。",
        "某区人民法院一审查明：2010年5月，原告在被告经营的商场摔倒受伤。",
        "某区人民法院一审认为：被告未尽安全保障义务，应承担赔偿责任。",
        "据此，某区人民法院依照《中华人民共和国民法通则》第一百一十九条、第一百三十一条，于2011年2月11日判决：",
        "被告某公司赔偿原告朱某医疗费等损失人民币3万元。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(civil.statutes.map((s) => `${s.law}#${s.article}`)).toEqual([
      "中华人民共和国民法通则#119",
      "中华人民共和国民法通则#131",
    ]);
  });
});

describe("parseAuthoritativeCase: numbers produced as evidence, and the kind of case its title tells", () => {
  it("does not take a judgment listed among the evidence for the write-up's own (FYGB0504)", () => {
    const text = [
      "### 某村村民委员会不服某市林业局林业行政处罚决定案",
      "原告：宜兴市上坝村村民委员会。",
      "被告：宜兴市林副业局。",
      "被告向法院提交了以下证据：9.某市林业局的《行政处罚决定书》，证明该局处罚了该村。  10.某市人民法院（2002）宜刑初字第47号刑事判决书，认定该村滥伐林木361.5立方米。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-gazette");
    expect(r.caseNumber).toBeUndefined();
    expect(r.citedCaseNumbers).toEqual(["（2002）宜刑初字第47号"]);
    // No number of its own: an administrative case, as its title says.
    expect(r.category).toBe("行政");
    expect(
      parseAuthoritativeCase("### 成江诉某某大学教学合同纠纷案\n原告：成江。", "spc-gazette").category,
    ).toBe("民事");
  });
});

describe("parseAuthoritativeCase: a ruling written inline (刑事审判参考第1815号)", () => {
  it("reads the appeal's 于…裁定驳回上诉，维持原判 as the last ruling, not a judgment referred to", () => {
    const text = [
      "**【第1815号】卫某甲、蒋某乙侵犯著作权案——未经许可复制发行他人软件的如何处理**",
      "一、基本案情",
      "上海市第二中级人民法院认为，被告人卫某甲、蒋某乙的行为已构成侵犯著作权罪。依照《中华人民共和国刑法》第二百一十七条的规定，判决如下：1.被告人卫某甲犯侵犯著作权罪，判处有期徒刑四年，罚金人民币八万元。",
      "一审宣判后，卫某甲、蒋某乙不服一审判决，分别提出上诉。上海市高级人民法院经审理认为，一审判决定罪正确，量刑适当，应予维持，依照刑事诉讼法第一百八十九条第（一）项的规定，于2001年8月17日裁定驳回上诉，维持原判。",
      "二、主要问题",
      "如何认定侵犯著作权罪？",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "criminal-trial-reference");
    expect(r.sections.disposition).toBe("驳回上诉，维持原判。");
    expect(r.charges).toEqual(["侵犯著作权罪"]);
  });
});

describe("parseAuthoritativeCase: a case settled by the court's mediation (FYGB0666)", () => {
  it("gives the settlement as the disposition, after the judgment it replaced", () => {
    const text = [
      "### 某甲出版社、某乙公司诉某某电视台等侵犯著作权纠纷案",
      "原告：某甲出版社。",
      "被告：某某电视台。",
      "北京市海淀区人民法院一审查明：被告擅自播出了原告享有著作权的节目。",
      "北京市海淀区人民法院一审认为：被告侵犯了原告的著作权。据此，该院于1999年3月1日判决：",
      "一、某某电视台在某报上向某甲出版社、某乙公司公开致歉。",
      "一审宣判后，某丙公司不服，提出上诉。北京市第一中级人民法院二审期间，经法院主持调解，双方当事人自愿达成如下协议：",
      "某丙公司给某乙公司、某甲出版社支付人民币45万元。",
    ].join("\n");
    expect(parseAuthoritativeCase(text, "spc-gazette").sections.disposition).toBe(
      "某丙公司给某乙公司、某甲出版社支付人民币45万元。",
    );
  });
});

describe("parseAuthoritativeCase: a case its editors say no longer applies (刑事审判参考第1816号)", () => {
  it("is superseded, not effective", () => {
    const text = [
      "**【第1816号】沈某甲盗窃案——偷来信用卡又使用的怎样定罪**",
      "一、基本案情",
      "被告人沈某甲盗窃他人信用卡后使用，某区人民法院以盗窃罪判处其有期徒刑三年。",
      "注：鉴于法释〔2009〕19号解释已实施，本案例所涉相关规则可不再参考。",
    ].join("\n");
    expect(parseAuthoritativeCase(text, "criminal-trial-reference").status).toBe("superseded");
    expect(parseAuthoritativeCase(text.replace(/注：[^\n]*/, ""), "criminal-trial-reference").status).toBe(
      "effective",
    );
  });
});

describe("parseAuthoritativeCase: the sentences of a write-up's case (刑事审判参考第1817号)", () => {
  it("reads those its last ruling pronounces, or — when it upholds the one below — those it upheld", () => {
    const text = [
      "**【第1817号】韩某甲、杨某乙、朱某丙诈骗案——借搜索推广骗取加盟费的如何定性**",
      "一、基本案情",
      "无锡市滨湖区人民法院认为，被告人朱某丙的行为构成诈骗罪。依照《中华人民共和国刑法》第二百六十六条之规定，判决如下：被告人朱某丙犯诈骗罪，判处有期徒刑四年，并处罚金人民币四万元。",
      "一审宣判后，朱某丙不服，提出上诉。江苏省无锡市中级人民法院经审理认为，原审判决定罪准确，量刑适当，于2016年12月22日作出（2016）苏02刑终515号刑事裁定：驳回上诉，维持原判。",
      "二、主要问题",
      "借搜索推广骗取加盟费的，如何定性？",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "criminal-trial-reference");
    expect(r.sections.disposition).toBe("驳回上诉，维持原判。");
    expect(r.outcome.appeal).toBe("affirmed");
    expect(r.outcome.criminal).toEqual([
      { defendant: "朱某丙", charges: ["诈骗罪"], penalty: "有期徒刑", months: 48, fine: 40000 },
    ]);
  });
});

describe("parseAuthoritativeCase: an appeal that changes the judgment (改判如下, 刑事审判参考第1818号)", () => {
  it("reads its ruling as the last, with the crimes it convicts of, not those it replaced", () => {
    const text = [
      "**【第1818号】秦某甲贪污、挪用公款案——国家工作人员身份怎样查明**",
      "一、基本案情",
      "某市中级人民法院认为，被告人秦某甲的行为构成贪污罪、挪用公款罪。依照《中华人民共和国刑法》第三百八十二条之规定，判决如下：被告人秦某甲犯贪污罪，判处有期徒刑七年；犯挪用公款罪，判处有期徒刑五年。",
      "一审宣判后，秦某甲不服，提出上诉。某省高级人民法院经审理认为，现有证据不能证明秦某甲是国家工作人员。依照《中华人民共和国刑事诉讼法》第二百二十五条之规定，改判如下：",
      "上诉人秦某甲犯职务侵占罪，判处有期徒刑三年；犯挪用资金罪，判处有期徒刑二年；数罪并罚，决定执行有期徒刑四年六个月。",
      "二、主要问题",
      "国家工作人员身份怎样查明？",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "criminal-trial-reference");
    expect(r.sections.disposition).toMatch(/^上诉人秦某甲犯职务侵占罪/);
    expect(r.charges).toEqual(["职务侵占罪", "挪用资金罪"]);
    expect(r.outcome.criminal?.[0]).toMatchObject({ defendant: "秦某甲", months: 54 });
  });

  it("names the SPC by its official name before asking whether it fits the own number (人民司法 rmsf0463)", () => {
    const text = [
      "# 【201820052】收购人工繁育的珍贵野生动物如何量刑",
      "□案号　一审：（2017）粤01刑初100号　二审：（2017）粤刑终200号　复核：（2018）最高法刑核35941850号",
      "【审判】",
      "广东省高级人民法院二审维持原判，报请最高人民法院核准。最高法院经复核予以核准。",
    ].join("\n");
    expect(parseAuthoritativeCase(text, "people-judicature").court).toBe("最高人民法院");
  });
});

describe("titleParties: the parties a write-up's title names (review15-search)", () => {
  it("reads 甲诉乙…纠纷案 as 原告 and 被告, 甲与乙… without roles, and drops 等", () => {
    const names = (title: string) =>
      titleParties(title, findCauses(title)).map((p) => `${p.role}:${p.name}:${p.kind}`);
    expect(names("指导案例99号：葛禾海诉洪立森名誉权、荣誉权纠纷案")).toEqual([
      "原告:葛禾海:person",
      "被告:洪立森:person",
    ]);
    expect(names("程立森诉张沐禾、某某财产保险股份有限公司某市分公司机动车交通事故责任纠纷案")).toEqual([
      "原告:程立森:person",
      "被告:张沐禾:person",
      "被告:某某财产保险股份有限公司某市分公司:organisation",
    ]);
    expect(names("（检例第923号） 周某甲、吴某乙与周某丙赡养纠纷支持起诉案")).toEqual([
      "其他:周某甲:person",
      "其他:吴某乙:person",
      "其他:周某丙:person",
    ]);
    expect(names("丁某某诉季某某等教育机构责任纠纷案")).toEqual(["原告:丁某某:person", "被告:季某某:person"]);
    expect(names("【202002012】保险诈骗罪的认定")).toEqual([]);
  });

  it("reads the parties before the first of causes a title joins", () => {
    const names = (title: string) => titleParties(title, findCauses(title)).map((p) => `${p.role}:${p.name}`);
    expect(names("某某科技有限公司诉某某贸易有限公司侵害商标权及不正当竞争纠纷案")).toEqual([
      "原告:某某科技有限公司",
      "被告:某某贸易有限公司",
    ]);
    expect(names("王某某诉赵某某、钱某某借款、保证合同纠纷案")).toEqual([
      "原告:王某某",
      "被告:赵某某",
      "被告:钱某某",
    ]);
  });

  it("reads the parties before a cause a space breaks (a title broken across lines)", () => {
    const title = "甲某科技有限公司诉乙某网络有限公司侵犯注册 商标专用权纠纷案";
    expect(titleParties(title, ["侵犯注册商标专用权纠纷"]).map((p) => `${p.role}:${p.name}`)).toEqual([
      "原告:甲某科技有限公司",
      "被告:乙某网络有限公司",
    ]);
  });

  it("reads a government named right after another body, nothing between, as a second party", () => {
    const defendants = (title: string) =>
      titleParties(title, findCauses(title))
        .filter((p) => p.role === "被告")
        .map((p) => `${p.name}:${p.kind}`);
    expect(defendants("李某诉某省某县人力资源和社会保障局某县人民政府工伤认定及行政复议诉讼监督案")).toEqual([
      "某省某县人力资源和社会保障局:organisation",
      "某县人民政府:organisation",
    ]);
    // A place whose name ends as a body's does is the government's own.
    expect(defendants("张某甲诉某省某厂回族自治县人民政府行政征收案")).toEqual([
      "某省某厂回族自治县人民政府:organisation",
    ]);
  });

  it("ends the name before the cause where the cause is read short (指导案例185号, 139号, 94号, 21号)", () => {
    const defendants = (title: string) =>
      titleParties(title, findCauses(title))
        .filter((p) => p.role !== "原告")
        .map((p) => `${p.name}:${p.kind}`);
    expect(defendants("张岩诉某某度假村有限公司平等就业权纠纷案")).toEqual([
      "某某度假村有限公司:organisation",
    ]);
    expect(defendants("某甲公司诉某市某区环境保护局环境行政处罚案")).toEqual([
      "某市某区环境保护局:organisation",
    ]);
    expect(defendants("某乙公司诉某市某区人力资源和社会保障局社会保险行政确认案")).toEqual([
      "某市某区人力资源和社会保障局:organisation",
    ]);
    expect(defendants("某丙公司诉某市人民防空办公室人防行政征收案")).toEqual([
      "某市人民防空办公室:organisation",
    ]);
    expect(defendants("李泉诉某某通信有限公司某市分公司电信服务合同纠纷案")).toEqual([
      "某某通信有限公司某市分公司:organisation",
    ]);
    // A name ending as no organisation's list does is kept whole.
    expect(defendants("王森诉某某铁路分局某某列车段运输合同纠纷案")).toEqual([
      "某某铁路分局某某列车段:organisation",
    ]);
  });
});

describe("parseAuthoritativeCase: a civil write-up's outcome (modelled on 指导案例189号, 208号, a 公报案例)", () => {
  it("an appeal upholding the judgment below has the outcome of the ruling it upheld", () => {
    const text = [
      "### 指导性案例208号：湖南省岳阳市人民检察院诉王大海、刘小江、赵林生生态破坏民事公益诉讼案",
      "裁判结果",
      "湖南省岳阳市中级人民法院于2021年3月15日作出（2020）湘06民初118号民事判决：一、被告王大海、刘小江、赵林生在判决生效后十五日内在省级媒体上发布声明，向公众赔礼道歉；二、被告王大海、刘小江、赵林生连带赔偿生态修复费用计人民币4200000元；三、被告王大海、刘小江、赵林生在判决生效后十五日内赔偿公益诉讼起诉人岳阳市检察院支出的鉴定费86000元。宣判后，王大海、刘小江提起上诉。湖南省高级人民法院于2021年9月8日作出（2021）湘民终452号民事判决：驳回上诉，维持原判。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spc-guiding");
    expect(r.category).toBe("民事");
    expect(r.court).toBe("湖南省高级人民法院");
    expect(r.outcome.appeal).toBe("affirmed");
    expect(r.outcome.civil).toMatchObject({ disposition: "upheld", totalAwarded: 4286000 });
  });

  it("a dismissal upheld on appeal, and an amending appeal told by its disposition", () => {
    const dismissed = parseAuthoritativeCase(
      [
        "### 指导案例189号：杭州星河网络科技有限公司诉孙晓峰、嘉兴云游信息技术有限公司合同纠纷案",
        "裁判结果",
        "杭州市西湖区人民法院于2019年6月12日作出（2019）浙0106民初2871号民事判决：驳回甲某某的诉讼请求。甲某某不服一审判决，提起上诉。浙江省杭州市中级人民法院于2019年11月4日作出（2019）浙01民终9023号民事判决：驳回上诉，维持原判。",
      ].join("\n"),
      "spc-guiding",
    );
    expect(dismissed.outcome).toMatchObject({ appeal: "affirmed", civil: { disposition: "dismissed" } });
    // A gazette reprint without a case number: the appeal is told by its disposition.
    const amended = parseAuthoritativeCase(
      [
        "周雨桐诉成都天府百货连锁有限公司等产品销售者责任纠纷案",
        "原告周雨桐诉称：被告出售的食品不符合食品安全标准，请求判令被告退还货款31 208元，并支付十倍赔偿金312 080元。",
        "被告辩称：不同意原告的诉讼请求。",
        "四川省成都市中级人民法院于2017年8月22日判决：",
        "一、撤销成都市武侯区人民法院（2016）川0107民初字第05218号民事判决；",
        "二、被上诉人成都天府百货连锁有限公司武侯店于本判决生效之日起十日内退还上诉人周雨桐货款31 208元；",
        "三、驳回上诉人周雨桐的其他诉讼请求。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(amended.outcome).toMatchObject({
      appeal: "amended",
      civil: { disposition: "partly_upheld", totalAwarded: 31208 },
    });
  });
});

describe("parseAuthoritativeCase: a civil write-up telling two rulings, the last quashing the first (人民司法)", () => {
  it("has the outcome of the last, not the awards it set aside", () => {
    const r = parseAuthoritativeCase(
      [
        "# 【201800001】刑民交叉案件中民事起诉的审查 文/某某",
        "【裁判要旨】",
        "借贷行为涉嫌犯罪的，民事起诉应予驳回。",
        "□案号：一审：(2017)甲0102民初100号　二审：(2018)甲01民终200号",
        "【案情】",
        "原告(二审被上诉人)：张某甲。",
        "被告(二审上诉人)：某某银行股份有限公司甲市分行。",
        "张某甲向该行出借100万元，该行负责人因涉嫌犯罪被立案侦查。",
        "【审判】",
        "甲市乙区人民法院经审理认为，借款合同有效。一审法院遂作出(2017)甲0102民初100号民事判决：一、某某银行于判决生效后10日内偿还张某甲借款本金100万元；二、某某银行于判决生效后10日内支付张某甲借款利息24万元。",
        "某某银行不服一审判决，向甲市中级人民法院提起上诉。",
        "甲市中级人民法院经审理认为，本案借贷行为涉嫌犯罪，应予纠正。遂裁定：一、撤销甲市乙区人民法院(2017)甲0102民初100号民事判决；二、驳回张某甲的起诉。",
        "【评析】",
        "刑民交叉案件中，同一事实的认定是关键。",
      ].join("\n"),
      "people-judicature",
    );
    expect(r.outcome).toMatchObject({
      appeal: "amended",
      civil: { disposition: "suit_dismissed", amounts: [] },
    });
    expect(r.outcome.civil?.totalAwarded).toBeUndefined();
  });
});

describe("suitCategory: a write-up titled 甲诉乙…案 without 纠纷 or a number of its own (公报案例)", () => {
  it("is administrative against an organ over its act, else civil; never a prosecution", () => {
    expect(suitCategory("钱小梅诉常州市发展和改革委员会政府信息公开答复案")).toBe("行政");
    expect(suitCategory("苏州锦华服饰有限公司诉无锡市滨湖区人力资源和社会保障局工伤认定决定案")).toBe("行政");
    expect(suitCategory("青松花园业主委员会诉朝阳区房管局 不履行法定职责案")).toBe("行政");
    expect(suitCategory("冯大川诉河北工贸技校不履行法定职责案")).toBe("行政");
    expect(suitCategory("韩立志诉合肥惠民超市有限公司蜀山店等 产品生产者、销售者责任案")).toBe("民事");
    expect(suitCategory("唐秀英等诉兴山县建设局人身损害赔偿案")).toBe("民事");
    expect(suitCategory("宋远山诉合肥悦来 餐饮管理有限公司劳动争议案")).toBe("民事");
    expect(suitCategory("浙江省人民检察院第二分院诉 丙某某、丁某某走私废物、走私普通货物案")).toBeUndefined();
    expect(suitCategory("茅某组织卖淫不起诉复议复核案")).toBeUndefined();
    expect(suitCategory("马二牛盗窃案")).toBeUndefined();
  });

  it("gives a civil reprint its category and outcome", () => {
    const r = parseAuthoritativeCase(
      [
        "韩立志诉合肥惠民超市有限公司蜀山店等 产品生产者、销售者责任案",
        "原告韩立志诉称：其在被告处购买的饮料已过保质期，请求判令被告退还货款并赔偿。",
        "被告辩称：不同意原告的诉讼请求。",
        "合肥市蜀山区人民法院经审理查明：原告于2016年在被告处购买饮料。",
        "合肥市蜀山区人民法院一审认为：被告销售过期食品，应当承担赔偿责任。",
        "合肥市蜀山区人民法院于2017年3月14日判决：",
        "一、被告于本判决生效之日起十日内退还原告货款2 318元，并支付赔偿金23 180元；二、驳回原告的其他诉讼请求。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.category).toBe("民事");
    expect(r.outcome.civil).toMatchObject({ disposition: "partly_upheld", totalAwarded: 25498 });
  });
});

describe("parseAuthoritativeCase: a gazette reprint's court and date, from the sentence opening its ruling", () => {
  it("reads 甲市经济技术开发区人民法院…规定于2022年4月18日作出判决：", () => {
    const r = parseAuthoritativeCase(
      [
        "## 方志远诉某某物流公司劳动合同纠纷案",
        "【案例要旨】",
        "单位书面要求签合同而劳动者自己不签的，劳动者不能再要求二倍工资。",
        "原告：方志远，男，住江苏省某市。",
        "被告：某某物流公司，住所地：江苏省某市某某大道。",
        "原告方志远与被告某某物流公司因劳动合同纠纷，向江苏省甲市经济技术开发区人民法院起诉。",
        "原告方志远诉称：请求判令物流公司支付未签合同期间的二倍工资差额46 800元。",
        "被告物流公司辩称：不同意原告的诉讼请求。",
        "江苏省甲市经济技术开发区人民法院一审查明：原告于2020年7月6日到被告处工作。",
        "江苏省甲市经济技术开发区人民法院一审认为：物流公司应付原告休息日的加班工资。",
        "江苏省甲市经济技术开发区人民法院依照《中华人民共和国民事诉讼法》第六十七条第一款、《中华人民共和国劳动法》第四十四条规定于2022年4月18日作出判决：",
        "一、被告某某物流公司于本判决生效之日起十日内支付原告方志远休息日加班工资8 563.47元；",
        "二、驳回原告方志远的其他诉讼请求。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.court).toBe("江苏省甲市经济技术开发区人民法院");
    expect(r.decisionDate).toBe("2022-04-18");
    expect(r.outcome.civil).toMatchObject({ disposition: "partly_upheld", totalAwarded: 8563.47 });
  });
});

describe("parseAuthoritativeCase: an administrative write-up's outcome (modelled on 指导案例41号, 76号)", () => {
  it("reads the ruling on the act, and for an affirming appeal the ruling it upheld", () => {
    const first = parseAuthoritativeCase(
      [
        "### 指导案例41号：蒋立新等诉某市国土资源局收回国有土地使用权案",
        "裁判结果",
        "浙江省某市某区人民法院于2004年5月17日作出（2004）莲行初字第12号行政判决：撤销被告某市国土资源局2003年10月9日作出的收回国有土地使用权的通知。宣判后，双方均未上诉。",
      ].join("\n"),
      "spc-guiding",
    );
    expect(first.category).toBe("行政");
    expect(first.outcome).toEqual({ administrative: { dispositions: ["revoked"] } });
    const appeal = parseAuthoritativeCase(
      [
        "### 指导案例76号：某某房地产开发有限公司诉某市国土资源局不履行行政协议案",
        "裁判结果",
        "江西省某市某区人民法院于2015年2月19日作出（2015）渝行初字第4号行政判决：一、撤销被告某市国土资源局于2014年5月15日对原告申请作出的答复；二、被告某市国土资源局在本判决生效之日起六十日内对原告重新作出书面答复。宣判后，某市国土资源局提出上诉。江西省某市中级人民法院于2015年7月2日作出(2015)余行终字第7号行政判决：驳回上诉，维持原判。",
      ].join("\n"),
      "spc-guiding",
    );
    expect(appeal.outcome).toEqual({
      appeal: "affirmed",
      administrative: { dispositions: ["revoked", "remake"] },
    });
  });
});

describe("parseAuthoritativeCase: an appeal withdrawn leaves the ruling below standing (modelled on 公报 FYGB0226, FYGB0432)", () => {
  it("reads the first instance's rulings told before an appeal withdrawn, not the late marker of the appeal's", () => {
    const r = parseAuthoritativeCase(
      [
        "### 张某甲诉某区住房保障局不履行房屋登记职责案",
        "裁判结果",
        "一、撤销被告某区住房保障局作出的《关于张某甲申请办理过户登记的答复》。",
        "二、责令被告某区住房保障局在本判决书发生法律效力后30日内履行为原告张某甲办理房屋所有权转移登记的法定职责。",
        "某区住房保障局不服一审判决，向某市中级人民法院提起上诉，审理中同意为张某甲办理登记并申请撤回上诉，某市中级人民法院于2013年5月6日裁定如下：准予上诉人某区住房保障局撤回上诉。",
      ].join("\n"),
      "spc-guiding",
    );
    expect(r.category).toBe("行政");
    expect(r.outcome).toEqual({
      administrative: { dispositions: ["revoked", "ordered"] },
      appeal: "withdrawn",
    });
  });

  it("takes an appeal treated as withdrawn (按自动撤回上诉处理) to leave the civil ruling it quotes", () => {
    const r = parseAuthoritativeCase(
      [
        "### 李某乙诉某典当公司典当纠纷案",
        "裁判结果",
        "某区人民法院于2004年10月8日作出（2004）某民初字第9号民事判决：驳回原告李某乙的诉讼请求。李某乙不服一审判决，提起上诉，未在规定期限内交纳上诉费。某市中级人民法院于2005年3月2日作出（2005）某民终字第3号民事裁定：本案按上诉人李某乙自动撤回上诉处理。一审判决即发生法律效力。",
      ].join("\n"),
      "spc-guiding",
    );
    expect(r.outcome).toEqual({ civil: { disposition: "dismissed", amounts: [] }, appeal: "withdrawn" });
  });
});

describe("parseAuthoritativeCase: a ruling dated in Chinese numerals (modelled on 公报 FYGB0909)", () => {
  it("finds the appeal's inline ruling after 十月三十日, and reads no sum its reasoning weighs", () => {
    const r = parseAuthoritativeCase(
      [
        "### 某村民委员会诉某建设公司临时用地合同纠纷案",
        "裁判结果",
        "（一）双方签订的临时用地合同有效；（二）驳回原告的诉讼请求。",
        "原告不服一审判决，向某市中级人民法院提起上诉。",
        "某市中级人民法院经审理认为：被上诉人已付给上诉人用地补偿四万元，足以弥补其损失，上诉人再要求补偿两万元，不予支持。原审判决并无不当。",
        "某市中级人民法院依照《中华人民共和国民事诉讼法（试行）》的规定，于一九八七年五月二十日判决驳回上诉，维持原判。",
      ].join("\n"),
      "spc-guiding",
    );
    // The appeal upheld the ruling below, which this account gives without a marker to quote it by:
    // no sum its reasoning weighs is an award (it had read partly_upheld, 40,000 and 20,000).
    expect(r.outcome).toEqual({ civil: { disposition: "other", amounts: [] }, appeal: "affirmed" });
  });
});

describe("parseAuthoritativeCase: a court deciding on a date written without 于 (modelled on 指导案例169号, 84号)", () => {
  it("dates the case by its judgment, not by the guiding case's issue", () => {
    const r = parseAuthoritativeCase(
      [
        "### 指导案例169号：沈晓宇诉交通银行股份有限公司杭州城西支行银行卡纠纷案",
        "（最高人民法院审判委员会讨论通过 2021年11月9日发布）",
        "裁判结果",
        "杭州市拱墅区人民法院于2018年2月6日作出（2018）浙0105民初3412号民事判决：被告交通银行城西支行赔偿原告沈晓宇银行卡内存款损失93500元。宣判后，交通银行城西支行提出上诉。浙江省杭州市中级人民法院2018年7月19日作出（2018）浙01民终5116号民事判决:驳回上诉，维持原判。",
      ].join("\n"),
      "spc-guiding",
    );
    expect(r.court).toBe("浙江省杭州市中级人民法院");
    expect(r.decisionDate).toBe("2018-07-19");
    expect(r.releaseDate).toBe("2021-11-09");
    expect(r.outcome).toMatchObject({
      appeal: "affirmed",
      civil: { disposition: "upheld", totalAwarded: 93500 },
    });
  });
});

describe("parseAuthoritativeCase: the parties of a reprint, not the words of its account", () => {
  it("reads the parties paragraph, not the third-person history and findings it runs on into (公报)", () => {
    const r = parseAuthoritativeCase(
      [
        "### 青禾农机有限公司诉石川县市场监督管理局行政处罚案",
        "原告：青禾农机有限公司，住所地：某省石川县工业园区。",
        "法定代表人：柯明远，该公司总经理。",
        "被告：石川县市场监督管理局，住所地：某省石川县府前路。",
        "负责人∶杜衡，该局局长。",
        "原告青禾农机有限公司（以下简称青禾公司）因与被告石川县市场监督管理局（以下简称石川县市监局）发生行政处罚纠纷，向某省石川县人民法院提起行政诉讼。",
        "原告青禾公司成立于2010年，经营农机销售。被告于2019年3月2日作出处罚决定。被告在判决生效后，重新调查取证。",
        "原告青禾公司认为，被告提交的证据不能证明其主张。",
        "石川县人民法院认为：被告的处罚决定认定事实清楚。",
        "据此，石川县人民法院于2020年5月6日判决：驳回原告青禾公司的诉讼请求。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.parties.map((p) => `${p.role}|${p.name}`)).toEqual([
      "原告|青禾农机有限公司",
      "被告|石川县市场监督管理局",
    ]);
  });

  it("reads the parties after a holding of several lines, with counsel, guardians and shared addresses between them", () => {
    const r = parseAuthoritativeCase(
      [
        "### 某市某区人民检察院诉甘小川、符大同盗窃案",
        "【裁判摘要】",
        "一、对于盗窃数额的认定，应当根据被告人的供述和其他证据综合判断，不能仅凭",
        "被告人自己的供述认定。",
        "二、被告人以营利为目的，多次盗窃的，应当从重处罚。",
        "公诉机关：某市某区人民检察院。",
        "被告人甘小川（GAN XIAOCHUAN），男，1990年5月6日出生，住某市某区。",
        "辩护人邬清、钱朗，某律师事务所律师。",
        "被告人：符大同，男，二十三岁，农民。",
        "法定代理人：符长青，系被告人符大同之父。",
        "上列被告人均于2018年7月3日被逮捕。",
        "某市某区人民检察院以某检刑诉〔2018〕12号起诉书指控被告人甘小川、符大同犯盗窃罪，于2018年9月1日向某市某区人民法院提起公诉。",
        "被告人甘小川勾结被告人符大同，多次入户盗窃。",
      ].join("\n"),
      "spc-gazette",
    );
    expect(r.parties.map((p) => `${p.role}|${p.name}`)).toEqual([
      "公诉机关|某市某区人民检察院",
      "被告人|甘小川",
      "被告人|符大同",
    ]);
  });

  it("reads no party from an article's account, only the names its title gives too (人民司法)", () => {
    const r = parseAuthoritativeCase(
      [
        "# 【202201001】《庞少军、祁远故意伤害案》的理解与参照 文/某某",
        "一、本案例的相关情况",
        "2019年5月，庞少军与祁远在某市打工期间与他人发生争执。某区人民法院以故意伤害罪判处庞少军有期徒刑三年。",
        "被告人庞少军以其属正当防卫、不构成犯罪为由提出上诉。被告人祁远首先持棍击打被害人头部。二审法院驳回上诉，维持原判。被告人祁远、庞少军均不服，提出申诉。",
      ].join("\n"),
      "people-judicature",
    );
    expect(r.parties.map((p) => `${p.role}|${p.name}`)).toEqual(["被告人|祁远", "被告人|庞少军"]);
  });
});

describe("sentencedDefendants: the parties of a criminal write-up without a parties paragraph", () => {
  it("drops the words a ruling ran on into after a name, and words of the account read as names", () => {
    expect(
      sentencedDefendants([
        "被告人葛远山",
        "葛远山一人",
        "柴文均",
        "柴文",
        "苗小禾在",
        "苗小禾",
        "祝明",
        "祝明所",
        "之行为已触",
        "以",
        "三人",
        "滕青宣告",
      ]),
    ).toEqual(["葛远山", "柴文", "苗小禾", "祝明", "滕青"]);
  });

  it("reads a unit and its people read as one one by one, and keeps a masked name beside a shorter one", () => {
    expect(sentencedDefendants(["某市某技术中心和被告人甲某某、乙某", "钟某", "钟某付"])).toEqual([
      "某市某技术中心",
      "甲某某",
      "乙某",
      "钟某",
      "钟某付",
    ]);
  });
});

describe("parseAuthoritativeCase: ids", () => {
  /** A 刑事审判参考 write-up as the collection heads it: 【第N号】name——question, then 基本案情. */
  const trialReference = (number: number, name: string) =>
    [
      `**【第${number}号】${name}——如何定罪处罚**`,
      "一、基本案情",
      `被告人${name.slice(0, 3)}，男，1980年1月1日出生。某市人民检察院以被告人${name.slice(0, 3)}犯罪，向某市中级人民法院提起公诉。`,
    ].join("\n\n");

  it("gives each of two cases printed under one number an id of its own, read from its record alone", () => {
    const first = parseAuthoritativeCase(trialReference(993, "张某甲故意杀人案"), "criminal-trial-reference");
    const second = parseAuthoritativeCase(
      trialReference(993, "李某乙故意伤害案"),
      "criminal-trial-reference",
    );
    expect(first.authorityNumber).toBe("刑事审判参考第993号");
    expect(second.authorityNumber).toBe("刑事审判参考第993号");
    expect(first.id).not.toBe(second.id);
    expect(
      parseAuthoritativeCase(trialReference(993, "张某甲故意杀人案"), "criminal-trial-reference").id,
    ).toBe(first.id);
    // Another number is still the write-up's id alone: two texts bearing it are one write-up.
    expect(
      parseAuthoritativeCase(trialReference(994, "张某甲故意杀人案"), "criminal-trial-reference").id,
    ).toBe(parseAuthoritativeCase(trialReference(994, "李某乙故意伤害案"), "criminal-trial-reference").id);
  });
});

describe("prosecutorsCaseCategory: the kind of a 检察指导性案例 that is no prosecution", () => {
  it("reads it from the title, else the keywords naming the prosecutor's work, else a civil dispute named", () => {
    expect(
      prosecutorsCaseCategory("（检例第900号） 某市人民检察院诉张某甲等二人毁损古树民事公益诉讼案"),
    ).toBe("民事");
    expect(
      prosecutorsCaseCategory("（检例第901号） 某县人民检察院对某协会诉某厂环境污染民事公益诉讼检察监督案"),
    ).toBe("民事");
    expect(
      prosecutorsCaseCategory("（检例第902号） 王某乙侵害英烈名誉案", ["民事公益诉讼", "英烈名誉"]),
    ).toBe("民事");
    expect(
      prosecutorsCaseCategory("（检例第903号） 某区人民检察院督促整治校园周边售烟案", ["行政公益诉讼"]),
    ).toBe("行政");
    expect(
      prosecutorsCaseCategory("（检例第904号） 李某丙诉某区人社局养老保险待遇核定检察监督案", [
        "行政检察",
        "抗诉",
      ]),
    ).toBe("行政");
    expect(
      prosecutorsCaseCategory("（检例第905号） 刘某丁与赵某戊民间借贷纠纷抗诉案", ["民间借贷", "抗诉"]),
    ).toBe("民事");
    expect(
      prosecutorsCaseCategory("（检例第906号） 某公司诉某县住房和城乡建设局房屋拆迁补偿纠纷抗诉案"),
    ).toBe("行政");
    // A 公益诉讼 naming neither, a prosecution's incidents: not said.
    expect(
      prosecutorsCaseCategory("（检例第907号） 某县人民检察院督促治理河道污染公益诉讼案", ["诉源治理"]),
    ).toBeUndefined();
    expect(
      prosecutorsCaseCategory("（检例第908号） 孙某己正当防卫案", ["正当防卫", "不批准逮捕"]),
    ).toBeUndefined();
  });

  it("gives a prosecutor's civil public-interest suit its category (检例 titles had none)", () => {
    const r = parseAuthoritativeCase(
      [
        "### （检例第900号） 某市人民检察院诉张某甲等二人毁损古树民事公益诉讼案",
        "【关键词】",
        "公益诉讼",
        "【基本案情】",
        "张某甲、张某乙砍伐某景区古树一株。",
        "【检察机关履职过程】",
        "某市人民检察院向某市中级人民法院提起诉讼，请求判令二被告赔偿损失。",
      ].join("\n\n"),
      "spp-guiding",
    );
    expect(r.category).toBe("民事");
  });
});

describe("parseAuthoritativeCase: the court and date of a gazette reprint from one source (diff review L6)", () => {
  const reprint = (appeal: string[]) =>
    [
      "张某甲诉某某有限公司买卖合同纠纷案",
      "原告：张某甲，男，1970年1月1日出生。",
      "被告：某某有限公司，住所地甲市乙区。",
      "原告张某甲因与被告某某有限公司发生买卖合同纠纷，向甲市乙区人民法院提起诉讼。",
      "原告张某甲诉称：被告欠付货款5万元，请求判令其支付。",
      "被告某某有限公司辩称：货物有质量问题，不应付款。",
      "甲市乙区人民法院一审查明：双方签订买卖合同，原告交付了货物。",
      "甲市乙区人民法院一审认为：被告未举证证明货物存在质量问题，应当支付货款。",
      "据此，甲市乙区人民法院依照《中华人民共和国合同法》第一百零七条之规定，于2015年3月2日判决：",
      "被告某某有限公司于判决生效之日起十日内向原告张某甲支付货款5万元。",
      ...appeal,
    ].join("\n\n");

  it("never dates the appeal court told by the first instance's ruling", () => {
    const r = parseAuthoritativeCase(
      reprint([
        "一审宣判后，某某有限公司不服，向甲市中级人民法院提起上诉。",
        "甲市中级人民法院二审认为：一审判决认定事实清楚，适用法律正确。",
        "据此，依照《中华人民共和国民事诉讼法》第一百七十条第一款第（一）项之规定，判决：",
        "驳回上诉，维持原判。",
      ]),
      "spc-gazette",
    );
    expect(r.court).toBe("甲市中级人民法院");
    expect(r.decisionDate).toBeUndefined();
  });

  it("takes a ruling's court from the reasoning it concludes, or from its sentence (…法院遂依照…)", () => {
    const appeal = [
      "一审宣判后，某某有限公司不服，向甲市中级人民法院提起上诉。",
      "甲市中级人民法院二审认为：一审判决认定事实清楚，但利息计算有误，二审法院予以纠正。",
      "依照《中华人民共和国民事诉讼法》第一百七十条第一款第（二）项之规定，于2015年8月3日作出判决：",
      "一、维持一审判决；二、驳回某某有限公司的其他上诉请求。",
    ];
    expect(
      reprintRulingCourt(reprint(appeal), "一、维持一审判决；二、驳回某某有限公司的其他上诉请求。"),
    ).toEqual({
      court: "甲市中级人民法院",
      date: "2015-08-03",
    });
    const text =
      "综上，一审判决正确。甲市中级人民法院遂依照《中华人民共和国民事诉讼法》之规定，于2015年8月3日判决：驳回上诉，维持原判。";
    expect(reprintRulingCourt(text, "驳回上诉，维持原判。")).toEqual({
      court: "甲市中级人民法院",
      date: "2015-08-03",
    });
  });
});

describe("parseAuthoritativeCase: the court stating the write-up's own number, and numbers that are not its own", () => {
  it("names the court whose clause gives the own number, whatever level an old short code suggests", () => {
    // 甘 reads as a Gansu basic court's code; the number is a Sichuan prefecture's intermediate court's.
    const r = parseAuthoritativeCase(
      [
        "### 指导案例900号：某某基金会诉某某矿业有限公司生态破坏民事公益诉讼案",
        "（最高人民法院审判委员会讨论通过 2021年11月12日发布）",
        "裁判结果",
        "四川省甲乙藏族自治州中级人民法院于2020年11月28日作出（2015）甘民初字第7号民事判决：被告某某矿业有限公司停止开采并修复植被。宣判后，双方均未上诉，判决已经生效。",
      ].join("\n"),
      "spc-guiding",
    );
    expect(r.caseNumber?.raw).toBe("（2015）甘民初字第7号");
    expect(r.court).toBe("四川省甲乙藏族自治州中级人民法院");
    expect(r.courtLevel).toBe("中级");
    expect(r.decisionDate).toBe("2020-11-28");
  });

  it("takes the court giving its own decision's number first, not one naming the number after it", () => {
    const r = parseAuthoritativeCase(
      [
        "# 【201901001】某某买卖合同纠纷的处理 文/王某丙",
        "□案号　（2009）乙民初字第9号",
        "【案情】",
        "甲市乙区人民法院于2009年5月4日作出（2009）乙民初字第9号民事判决，判令被告支付货款。宣判后双方均未上诉。",
        "甲市中级人民法院于2010年9月10日作出（2010）甲执字第5号执行裁定，终结（2009）乙民初字第9号民事判决的本次执行程序。",
      ].join("\n"),
      "people-judicature",
    );
    expect(r.caseNumber?.raw).toBe("（2009）乙民初字第9号");
    expect(r.court).toBe("甲市乙区人民法院");
    expect(r.decisionDate).toBe("2009-05-04");
  });

  const gazette = (account: string[]) =>
    [
      "张某甲诉某某银行股份有限公司储蓄存款合同纠纷案",
      "原告：张某甲，男，1970年1月1日出生。",
      "被告：某某银行股份有限公司，住所地甲市乙区。",
      "原告张某甲因与被告某某银行股份有限公司发生储蓄存款合同纠纷，向甲市乙区人民法院提起诉讼。",
      ...account,
      "据此，甲市乙区人民法院依照《中华人民共和国合同法》第一百零七条之规定，于2008年11月7日判决：",
      "被告某某银行股份有限公司自本判决生效之日起十日内，给付原告张某甲存款4万元及此款自2007年11月15日起至本判决生效之日止的利息。",
    ].join("\n\n");

  it("never owns the conviction a civil suit's account tells of, nor dates the case by an interest's start", () => {
    const r = parseAuthoritativeCase(
      gazette([
        "甲市乙区人民法院一审查明：原告的借记卡被他人复制后取走存款4万元。取款的李某乙被甲市乙区人民法院以（2008）乙刑初字第3号刑事判决认定犯信用卡诈骗罪。",
        "甲市乙区人民法院一审认为：被告未尽安全保障义务，应当支付存款。",
      ]),
      "spc-gazette",
    );
    expect(r.caseNumber).toBeUndefined();
    expect(r.category).toBe("民事");
    expect(r.court).toBe("甲市乙区人民法院");
    expect(r.decisionDate).toBe("2008-11-07");
  });

  it("never owns a number told in additional findings (再查明：…), however told after", () => {
    const r = parseAuthoritativeCase(
      gazette([
        "甲市乙区人民法院一审查明：原告向被告存入4万元。",
        "再查明：原告与某某投资有限公司借款纠纷一案，甲市中级人民法院于2010年3月3日作出（2009）甲民初字第9号民事判决。后甲市中级人民法院作出（2010）甲执字第5号执行裁定，终结（2009）甲民初字第9号民事判决的本次执行程序。",
        "甲市乙区人民法院一审认为：被告应当支付存款。",
      ]),
      "spc-gazette",
    );
    expect(r.caseNumber).toBeUndefined();
    expect(r.category).toBe("民事");
    expect(r.court).toBe("甲市乙区人民法院");
    expect(r.decisionDate).toBe("2008-11-07");
  });

  it("names a reprint's court by no number its text tells only, which may be another suit's", () => {
    const r = parseAuthoritativeCase(
      gazette([
        "甲市乙区人民法院一审查明：原告曾以被告职员王某丁违约为由向甲市丙区人民法院起诉。该案审理中，双方达成调解协议，甲市丙区人民法院于2007年9月8日作出（2007）丙民一初字第3号民事调解书。",
        "甲市乙区人民法院一审认为：被告应当支付存款。",
      ]),
      "spc-gazette",
    );
    expect(r.court).toBe("甲市乙区人民法院");
    expect(r.decisionDate).toBe("2008-11-07");
  });
});

describe("parseAuthoritativeCase: a civil write-up's outcome is its last ruling's, read alone", () => {
  const guiding = (result: string) =>
    parseAuthoritativeCase(
      [
        "### 指导案例900号：某某银行诉张某甲民间借贷纠纷案",
        "裁判结果",
        result,
        "裁判理由",
        "法院生效裁判认为：双方的诉讼行为系虚假诉讼。",
      ].join("\n"),
      "spc-guiding",
    ).outcome.civil;

  it("reads neither the story before the ruling nor what followed it", () => {
    // Modelled on a 人民司法 case: fines imposed after the retrial had been read as 200,000 upheld.
    expect(
      guiding(
        "某市中院再审认为，原审原告与原审被告之间并不存在真实的债权债务关系，其诉讼请求依法应当予以驳回。经审判委员会讨论决定，某市中院判决：一、撤销某市中院（2012）某民初字第455号民事调解书；二、驳回原审原告张某甲的诉讼请求。判决后，双方均未提起上诉。2017年2月18日，某市中院以决定书对张某甲、李某乙分别处以6万元、3万元的罚款。",
      ),
    ).toEqual({ disposition: "dismissed", amounts: [] });
    // Modelled on a gazette case: a settlement of another suit told before the ruling is no mediation.
    expect(
      guiding(
        "该劳动争议案件审理中，双方达成调解协议，某区人民法院作出民事调解书：张某甲一次性支付某某公司4500元。本案中，某区人民法院依照《中华人民共和国公司法》第二十二条之规定，于2011年8月26日作出判决：一、确认原告某某公司股东会决议第三项“对被告张某甲处以人民币60000元的罚款”内容无效；二、驳回原告某某公司要求被告张某甲支付31250元的诉讼请求。一审宣判后，双方均未上诉。",
      )?.disposition,
    ).toBe("partly_upheld");
  });

  it("reads the ruling upheld, not its sum restated as well", () => {
    // Modelled on 指导案例 anlifa_81: the appeal upheld the awards and restated their sum.
    expect(
      guiding(
        "某市中级人民法院于2019年4月2日作出（2018）某08民初27号民事判决：一、被告某某公司赔偿环境修复费用260万元；二、被告某某公司赔偿服务功能损失费用140万元。宣判后，某某公司提出上诉，某省高级人民法院于2019年10月11日作出（2019）某民终802号民事判决：一、维持某市中级人民法院(2018)某08民初27号民事判决。某某公司应于本判决生效之日起三十日内将赔偿款项400万元支付至指定账户。",
      )?.totalAwarded,
    ).toBe(4000000);
    // One that keeps some items of the judgment below and changes another: those items with its own.
    expect(
      guiding(
        "某市中级人民法院于2005年3月1日作出（2004）某民初字第1号民事判决：1.被告某某公司立即停止使用侵权包装；2.被告某某公司赔偿原告人民币700000元；3.驳回原告其他诉讼请求。某某公司不服，提起上诉。某省高级人民法院于2006年1月9日作出（2005）某民终字第36号民事判决：1.维持某市中级人民法院（2004）某民初字第1号民事判决第一项、第三项；2.变更该判决第二项为：被告某某公司赔偿原告人民币500000元。",
      ),
    ).toMatchObject({ disposition: "partly_upheld", totalAwarded: 500000 });
  });
});

describe("parseAuthoritativeCase: a court ordered to retry is named without the order (检例第53号's form)", () => {
  it("reads 指令甲市乙区人民法院再审 as no court's name", () => {
    const r = parseAuthoritativeCase(
      [
        "**（检例第900号） 某某置业公司等虚构债务骗取判决虚假诉讼监督案**",
        "【监督结果】",
        "2018年1月16日，甲市中级人民法院作出民事裁定，指令甲市乙区人民法院再审。",
      ].join("\n"),
      "spp-guiding",
    );
    expect(r.court).toBe("甲市中级人民法院");
  });
});

describe("parseAuthoritativeCase: a decision dated before the provisions applied (于…日，依照…，判决：)", () => {
  it("dates the decision told so, as old gazette cases write it", () => {
    const r = parseAuthoritativeCase(
      [
        "**张某甲诉某某期货公司期货交易纠纷案**",
        "【案情】",
        "甲省高级人民法院经审理认为：上诉人的上诉理由不能成立。甲省高级人民法院于1995年3月16日，依照《中华人民共和国民事诉讼法》第一百五十三条第一款第（一）项的规定，判决：驳回上诉，维持原判。",
      ].join("\n"),
      "people-judicature",
    );
    expect(r.court).toBe("甲省高级人民法院");
    expect(r.decisionDate).toBe("1995-03-16");
  });
});

describe("parseAuthoritativeCase: the date of an act a ruling quashes is not the ruling's (指导案例69号's form)", () => {
  it("dates the judgment, not the administrative act it names as made (…于2013年5月2日作出的…)", () => {
    const r = parseAuthoritativeCase(
      [
        "**张某甲诉甲市人力资源和社会保障局工伤认定案**",
        "【裁判结果】",
        "甲市乙区人民法院于2013年10月17日作出（2013）乙行初字第3号行政判决，撤销被告甲市人力资源和社会保障局于2013年5月2日作出的甲人社工时〔2013〕5号《中止通知》。",
      ].join("\n"),
      "spc-guiding",
    );
    expect(r).toMatchObject({ court: "甲市乙区人民法院", decisionDate: "2013-10-17" });
  });
});

describe("parseAuthoritativeCase: a court's compensation committee decides as that court (FYGB0236's form)", () => {
  const told = (result: string) =>
    parseAuthoritativeCase(["**张某甲申请国家赔偿案**", "【裁判结果】", result].join("\n"), "spc-guiding");

  it("names the court whose committee decided last, dated by its 决定：", () => {
    expect(
      told(
        "甲市中级人民法院赔偿委员会于2010年12月20日作出决定：乙区人民法院支付张某甲赔偿金5万元。张某甲不服，向甲省高级人民法院赔偿委员会提出申诉。甲省高级人民法院赔偿委员会经审理，依照《中华人民共和国国家赔偿法》第三十三条的规定，于2012年3月5日决定：维持甲市中级人民法院赔偿委员会决定第一项。",
      ),
    ).toMatchObject({ court: "甲省高级人民法院", decisionDate: "2012-03-05", courtLevel: "高级" });
  });

  it("dates no court's case by a 决定： on a side matter (a sanction's reconsideration, FYGB0453's form)", () => {
    expect(
      told(
        "某某公司不服一审判决，提起上诉，并申请复议一审的民事制裁决定。二审中，某某公司申请撤回上诉，甲省高级人民法院经审查，于2005年3月16日裁定准许。对于复议申请，甲省高级人民法院经复议，于2005年2月22日决定：维持一审民事制裁决定。",
      ),
    ).not.toHaveProperty("decisionDate", "2005-02-22");
  });
});

describe("parseAuthoritativeCase: a court the account names short (辽宁高院, 苏州中院, 巡回法庭)", () => {
  const told = (result: string) =>
    parseAuthoritativeCase(
      ["**张某甲诉某某公司买卖合同纠纷案**", "【裁判结果】", result].join("\n"),
      "spc-guiding",
    );

  it("names a province's high court by the province's full name", () => {
    expect(
      told("某某公司不服，提起上诉。辽宁高院于2015年3月2日作出民事判决：驳回上诉，维持原判。"),
    ).toMatchObject({ court: "辽宁省高级人民法院", decisionDate: "2015-03-02" });
    expect(told("某某公司不服，提起上诉。广西高院经审理，判决驳回上诉，维持原判。").court).toBe(
      "广西壮族自治区高级人民法院",
    );
    expect(told("某某公司不服，提起上诉。北京高院经审理，判决驳回上诉，维持原判。").court).toBe(
      "北京市高级人民法院",
    );
  });

  it("names an intermediate court in full as the account declares it, and one named nowhere in full not at all", () => {
    expect(
      told(
        "张某甲向江苏省苏州市中级人民法院（以下简称苏州中院）提起诉讼。苏州中院于2016年5月4日作出民事判决：驳回张某甲的诉讼请求。",
      ),
    ).toMatchObject({ court: "江苏省苏州市中级人民法院", decisionDate: "2016-05-04" });
    // 大理中院 may be 大理白族自治州中级人民法院; 大理市 has a basic court.
    expect(told("大理中院于2016年5月4日作出民事判决：驳回张某甲的诉讼请求。").court).toBeUndefined();
  });

  it("names an undeclared 中院 by the one court of its place the write-up names in full (人民司法's form)", () => {
    expect(
      told(
        "一审宣判后，张某甲不服，向浙江省绍兴市中级人民法院提出上诉。绍兴中院经审理，于2019年5月6日裁定驳回上诉，维持原判。",
      ),
    ).toMatchObject({ court: "浙江省绍兴市中级人民法院", decisionDate: "2019-05-06" });
    const numbered = [
      "**张某甲诉某某公司买卖合同纠纷案**",
      "【裁判结果】",
      "某某公司不服，提起上诉。天津二中院经审理，判决驳回上诉，维持原判。",
      "（作者单位：天津市第二中级人民法院）",
    ];
    expect(parseAuthoritativeCase(numbered.join("\n"), "spc-guiding").court).toBe("天津市第二中级人民法院");
    // Not another ordinal's court, nor a place the text never names in full.
    const other = numbered.map((l) => l.replace("天津二中院", "天津一中院"));
    expect(parseAuthoritativeCase(other.join("\n"), "spc-guiding").court).toBeUndefined();
  });

  it("names the Supreme People's Court for its circuit court", () => {
    expect(
      told(
        "某某公司上诉后，最高人民法院第二巡回法庭经审理于2015年10月27日作出民事判决：驳回上诉，维持原判。",
      ),
    ).toMatchObject({ court: "最高人民法院", decisionDate: "2015-10-27" });
  });

  it("passes over a court the account only says accepted another suit", () => {
    expect(
      told(
        "2019年11月17日，甲市乙区人民法院作出一审判决：被告某某公司赔偿张某甲5万元。某某协会向江苏省常州市中级人民法院（以下简称常州中院）提起环境民事公益诉讼，常州中院于2020年8月30日立案受理。",
      ),
    ).toMatchObject({ court: "甲市乙区人民法院", decisionDate: "2019-11-17" });
  });
});

describe("parseAuthoritativeCase: a request for guidance, and a court named again without a date (人民司法's form)", () => {
  const writeUp = (numbers: string, account: string[]) =>
    parseAuthoritativeCase(
      [
        "# 张某甲危险驾驶案",
        "【裁判要旨】",
        "行为人为送家人就医而醉酒驾驶的，可以认定为紧急避险。",
        `□案号　${numbers}`,
        "【案情】",
        "公诉机关：某县人民检察院。被告人：张某甲。",
        "【审判】",
        ...account,
        "【评析】",
        "笔者同意上述意见。",
      ].join("\n\n"),
      "people-judicature",
    );

  it("takes the trial its number line lists, not the request listed after it, and passes over the court asked", () => {
    const r = writeUp("一审：（2019）浙0602刑初11号　请示：（2019）浙06刑他22号", [
      "甲县人民法院认为，被告人张某甲的行为已构成危险驾驶罪。审理中，甲县人民法院就能否对张某甲适用缓刑，向浙江省绍兴市中级人民法院请示。",
      "绍兴中院经审查认为，张某甲为送家人就医而驾车，属紧急避险，遂作出批复。此后检察院撤回起诉，法院裁定准许。",
    ]);
    expect(r.caseNumber?.raw).toBe("（2019）浙0602刑初11号");
    expect(r.court).toBe("甲县人民法院");
    expect(r.citedCaseNumbers).toEqual(["（2019）浙06刑他22号"]);
  });

  it("passes over the court asked when no number tells the court, but not when the write-up is the request", () => {
    const asked = [
      "甲县人民法院认为，被告人张某甲的行为已构成危险驾驶罪。审理中，甲县人民法院就能否对张某甲适用缓刑，向浙江省绍兴市中级人民法院请示。",
      "绍兴中院经审查认为，张某甲为送家人就医而驾车，属紧急避险，遂作出批复。此后检察院撤回起诉，法院裁定准许。",
    ];
    expect(
      parseAuthoritativeCase(["**张某甲危险驾驶案**", "【裁判结果】", ...asked].join("\n"), "spc-guiding")
        .court,
    ).toBe("甲县人民法院");
    const reply = writeUp("（2019）最高法刑他3号", [
      "甲省高级人民法院就被告人张某甲的行为是否构成紧急避险，向最高人民法院请示。",
      "最高人民法院经研究认为，张某甲的行为构成紧急避险，遂作出答复。",
    ]);
    expect(reply.court).toBe("最高人民法院");
  });

  it("dates the deciding court by its clause just before, when it is named again without a date", () => {
    const account = (earlier: string) => [
      "甲县人民法院以故意伤害罪判处被告人张某甲有期徒刑三年。宣判后，检察院提出抗诉。",
      `2020年5月25日，绍兴中院作出裁定${earlier}，认为：原鉴定意见依据不足。`,
      "对于重新鉴定的意见，绍兴中院认为：该意见实体认定妥当。",
      "绍兴中院遂裁定驳回抗诉、维持原判。",
    ];
    const numbers = "一审：（2019）浙0602刑初11号　二审：（2019）浙06刑终33号";
    const r = writeUp(numbers, ["张某甲不服，向浙江省绍兴市中级人民法院上诉。", ...account("")]);
    expect(r).toMatchObject({ court: "浙江省绍兴市中级人民法院", decisionDate: "2020-05-25" });
    // Not when that clause gives another ruling's number: the court ruled twice.
    const twice = writeUp(numbers, [
      "张某甲不服，向浙江省绍兴市中级人民法院上诉。",
      ...account("（（2018）浙06刑终5号）"),
    ]);
    expect(twice.court).toBe("浙江省绍兴市中级人民法院");
    expect(twice.decisionDate).toBeUndefined();
  });
});

describe("parseAuthoritativeCase: a gazette reprint whose number is only told (FYGB0138's form)", () => {
  it("does not name a court by the level of another suit's number its findings tell", () => {
    const r = parseAuthoritativeCase(
      [
        "张某甲与李某乙房屋所有权确认纠纷案",
        "原告：张某甲，男，1960年1月1日出生。",
        "被告：李某乙，女，1970年1月1日出生。",
        "原告张某甲因与被告李某乙发生房屋所有权确认纠纷，遂向上海市嘉定区人民法院提起诉讼。",
        "原告张某甲诉称：被告擅自处分系争房屋，请求确认处分行为无效。",
        "上海市嘉定区人民法院一审查明：张某甲曾在外地另行起诉，2013年10月4日，辽宁省高级人民法院作出（2013）辽民一终字第9号民事裁定书，裁定驳回张某甲的起诉。",
        "上海市嘉定区人民法院一审认为：被告处分系争房屋未经原告同意，应属无效。",
        "据此，上海市嘉定区人民法院依照《中华人民共和国合同法》第五十二条之规定，于2014年11月13日作出判决：确认被告李某乙处分系争房屋的行为无效。",
        "李某乙不服一审判决，向上海市第二中级人民法院提起上诉。",
        "上海市第二中级人民法院二审认为：一审判决认定事实清楚，适用法律正确。",
        "据此，上海市第二中级人民法院依照《中华人民共和国民事诉讼法》第一百七十条第一款第（一）项之规定，于2015年4月22日作出判决：",
        "驳回上诉，维持原判。",
        "本判决为终审判决。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.court).toBe("上海市第二中级人民法院");
    expect(r.decisionDate).toBe("2015-04-22");
  });

  it("keeps a post-2016 number it tells as its own only when it fits the court that decided", () => {
    const reprint = (findings: string) =>
      parseAuthoritativeCase(
        [
          "张某甲与李某乙房屋所有权确认纠纷案",
          "原告：张某甲，男，1960年1月1日出生。",
          "被告：李某乙，女，1970年1月1日出生。",
          "原告张某甲因与被告李某乙发生房屋所有权确认纠纷，遂向上海市嘉定区人民法院提起诉讼。",
          `上海市嘉定区人民法院一审查明：${findings}`,
          "上海市嘉定区人民法院于2019年10月22日作出（2019）沪0114民初5号民事判决：确认被告李某乙处分系争房屋的行为无效。",
          "李某乙不服一审判决，向上海市第二中级人民法院提起上诉。",
          "上海市第二中级人民法院二审认为：一审判决认定事实清楚，适用法律正确。",
          "据此，上海市第二中级人民法院依照《中华人民共和国民事诉讼法》第一百七十条第一款第（一）项之规定，于2020年3月31日作出判决：",
          "驳回上诉，维持原判。",
          "本判决为终审判决。",
        ].join("\n\n"),
        "spc-gazette",
      );
    // The first instance's number, told last: an earlier instance of the appeal court's case.
    const first = reprint("被告处分系争房屋未经原告同意。");
    expect(first).toMatchObject({ court: "上海市第二中级人民法院", decisionDate: "2020-03-31" });
    expect(first.caseNumber).toBeUndefined();
    expect(first.priorCaseNumbers).toEqual(["（2019）沪0114民初5号"]);
    // Another province's court's later number its findings tell: another suit's, cited.
    const other = reprint(
      "张某甲曾在外地另行起诉，北京市第一中级人民法院作出（2020）京01民初9号民事裁定，驳回起诉。被告处分系争房屋未经原告同意。",
    );
    expect(other.caseNumber).toBeUndefined();
    expect(other.citedCaseNumbers).toEqual(["（2020）京01民初9号"]);
    expect(other.priorCaseNumbers).toEqual(["（2019）沪0114民初5号"]);
  });

  it("takes no pre-2016 high court's number of another province for its own: another suit's", () => {
    const r = parseAuthoritativeCase(
      [
        "张某甲与李某乙房屋所有权确认纠纷案",
        "原告：张某甲，男，1960年1月1日出生。",
        "被告：李某乙，女，1970年1月1日出生。",
        "原告张某甲因与被告李某乙发生房屋所有权确认纠纷，遂向上海市嘉定区人民法院提起诉讼。",
        "上海市嘉定区人民法院一审查明：张某甲曾在外省另行起诉，2013年10月4日，辽宁省高级人民法院作出（2013）辽民一终字第77号民事裁定，驳回起诉。被告处分系争房屋未经原告同意。",
        "上海市嘉定区人民法院于2014年11月13日作出判决：确认被告李某乙处分系争房屋的行为无效。",
        "李某乙不服一审判决，向上海市第二中级人民法院提起上诉。",
        "上海市第二中级人民法院二审认为：一审判决认定事实清楚，适用法律正确。",
        "据此，上海市第二中级人民法院依照《中华人民共和国民事诉讼法》第一百七十条第一款第（一）项之规定，于2015年4月22日作出判决：",
        "驳回上诉，维持原判。",
        "本判决为终审判决。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r).toMatchObject({ court: "上海市第二中级人民法院", decisionDate: "2015-04-22" });
    expect(r.caseNumber).toBeUndefined();
    expect(r.citedCaseNumbers).toEqual(["（2013）辽民一终字第77号"]);
  });

  it("takes no pre-2016 number whose code tells another level than the deciding court's for its own", () => {
    const reprint = (told: string, appeal: string) =>
      parseAuthoritativeCase(
        [
          "张某甲与李某乙房屋所有权确认纠纷案",
          "原告：张某甲，男，1960年1月1日出生。",
          "被告：李某乙，女，1970年1月1日出生。",
          told,
          "上海市第二中级人民法院二审认为：一审判决认定事实清楚，适用法律正确。",
          `据此，上海市第二中级人民法院依照《中华人民共和国民事诉讼法》第一百七十条第一款第（一）项之规定，于2015年4月22日作出判决：${appeal}`,
          "本判决为终审判决。",
        ].join("\n\n"),
        "spc-gazette",
      );
    // A basic court's first instance (a short code on 初), appealed in words the account garbles.
    const first = reprint(
      "上诉人李某乙因与被上诉人张某甲房屋所有权确认纠纷一案，不眼上海市嘉定区人民法院（2014）嘉民三初字第5号民事判决，向上海市第二中级人民法院提出上诉。",
      "驳回上诉，维持原判。",
    );
    expect(first).toMatchObject({ court: "上海市第二中级人民法院", decisionDate: "2015-04-22" });
    expect(first.caseNumber).toBeUndefined();
    expect(first.priorCaseNumbers).toEqual(["（2014）嘉民三初字第5号"]);
    // A high court's ruling on jurisdiction (a province's abbreviation on an appeal) the appeal court tells.
    const jurisdiction = reprint(
      "李某乙不服一审判决，向上海市第二中级人民法院提起上诉。管辖权争议已经上海市高级人民法院以（2014）沪民辖终字第3号民事裁定书裁定本院对本案享有管辖权。",
      "驳回上诉，维持原判。",
    );
    expect(jurisdiction.caseNumber).toBeUndefined();
    expect(jurisdiction.priorCaseNumbers).toEqual([]);
  });

  it("still takes the SPC's own reprinted judgment for the SPC's, not the high court it reviews", () => {
    const r = parseAuthoritativeCase(
      [
        "张某甲贩卖毒品案",
        "中华人民共和国最高人民法院",
        "刑事判决书",
        "（2001）刑复字第9号",
        "被告人张某甲，男，1968年1月1日出生。",
        "甲省乙市中级人民法院审理乙市人民检察院指控被告人张某甲犯贩卖毒品罪一案，于2000年12月4日以（2000）乙中刑初字第5号刑事判决，判处被告人张某甲死刑。张某甲不服一审判决，提出上诉。甲省高级人民法院于2001年3月10日以（2001）甲刑终字第8号刑事判决驳回上诉、维持原判，报请本院核准。本院组成合议庭进行了复核。",
        "经复核查明：被告人张某甲贩卖海洛因共计945克。",
        "本院认为，被告人张某甲的行为已构成贩卖毒品罪。依照《中华人民共和国刑事诉讼法》第一百九十九条的规定，判决如下：",
        "核准甲省高级人民法院（2001）甲刑终字第8号刑事判决。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.court).toBe("最高人民法院");
    expect(r.courtLevel).toBe("最高");
  });
});

describe("parseAuthoritativeCase: a judgment reprinted under its own header (FYGB0566's, FYGB0619's form)", () => {
  it("is the heading court's, of the date it is signed, not the court below its text tells of", () => {
    const r = parseAuthoritativeCase(
      [
        "## 某某销售公司与某某银行票据兑付纠纷上诉案",
        "法公布（2000）9号",
        "中华人民共和国最高人民法院",
        "民事判决书",
        "（2000）经终字第7号",
        "上诉人（原审原告）：某某销售公司。住所地：甲省乙市。",
        "被上诉人（原审被告）：某某银行。住所地：甲省丙县。",
        "上诉人某某销售公司因与被上诉人某某银行票据兑付纠纷一案，不服甲省高级人民法院（1999）甲经初字第3号民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。",
        "甲省高级人民法院经审理查明：某某银行于1998年5月签发银行承兑汇票一张。",
        "甲省高级人民法院认为，某某银行拒绝兑付有据，判决驳回某某销售公司的诉讼请求。",
        "本院认为，某某银行拒绝兑付无据，应予兑付。依照《中华人民共和国票据法》第四十四条的规定，判决如下：",
        "一、撤销甲省高级人民法院（1999）甲经初字第3号民事判决；",
        "二、某某银行于本判决送达之日起十日内向某某销售公司兑付汇票款100万元。",
        "本判决为终审判决。",
        "审判长 张某甲",
        "审判员 李某乙",
        "二〇〇〇年五月三十一日",
        "书记员 王某丙",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r).toMatchObject({ court: "最高人民法院", courtLevel: "最高", decisionDate: "2000-05-31" });
    expect(r.province).toBeUndefined();
    // Its own number is its header's, the old economic division's; the judgment appealed is an instance.
    expect(r.caseNumber?.raw).toBe("（2000）经终字第7号");
    expect(r.priorCaseNumbers).toEqual(["（1999）甲经初字第3号"]);
  });
});

describe("parseAuthoritativeCase: a reprint's number told as appealed or enforced is not its own", () => {
  it("takes a judgment the parties appeal against (不服…号判决) as an earlier instance (FYGB0669's form)", () => {
    const r = parseAuthoritativeCase(
      [
        "## 某某贸易公司与某某银行信用证纠纷上诉案",
        "上诉人（原审原告）：某某贸易公司。住所地：甲省乙市。",
        "被上诉人（原审被告）：某某银行。住所地：甲省丙县。",
        "上诉人某某贸易公司因其诉被上诉人某某银行信用证纠纷一案，不服甲省高级人民法院（1997）甲民初字第100号民事判决，向最高人民法院提起上诉。",
        "最高人民法院经审理查明：某某银行于1995年11月开立信用证一份。",
        "最高人民法院认为，某某银行拒付有据。依照《中华人民共和国民事诉讼法》第一百五十三条第一款第（一）项的规定，判决如下：",
        "驳回上诉，维持原判。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.caseNumber).toBeUndefined();
    expect(r.priorCaseNumbers).toEqual(["（1997）甲民初字第100号"]);
  });

  it("takes the judgment an enforcement makes a party perform (履行…号判决) as referred to (FYGB0650's form)", () => {
    const r = parseAuthoritativeCase(
      [
        "## 某某房地产公司申请执行某某酒店经营权案",
        "申请执行人：某某房地产公司。住所地：甲省乙市。",
        "被执行人：某某酒店。住所地：丙省丁市。",
        "丙省高级人民法院于1998年2月23日立案，同时向被执行人送达了执行通知书，责令其向申请执行人某某房地产公司履行（1997）甲民终字第325号判决书所确定的义务，但被执行人逾期未予履行。",
        "丙省高级人民法院认为，被执行人的经营权可以执行。依照《中华人民共和国民事诉讼法》第二百二十三条的规定，裁定如下：",
        "将某某酒店的经营权交由申请执行人经营。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.caseNumber).toBeUndefined();
    expect(r.citedCaseNumbers).toEqual(["（1997）甲民终字第325号"]);
  });
});

describe("parseAuthoritativeCase: numbers a reprint's claims and findings tell are another suit's (FYGB0144's, FYGB0222's form)", () => {
  /** A gazette reprint of an appeal to a Shanghai intermediate court, its findings given. */
  const appeal = (
    findings: string[],
    claims = "原告张某甲诉称：被告受托出售原告的房屋，擅自压低价格，请求赔偿差价。",
  ) =>
    parseAuthoritativeCase(
      [
        "张某甲诉李某乙委托合同纠纷案",
        "原告：张某甲，男，1965年2月3日出生。",
        "被告：李某乙，男，1980年4月5日出生。",
        "原告张某甲与被告李某乙委托合同纠纷一案，由上海市长宁区人民法院受理。",
        claims,
        "被告李某乙辩称：出售房屋经过原告授权，请求驳回诉讼请求。",
        "上海市长宁区人民法院一审查明：",
        ...findings,
        "上海市长宁区人民法院一审认为：被告不顾委托人的利益处分房屋，应当赔偿损失。",
        "据此，上海市长宁区人民法院依照《中华人民共和国合同法》第四百零六条之规定，于2014年5月6日判决：被告李某乙赔偿原告张某甲5万元。",
        "李某乙不服一审判决，向上海市第一中级人民法院提起上诉。",
        "上海市第一中级人民法院二审认为：一审判决并无不当。",
        "综上，上海市第一中级人民法院依照《中华人民共和国民事诉讼法》第一百七十条第一款第（一）项之规定，于2014年11月20日判决：",
        "驳回上诉，维持原判。",
        "本判决为终审判决。",
      ].join("\n\n"),
      "spc-gazette",
    );

  it("takes an earlier suit's appeal of the same level and province for neither its own nor an instance", () => {
    const r = appeal([
      "2012年3月，原告以买卖合同纠纷为由起诉买受人王某丙及被告，请求确认房屋买卖合同无效。该案审理中，王某丙同意补偿原告10万元。同年6月2日，上海市杨浦区人民法院作出（2012）杨民一（民）初字第301号民事判决，驳回原告的诉讼请求。原告不服提出上诉。同年10月9日，上海市第二中级人民法院作出（2012）沪二中民二（民）终字第702号民事判决，驳回上诉，维持原判。",
    ]);
    expect(r.caseNumber).toBeUndefined();
    expect(r.priorCaseNumbers).toEqual([]);
    expect(r.citedCaseNumbers).toEqual([
      "（2012）杨民一（民）初字第301号",
      "（2012）沪二中民二（民）终字第702号",
    ]);
    expect(r).toMatchObject({ court: "上海市第一中级人民法院", decisionDate: "2014-11-20" });
  });

  it("takes neither the settlement of another suit nor the ruling enforcing it for its own", () => {
    const r = appeal([
      "2004年6月3日，上海市第一中级人民法院就原告诉丁公司委托合同纠纷一案出具（2004）沪一中民三（商）初字第55号民事调解书，确认丁公司向原告支付500万元。同月21日，该院根据上述调解书作出（2004）沪一中执字第66号民事裁定书，冻结丁公司的存款。",
    ]);
    expect(r.caseNumber).toBeUndefined();
    expect(r.procedure).toBeUndefined();
    expect(r.priorCaseNumbers).toEqual([]);
    expect(r.citedCaseNumbers).toEqual(["（2004）沪一中民三（商）初字第55号", "（2004）沪一中执字第66号"]);
  });

  it("takes no suit an appellant's claim tells for an instance", () => {
    const r = appeal(
      ["被告于2013年1月5日出售原告的房屋。"],
      "李某乙不服一审判决，向上海市第一中级人民法院提起上诉称：张某甲在（2013）沪二中民一（民）终字第41号一案中已承认授权。",
    );
    expect(r.priorCaseNumbers).toEqual([]);
    expect(r.citedCaseNumbers).toEqual(["（2013）沪二中民一（民）终字第41号"]);
  });

  it("keeps a ruling of its own trial its findings tell (诉讼中…, 在本案一审中…) as an earlier instance", () => {
    const r = appeal([
      "诉讼中，原告申请财产保全，上海市长宁区人民法院作出（2013）长民一（民）初字第17号民事裁定书，冻结被告的存款。",
    ]);
    expect(r.caseNumber).toBeUndefined();
    expect(r.priorCaseNumbers).toEqual(["（2013）长民一（民）初字第17号"]);
  });

  it("takes a suit its title names …之诉 for a civil one, its parties joined by 与 (FYGB0130's form)", () => {
    const r = parseAuthoritativeCase(
      [
        "某海关与某某银行股份有限公司甲支行执行异议之诉案",
        "原告：某海关，住所地：甲省乙市。",
        "被告：某某银行股份有限公司甲支行，住所地：甲省丙市。",
        "原告某海关与被告某某银行股份有限公司甲支行执行异议之诉一案，由甲省丙市丁区人民法院受理。",
        "原告某海关诉称：法院扣划的账户存款是海关收取的保证金，请求确认原告对该款享有质权。",
        "甲省丙市丁区人民法院一审认为：保证金已经特定化并移交海关占有，质权成立。",
        "综上，甲省丙市丁区人民法院依照《中华人民共和国物权法》第二百一十条之规定，于2016年12月19日作出判决：",
        "确认原告某海关对被执行人账户上的存款8万元享有质权。",
        "一审宣判后，双方均未提出上诉，一审判决已发生法律效力。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.caseNumber).toBeUndefined();
    expect(r.category).toBe("民事");
  });

  it("reads no story in a court's word that its findings are those below (二审查明的事实与一审相同)", () => {
    const r = parseAuthoritativeCase(
      [
        "**【第9001号】赵某甲盗窃案——如何认定入户盗窃**",
        "一、基本案情",
        "某市中级人民法院经审理查明：2015年3月，被告人赵某甲入户窃得现金2万元。",
        "某市中级人民法院认为，被告人赵某甲的行为构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，于2016年1月8日以（2015）某中刑初字第12号刑事判决，认定被告人赵某甲犯盗窃罪，判处有期徒刑三年。",
        "一审宣判后，赵某甲提出上诉。",
        "某省高级人民法院二审查明的事实与一审相同。某省高级人民法院认为，原判量刑过重。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（二）项之规定，判决如下：",
        "一、维持某市中级人民法院（2015）某中刑初字第12号刑事判决对被告人赵某甲的定罪部分；二、被告人赵某甲犯盗窃罪，判处有期徒刑二年。",
        "二、主要问题",
        "如何认定入户盗窃？",
      ].join("\n"),
      "criminal-trial-reference",
    );
    expect(r.priorCaseNumbers).toEqual(["（2015）某中刑初字第12号"]);
  });
});

describe("reprintRulingCourt: an appeal withdrawn leaves the ruling appealed in force (FYGB0270's form)", () => {
  const text = (appeal: string) =>
    [
      "综上，甲市乙区人民法院依照《中华人民共和国合同法》第一百零七条之规定，于2011年6月16日作出判决：",
      "被告某某公司于本判决生效之日起十日内恢复原告张某甲的通信服务。",
      appeal,
    ].join("\n\n");

  it("dates the first instance's judgment when the appeal against it was withdrawn", () => {
    const withdrawn =
      "一审宣判后，被告某某公司向甲市中级人民法院提出上诉，后于2011年11月25日撤回上诉，甲市中级人民法院于同日作出（2011）甲商终字第3号民事裁定，准许某某公司撤回上诉。一审判决已经发生法律效力。";
    expect(reprintRulingCourt(text(withdrawn), "准许某某公司撤回上诉。一审判决已经发生法律效力。")).toEqual({
      court: "甲市乙区人民法院",
      date: "2011-06-16",
    });
  });

  it("does not when the later court also ruled on another appeal", () => {
    const ruled =
      "一审宣判后，张某甲、某某公司均提出上诉。甲市中级人民法院二审作出民事裁定：准许张某甲撤回上诉；驳回某某公司的上诉，维持原判。";
    expect(
      reprintRulingCourt(text(ruled), "准许张某甲撤回上诉；驳回某某公司的上诉，维持原判。"),
    ).toBeUndefined();
  });
});

describe("parseAuthoritativeCase: the kind of a public-interest suit its title names (FYGB0033, FYGB0045)", () => {
  it("reads a procuratorate's civil or administrative public-interest suit by its title", () => {
    expect(suitCategory("某市人民检察院诉某区绿化管理局等环境民事公益诉讼案")).toBe("民事");
    expect(suitCategory("某市人民检察院第一分院诉某某纸业股份有限公司水污染责任纠纷民事公益诉讼案")).toBe(
      "民事",
    );
    expect(suitCategory("某县人民检察院诉某县林业局不履行法定职责行政公益诉讼案")).toBe("行政");
    expect(suitCategory("张某甲、某某公司污染环境刑事附带民事公益诉讼案")).toBeUndefined();
  });

  it("is no prosecution where the account tells of the crime behind the civil suit", () => {
    const r = parseAuthoritativeCase(
      [
        "某县人民检察院诉张某甲、李某乙人文遗迹保护民事公益诉讼案",
        "公益诉讼起诉人：某县人民检察院。",
        "被告：张某甲，男，1969年1月1日出生。",
        "某县人民检察院以起诉书指控张某甲、李某乙犯盗窃罪，向某县人民法院提起公诉。某县人民法院判决二人犯盗窃罪。某县人民检察院随后向某县人民法院提起民事公益诉讼。",
        "某县人民检察院起诉称：二被告盗窃古建筑构件，损害社会公共利益，请求判令赔偿修复费用。",
        "据此，某县人民法院依照《中华人民共和国民法典》第一千一百六十五条的规定，于2021年12月31日判决如下：",
        "被告张某甲、李某乙连带赔偿修复费用10万元。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.category).toBe("民事");
  });

  it("reads a prosecutor's administrative public-interest work by its title, whatever its keywords", () => {
    const r = parseAuthoritativeCase(
      [
        "（检例第900号）",
        "某县人民检察院督促清理非法倾倒垃圾行政公益诉讼案",
        "【关键词】",
        "行政公益诉讼",
        "刑事附带民事公益诉讼",
        "【基本案情】",
        "张某甲等人非法倾倒危险废物，某县人民检察院就刑事部分提起公诉，并督促某县环境保护局依法处置。",
      ].join("\n"),
      "spp-guiding",
    );
    expect(r.category).toBe("行政");
  });

  it("reads a prosecution by a branch named 第二检察分院", () => {
    const r = parseAuthoritativeCase(
      [
        "某市第二检察分院诉张某甲受贿案",
        "公诉机关：某市第二检察分院。",
        "被告人：张某甲，男，1950年1月1日出生。",
        "某市第二检察分院以被告人张某甲犯受贿罪，向某市第二中级人民法院提起公诉。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.category).toBe("刑事");
  });
});

describe("parseAuthoritativeCase: a 检察指导性案例's outcome is a court's ruling, not the prosecutors' work", () => {
  const spp = (title: string, keyword: string, account: string[]) =>
    parseAuthoritativeCase(
      [
        "（检例第900号）",
        title,
        "【关键词】",
        keyword,
        "【基本案情】",
        "某县某公司向河道倾倒废渣，某县环境保护局未予查处。",
        "【检察机关履职过程】",
        ...account,
      ].join("\n"),
      "spp-guiding",
    );

  it("reads no administrative ruling where no court ruled (检例第169号's form)", () => {
    const r = spp("某县人民检察院督促撤销虚假登记行政检察案", "行政检察", [
      "某县人民检察院向某县市场监督管理局发出检察建议，建议其依法撤销某公司的虚假登记，并责令其履行监管职责。",
      "某县市场监督管理局收到检察建议后，撤销了某公司的登记。",
    ]);
    expect(r.outcome.administrative).toBeUndefined();
  });

  it("reads the court's award, not the sums the prosecutor claimed", () => {
    const r = spp("某县人民检察院诉某公司污染环境民事公益诉讼案", "民事公益诉讼", [
      "某县人民检察院向某县人民法院提起民事公益诉讼，请求判令某公司赔偿生态环境修复费用8万元、鉴定费1万元。",
      "某县人民法院开庭审理后当庭判决，支持检察机关部分诉讼请求：某公司于判决生效之日起十日内赔偿生态环境修复费用6万元；驳回其他诉讼请求。",
      "一审宣判后，某公司未上诉。",
    ]);
    expect(r.outcome.civil).toMatchObject({
      disposition: "partly_upheld",
      amounts: [60000],
      totalAwarded: 60000,
    });
  });

  it("reads a ruling that grants every claim without stating them as the claims the account states", () => {
    const r = spp("某县人民检察院诉某镇人民政府不履行职责行政公益诉讼案", "行政公益诉讼", [
      "某县人民检察院向某县人民法院提起行政公益诉讼，请求：1．确认某镇人民政府对某村违法建设不履行监管职责的行为违法；2．判令某镇人民政府依法履行监管职责。",
      "某县人民法院公开审理本案，当庭作出判决，支持检察机关全部诉讼请求。某镇人民政府未上诉。",
      "判决生效后，某镇人民政府拆除了违法建筑。",
    ]);
    expect(r.outcome.administrative?.dispositions).toEqual(["confirmed_illegal", "ordered"]);
    // Claims granted in part, terms unstated: nothing read.
    const partly = spp("某县人民检察院诉某镇人民政府不履行职责行政公益诉讼案", "行政公益诉讼", [
      "某县人民检察院向某县人民法院提起行政公益诉讼，请求：1．确认某镇人民政府对某村违法建设不履行监管职责的行为违法；2．判令某镇人民政府依法履行监管职责。",
      "某县人民法院作出判决，支持检察机关部分诉讼请求。",
    ]);
    expect(partly.outcome.administrative).toBeUndefined();
    const partlyBefore = spp("某县人民检察院诉某镇人民政府不履行职责行政公益诉讼案", "行政公益诉讼", [
      "某县人民检察院向某县人民法院提起行政公益诉讼，请求：1．确认某镇人民政府对某村违法建设不履行监管职责的行为违法；2．判令某镇人民政府依法履行监管职责。",
      "某县人民法院作出判决，部分支持了检察机关的诉讼请求。",
    ]);
    expect(partlyBefore.outcome.administrative).toBeUndefined();
  });

  it("reads a suit withdrawn by the court's leave (准予撤诉), not the order the prosecutor asked for", () => {
    const r = spp("某县人民检察院诉某县环境保护局不履行职责行政公益诉讼案", "行政公益诉讼", [
      "某县人民检察院向某县人民法院提起行政公益诉讼，请求判令某县环境保护局依法履行监管职责。",
      "诉讼中，某县环境保护局对某公司作出行政处罚，诉讼请求全部实现，某县人民检察院撤回起诉，某县人民法院裁定准予撤诉。",
    ]);
    expect(r.outcome.administrative?.dispositions).toEqual(["withdrawn"]);
  });

  it("reads the account only to the end of what the last court ruling tells, not the prosecutors' work after it", () => {
    // A ruling the prosecutors found right, told before their recommendations to an agency and a settlement.
    const reviewed = spp("某市人民检察院促进规范竣工验收备案行政检察案", "行政检察", [
      "案件来源。张某甲不服法院裁定，向某市人民检察院申请监督。检察机关审查认为，法院裁定驳回起诉并无不当。",
      "监督意见。某市人民检察院向某市住房和城乡建设局发出检察建议，建议其责令建设单位限期重新组织竣工验收。",
      "争议化解。在检察机关推动下，某公司与张某甲达成和解，赔偿张某甲损失20万元。",
    ]);
    expect(reviewed.outcome.administrative?.dispositions).toEqual(["suit_dismissed"]);
    // A mediation, then an arrangement between others on a sum advanced: no sum the court awarded.
    const supported = spp("某区人民检察院支持进城务工人员起诉追索劳动报酬案", "民事支持起诉", [
      "支持起诉意见。张某乙等十人向某区人民法院提起诉讼，某区人民检察院同日发出支持起诉意见书。",
      "裁判结果。在法院主持下，当事人达成调解协议。某区人民法院出具调解书，确认某公司于一个月内支付所欠工资。某公司现已履行调解书确定的给付义务。有关单位与某公司就垫付的30万元另行达成协议。",
    ]);
    expect(supported.outcome.civil).toMatchObject({ disposition: "mediated", amounts: [] });
    // The court's reasoning told without naming the court is still its own, up to the award.
    const reasoned = spp("某区人民检察院支持张某丙起诉财产损害赔偿案", "民事支持起诉", [
      "裁判结果。某区人民法院作出一审民事判决。法院认定，李某丁擅自出售张某丙的房屋，应承担赔偿责任。王某戊与李某丁恶意串通，应在受益范围内承担责任。据此，该院判令李某丁赔偿张某丙损失8万元。判决生效后，张某丙已收到全部款项。",
      "某区人民检察院此后与司法局会签支持起诉工作意见，为残疾人提供法律援助10万元。",
    ]);
    expect(reasoned.outcome.civil).toMatchObject({ amounts: [80000], totalAwarded: 80000 });
  });
});

describe("parseAuthoritativeCase: a first instance told with what followed it (一审宣判后) is no appeal", () => {
  it("reads the first court's ruling on the act with no appeal result (FYGB0713's form)", () => {
    const r = parseAuthoritativeCase(
      [
        "## 甲县某某服务中心不服税务行政处理决定案",
        "原告：甲县某某服务中心。",
        "被告：甲县地方税务局。",
        "原告甲县某某服务中心不服被告甲县地方税务局的税务处理决定，向甲县人民法院提起行政诉讼。",
        "原告诉称：本中心不是纳税义务人，请求撤销该处理决定。",
        "被告辩称：原告应当依法纳税。",
        "甲县人民法院经审理查明：被告于2000年1月5日对原告作出税务处理决定。",
        "甲县人民法院认为，被告作出处理决定前未告知原告听证的权利，程序违法。据此，于2000年5月6日判决：",
        "撤销甲县地方税务局2000年1月5日所作的甲地税罚字第1号税务处理决定。",
        "本案诉讼费100元，由被告甲县地方税务局负担。",
        "一审宣判后，双方当事人均未上诉，判决发生法律效力。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.category).toBe("行政");
    expect(r.outcome.administrative?.dispositions).toEqual(["revoked"]);
    expect(r.outcome.appeal).toBeUndefined();
  });
});

describe("writeUpAdministrativeOutcome, writeUpCivilOutcome: an appeal told after the ruling it reviews", () => {
  const first =
    "甲市中级人民法院于2006年4月12日作出（2006）甲中行初字第17号行政判决：一、撤销某区劳动局所作第1号《工伤认定决定书》；二、限某区劳动局在判决生效后60日内重新作出具体行政行为。";

  it("is affirmed when it upholds that ruling, which stands (not amended by the first ruling's 撤销)", () => {
    expect(
      writeUpAdministrativeOutcome(
        `${first}某区劳动局提起上诉，甲省高级人民法院于2006年8月3日作出（2006）甲高行终字第52号行政判决：驳回上诉，维持原判。`,
        "二审",
        [],
      ),
    ).toEqual({ administrative: { dispositions: ["revoked", "remake"] }, appeal: "affirmed" });
    // 判决后，X提出上诉: the first ruling is cut at 判决后, and the appeal's result is still read.
    expect(
      writeUpCivilOutcome(
        "乙市中级人民法院于2017年11月8日作出（2017）乙民初9号民事判决：一、丙公司支付丁公司货款10万元；二、驳回丁公司的其他诉讼请求。判决后，丙公司提起上诉，甲省高级人民法院于2018年5月16日作出（2018）甲民终418号民事判决：驳回上诉，维持原判。",
        "二审",
        [],
        undefined,
      ),
    ).toMatchObject({ civil: { disposition: "partly_upheld", totalAwarded: 100000 }, appeal: "affirmed" });
  });

  it("is affirmed by a retrial upholding an appeal that upheld the first ruling, which stands", () => {
    expect(
      writeUpAdministrativeOutcome(
        `${first}某区劳动局提起上诉，甲省高级人民法院于2006年8月3日作出（2006）甲高行终字第52号行政判决：驳回上诉，维持原判。某区劳动局申请再审，最高人民法院于2007年5月9日作出（2007）行提字第3号行政判决：维持甲省高级人民法院（2006）甲高行终字第52号行政判决。`,
        "再审",
        [],
      ),
    ).toEqual({ administrative: { dispositions: ["revoked", "remake"] }, appeal: "affirmed" });
  });

  it("is affirmed when it accepts the ruling below in words of its own, the reasoning after it not read as its ruling", () => {
    // The first ruling told inline (…作出行政判决，认为…，判决撤销…), unquoted, stands.
    expect(
      writeUpAdministrativeOutcome(
        "2020年11月3日，乙市中级人民法院作出行政判决，对一审的理由和结果予以认可。二审认为，某局审核材料未尽审慎义务，所颁证书依法应予撤销。",
        undefined,
        [
          "2020年5月8日，甲区人民法院作出行政判决，认为某局颁证证据不足，判决撤销某局为张某甲颁发的土地使用证。某局不服一审判决，提出上诉。",
        ],
      ),
    ).toEqual({ administrative: { dispositions: ["revoked"] }, appeal: "affirmed" });
  });

  it("has its own ruling when it changes the one below", () => {
    // The suit refused unheard, then the refusal quashed and the trial ordered to go on: no ruling on the
    // act, and the case sent back to be heard (行诉法解释 2018 §109 ¶1).
    expect(
      writeUpAdministrativeOutcome(
        "甲市中级人民法院于2013年3月5日作出（2013）甲行初字第21号行政裁定：驳回张某甲、李某乙的起诉。张某甲、李某乙提出上诉，甲省高级人民法院于2013年8月27日作出（2013）甲行终字第63号行政裁定：一、撤销甲市中级人民法院（2013）甲行初字第21号行政裁定；二、指令甲市中级人民法院继续审理本案。",
        "二审",
        [],
      ),
    ).toEqual({ appeal: "remanded" });
    // The claim dismissed, then compensation awarded (赔偿 far from the loss it names).
    expect(
      writeUpAdministrativeOutcome(
        "甲市中级人民法院于2016年2月18日作出（2016）甲行赔初字第7号行政赔偿判决：驳回张某甲等四人的赔偿请求。宣判后，张某甲等四人提出上诉，甲省高级人民法院于2016年6月30日作出（2016）甲行赔终字第25号行政赔偿判决：撤销甲市中级人民法院（2016）甲行赔初字第7号行政赔偿判决；判令某区人民政府赔偿上诉人张某甲等四人房屋内物品损失6万元。",
        "二审",
        [],
      ),
    ).toEqual({ administrative: { dispositions: ["compensation"] }, appeal: "amended" });
  });
});

describe("writeUpAdministrativeOutcome: the judgment that stands after a review (行政诉讼法 §89)", () => {
  const first =
    "甲市知识产权法院于2017年3月2日作出（2017）甲73行初3301号行政判决：一、撤销某委员会作出的关于第1234号商标的无效宣告请求裁定；二、某委员会重新作出裁定。某委员会不服，提起上诉。";

  it("reads the first instance a retrial restores, by its number, after quashing the appeal", () => {
    expect(
      writeUpAdministrativeOutcome(
        `${first}甲市高级人民法院于2018年1月9日作出（2017）甲行终4401号行政判决：一、撤销（2017）甲73行初3301号行政判决；二、驳回某公司的诉讼请求。某公司申请再审。最高人民法院于2019年6月3日作出（2019）最高法行再501号行政判决：一、撤销甲市高级人民法院（2017）甲行终4401号行政判决；二、维持甲市知识产权法院（2017）甲73行初3301号行政判决。`,
        "再审",
        [],
      ),
    ).toEqual({ administrative: { dispositions: ["revoked", "remake"] }, appeal: "amended" });
  });

  it("reads the first instance by its instance, in the facts a 检察指导性案例 tells it in", () => {
    expect(
      writeUpAdministrativeOutcome(
        "省高级人民法院采纳抗诉意见，作出再审判决：一、撤销市中级人民法院的二审行政判决；二、维持区人民法院的一审行政判决。",
        undefined,
        ["案件来源。某支队不服二审判决，申请监督。"],
        undefined,
        "区人民法院作出一审判决，维持某支队吊销张某驾驶证的行政处罚决定。张某不服，提起上诉。市中级人民法院作出二审判决，撤销该处罚决定。",
      ),
    ).toEqual({ administrative: { dispositions: ["sustained"] }, appeal: "amended" });
  });

  it("keeps the items of the first instance an appeal does not quash", () => {
    expect(
      writeUpAdministrativeOutcome(
        "乙市中级人民法院于2006年9月1日作出（2006）乙行终字第77号行政判决：撤销一审判决的第三项，其余各项予以维持。",
        "二审",
        [
          "某县人民法院于2006年5月2日作出（2006）某行初字第5号行政判决：一、撤销某局的第88号《行政处罚决定书》；二、某局在判决生效之日起30日内重新作出行政行为；三、某局在判决生效之日起15日内履行返还扣留物品的法定职责。宣判后，某局提起上诉。",
        ],
      ),
    ).toEqual({ administrative: { dispositions: ["revoked", "remake"] }, appeal: "amended" });
  });

  it("reads an appeal withdrawn after a first instance numbered alone, and the ruling it leaves", () => {
    // The case's number is the first instance's: the appeal told after it is numbered none.
    expect(
      writeUpAdministrativeOutcome(
        "乙市中级人民法院经审查，裁定准许某局撤回上诉。一审判决已发生法律效力。",
        "一审",
        [
          "甲区人民法院于2013年5月6日作出（2013）甲行初字第9号判决，撤销某局作出的《中止通知》。一审宣判后，某局提起上诉。",
        ],
      ),
    ).toEqual({ administrative: { dispositions: ["revoked"] }, appeal: "withdrawn" });
  });

  it("reads the ruling upheld told inline before the appeal's own marker, in a reprint cut before its ruling", () => {
    expect(
      writeUpAdministrativeOutcome("驳回上诉，维持原判。", "二审", [
        "一审法院经审理认为，被告的复议决定认定事实清楚。依照《中华人民共和国行政诉讼法》第五十四条第（一）项的规定，判决维持某市人民政府作出的第2号行政复议决定。\n某社不服一审判决，提起上诉。\n本院认为，上诉理由不能成立。本院依照行政诉讼法的规定，判决如下：",
      ]),
    ).toEqual({ administrative: { dispositions: ["sustained"] }, appeal: "affirmed" });
  });

  it("leaves no ruling on the act when a retrial application is refused or the suit sent back", () => {
    expect(
      writeUpAdministrativeOutcome(
        "2014年10月21日，某区人民法院作出（2014）某行监字第31号裁定书，裁定不予受理张某的再审申请。",
        "审判监督",
        ["某区人民法院作出（2014）某行初字第29号行政判决书，判决：驳回原告张某的诉讼请求。"],
      ),
    ).toEqual({ administrative: { dispositions: ["dismissed"] }, appeal: "affirmed" });
    expect(
      writeUpAdministrativeOutcome(
        "一、撤销某区人民法院（2012）某行初字第2号行政裁定；二、本案由某区人民法院继续审理。",
        "二审",
        [],
      ),
    ).toEqual({ appeal: "remanded" });
  });
});

describe("parseAuthoritativeCase: a retrial that keeps some items of the first instance, past the appeal that upheld it", () => {
  it("reads the items kept from the first ruling the account quotes, each to its line's end, with the retrial's own", () => {
    const account = [
      "## 张某甲诉某某公司、李某乙民间借贷纠纷案",
      "原告：张某甲。",
      "被告：某某公司。",
      "被告：李某乙。",
      "原告张某甲因与被告某某公司、李某乙发生民间借贷纠纷，向甲县人民法院提起诉讼。",
      "原告张某甲诉称：某某公司向其借款50万元未还，李某乙为保证人，请求判令二被告偿还借款50万元。",
      "被告某某公司辩称：实际收到的借款只有30万元。",
      "甲县人民法院经审理查明：2014年5月1日，张某甲向某某公司转账50万元。",
      "甲县人民法院认为，某某公司应当偿还借款。据此，于2015年3月1日判决：",
      "一、被告某某公司偿还原告张某甲借款本金50万元。",
      "二、被告某某公司赔偿原告张某甲律师代理费2万元。",
      "三、被告李某乙对被告某某公司的上述第一、二项义务承担连带清偿责任。",
      "四、驳回原告张某甲的其余诉讼请求。",
      "鉴定费3000元，李某乙负担2000元。",
      "李某乙不服一审判决，向乙市中级人民法院提起上诉。",
      "乙市中级人民法院认为，一审判决认定事实清楚，于2015年8月1日判决：驳回上诉，维持原判。",
      "李某乙不服，向丙省高级人民法院申请再审。",
      "丙省高级人民法院认为，李某乙只对实际交付的30万元借款承担保证责任。据此，于2016年6月1日判决：",
      "一、撤销乙市中级人民法院（2015）乙01民终5号民事判决。",
      "二、维持甲县人民法院（2015）甲0101民初1号民事判决第一项、第二项、第四项。",
      "三、变更甲县人民法院（2015）甲0101民初1号民事判决第三项为：李某乙在某某公司应付30万元借款及2万元律师代理费范围内承担连带清偿责任。",
    ].join("\n\n");
    // The bare disposition (一、撤销…二审判决。二、维持…第一项、第二项、第四项。三、变更…第三项为：…范围内承担
    // 连带清偿责任): the kept sums (50万, 2万) once, not the co-debtor's bound, nor the fee line after the last item.
    expect(parseAuthoritativeCase(account, "spc-gazette").outcome).toMatchObject({
      civil: { disposition: "partly_upheld", totalAwarded: 520000 },
      appeal: "amended",
    });
  });
});

describe("parseAuthoritativeCase: an appeal settled by the court's mediation, told without a 调解书", () => {
  it("reads the settlement's terms, not the first instance's award beside them", () => {
    const r = parseAuthoritativeCase(
      [
        "## 张某甲诉某锅炉厂、某某公司侵犯专利权纠纷案",
        "原告：张某甲。",
        "被告：某锅炉厂。",
        "第三人：某某公司。",
        "原告张某甲因与被告某锅炉厂、第三人某某公司发生专利侵权纠纷，向甲市中级人民法院提起诉讼。",
        "原告张某甲诉称：被告生产的装置落入其专利的保护范围，请求判令停止侵权并赔偿损失20万元。",
        "被告某锅炉厂辩称：其技术来自某某公司的转让。",
        "甲市中级人民法院经审理查明：被告自1996年起生产该装置。",
        "甲市中级人民法院认为，被告的装置落入专利的保护范围。据此，于1997年5月6日判决：",
        "一、被告某锅炉厂停止侵权行为；",
        "二、第三人某某公司在本判决生效之日起15日内赔偿原告张某甲经济损失9万元。",
        "第一审宣判后，第三人某某公司不服，向乙省高级人民法院提起上诉。",
        "乙省高级人民法院经审理认为，某锅炉厂应当承担停止侵害和赔偿损失的民事责任，某某公司应负连带责任。据此，乙省高级人民法院主持调解，三方当事人于1998年2月3日自愿达成某锅炉厂停止侵权、赔偿张某甲经济损失7万元、某某公司承担连带责任的调解协议。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.outcome.civil).toMatchObject({ disposition: "mediated", amounts: [70000], totalAwarded: 70000 });
  });
});

describe("parseAuthoritativeCase: a dispute between companies owns no administrative number its account tells", () => {
  it("reads the civil suit, not the defendant's suit against the penalty for the same act", () => {
    const r = parseAuthoritativeCase(
      [
        "## 甲刀具有限公司诉乙刀具有限公司侵犯商标专用权纠纷案",
        "原告：甲刀具有限公司。",
        "被告：乙刀具有限公司。",
        "原告甲刀具有限公司因与被告乙刀具有限公司发生侵犯商标专用权纠纷，向丙县人民法院提起诉讼。",
        "原告诉称：被告擅自使用原告的注册商标，请求判令停止侵权并赔偿损失10万元。",
        "被告辩称：被告没有侵权。",
        "丙县人民法院经审理查明：2012年，丙县工商局对乙刀具有限公司作出罚款5万元的行政处罚。乙刀具有限公司诉请撤销该处罚，丁市中级人民法院以（2013）丁中知行终字第0001号行政判决书驳回上诉，维持原判。",
        "丙县人民法院认为，被告构成商标侵权。据此，于2013年7月5日作出判决：",
        "一、被告乙刀具有限公司立即停止侵权行为；",
        "二、被告乙刀具有限公司于本判决生效之日起十日内赔偿原告甲刀具有限公司经济损失3万元；",
        "三、驳回原告甲刀具有限公司的其他诉讼请求。",
        "一审宣判后，双方当事人均未上诉，一审判决已发生法律效力。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.category).toBe("民事");
    expect(r.caseNumber).toBeUndefined();
    expect(r.outcome.civil).toMatchObject({ disposition: "partly_upheld", totalAwarded: 30000 });
    expect(r.outcome.administrative).toBeUndefined();
  });
});

describe("parseAuthoritativeCase: a file running on into the next write-up (invented text)", () => {
  it("ends a 检察指导性案例 where the next one's name and number open it", () => {
    const r = parseAuthoritativeCase(
      [
        "### 张某甲诉某县自然资源局土地登记诉讼监督案",
        "（检例第901号）",
        "【关键词】",
        "行政诉讼监督 土地登记 利害关系",
        "【基本案情】",
        "张某甲请求撤销某县自然资源局为李某乙颁发的土地使用证。",
        "【检察机关履职过程】",
        "监督结果。2022年3月1日，某县人民法院作出行政判决，判决驳回张某甲的诉讼请求。",
        "【相关规定】",
        "《中华人民共和国行政诉讼法》第二十五条",
        "王某丙诉某县人力资源和社会保障局工伤认定诉讼监督案",
        "（检例第902号）",
        "【关键词】",
        "工伤认定 行政抗诉",
        "【基本案情】",
        "王某丙请求撤销某县人力资源和社会保障局作出的不予认定工伤决定。",
        "【检察机关履职过程】",
        "监督结果。2023年5月9日，某市中级人民法院作出行政判决，撤销某县人力资源和社会保障局作出的不予认定工伤决定。",
        "【相关规定】",
        "《工伤保险条例》第十四条",
      ].join("\n\n"),
      "spp-guiding",
    );
    expect(r.keywords).toEqual(["行政诉讼监督", "土地登记", "利害关系"]);
    expect(r.outcome.administrative).toEqual({ dispositions: ["dismissed"] });
    expect(r.statutes.map((s) => s.law)).not.toContain("工伤保险条例");
    expect(r.text).not.toMatch(/王某丙/);
    expect(r.text).toMatch(/第二十五条$/);
  });

  it("ends a 刑事审判参考 case where, after its sign-off, another opens with 基本案情", () => {
    const r = parseAuthoritativeCase(
      [
        "**【第1901号】赵某甲故意伤害案——如何认定自首**",
        "一、基本案情",
        "被告人赵某甲，男，1990年1月1日出生。",
        "某市中级人民法院于2019年4月2日判决：被告人赵某甲犯故意伤害罪，判处有期徒刑十年。",
        "二、主要问题",
        "赵某甲是否构成自首？",
        "（撰稿：某市中级人民法院　某某",
        "审编：最高人民法院刑一庭　某某）",
        "一、基本案情",
        "被告人钱某乙，女，1985年2月3日出生。",
        "某市中级人民法院于2020年6月5日判决：被告人钱某乙犯抢劫罪，判处无期徒刑。",
      ].join("\n\n"),
      "criminal-trial-reference",
    );
    expect(r.charges).toEqual(["故意伤害罪"]);
    expect(r.outcome.criminal?.map((c) => c.defendant)).toEqual(["赵某甲"]);
    expect(r.text).not.toMatch(/钱某乙/);
  });
});

describe("parseAuthoritativeCase: a dispute's title naming the instance it was reviewed in", () => {
  const reprint = (title: string) =>
    [
      `### ${title}`,
      "再审申请人甲公司因与被申请人乙公司货款纠纷一案，不服某省高级人民法院的二审民事判决，向最高人民法院申请再审。",
      "最高人民法院于2001年5月8日判决：",
      "一、撤销某省高级人民法院的二审民事判决；",
      "二、驳回乙公司对甲公司的诉讼请求。",
    ].join("\n");

  it("is civil after 纠纷 whatever review follows it (再审, 上诉, 申请再审, 抗诉)", () => {
    for (const title of [
      "甲贸易公司与乙电器厂货款纠纷再审案",
      "甲贸易公司与乙电器厂货款纠纷上诉案",
      "甲贸易公司为货款纠纷申请再审案",
      "甲贸易公司与乙电器厂货款纠纷抗诉案",
    ]) {
      const r = parseAuthoritativeCase(reprint(title), "spc-gazette");
      expect(r.category, title).toBe("民事");
      expect(r.outcome.civil?.disposition, title).toBe("dismissed");
    }
  });

  it("leaves a prosecutors' case to its keywords: an administrative suit titled …纠纷抗诉案", () => {
    const text = [
      "### （检例第900号）",
      "某甲公司诉某县自然资源局土地补偿认定纠纷抗诉案",
      "【关键词】",
      "行政抗诉",
      "【基本案情】",
      "某甲公司不服某县自然资源局的补偿认定，向县人民法院提起诉讼。",
    ].join("\n");
    expect(parseAuthoritativeCase(text, "spp-guiding").category).toBe("行政");
  });
});

describe("parseAuthoritativeCase: a prosecutors' supervision of an administrative suit whose keywords name a crime", () => {
  it("is administrative: 定罪量刑 among its keywords is what the act followed, not a prosecution", () => {
    const text = [
      "### （检例第901号）",
      "张某诉某县公安局交通警察大队吊销驾驶证行政处罚检察监督案",
      "【关键词】",
      "行政检察",
      "定罪量刑",
      "吊销驾驶证",
      "【基本案情】",
      "张某醉酒驾驶被某区人民法院以危险驾驶罪判处拘役两个月。该大队随后吊销其驾驶证，张某不服，提起行政诉讼。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "spp-guiding");
    expect(r.category).toBe("行政");
    expect(r.charges).toEqual([]);
  });
});

describe("parseAuthoritativeCase: what the Markdown reads as", () => {
  // Invented; pandoc's marks as the collections carry them: a raw span in a statute's title, a link
  // to another write-up, escaped brackets, a bold subheading.
  const text = [
    "### **张某某盗窃案**",
    "【相关法条】",
    "《最高人民法院关于适用`<中华人民共和国刑事诉讼法>`{=html}的解释》第一条",
    "【基本案情】",
    "某县公安局以某公刑字\\[2099\\]第7号决定书对张某某予以拘留。",
    "【裁判理由】",
    "**一、关于盗窃数额的认定**",
    "与[刑参第9号](http://example.org/9.htm)案例所持立场不一致。",
  ].join("\n");

  it("keys a statute by its title's words, not by the raw span's marks", () => {
    const r = parseAuthoritativeCase(text, "spc-gazette");
    expect(r.statutes.map((s) => [s.law, s.article])).toEqual([["最高人民法院关于适用刑事诉讼法的解释", 1]]);
  });

  it("keeps a link's text and escaped brackets, without URL, backslashes or bold marks", () => {
    const r = parseAuthoritativeCase(text, "spc-gazette");
    expect(r.title).toBe("张某某盗窃案");
    expect(r.sections.facts).toBe("某县公安局以某公刑字[2099]第7号决定书对张某某予以拘留。");
    expect(r.sections.reasoning).toBe("一、关于盗窃数额的认定\n与刑参第9号案例所持立场不一致。");
    expect(r.text).not.toMatch(/http|\\|\*\*|`|\{=html\}/);
  });

  it("keeps the id a write-up without a number had: it is its Markdown's, not the text read from it", () => {
    // The id this write-up got before its Markdown was read as text (reports cite write-ups by id).
    expect(parseAuthoritativeCase(text, "spc-gazette").id).toBe("wwL6m8InvTZJzwrIGhNiIg");
  });
});

describe("parseAuthoritativeCase: the reasoning of the judgment in force, in a reprint telling its instances", () => {
  // Invented text in the form of gazette reprints told in the third person (FYGB0017, FYGB0102, FYGB0261).
  const lines = (...l: string[]) => l.join("\n\n");
  const firstInstance = [
    "## 甲某诉乙市某区交通运输局行政处罚案",
    "【裁判摘要】",
    "私人小客车合乘不以营利为目的的，不属于道路运输经营。",
    "原告甲某诉称：其驾驶私家车搭载同路乘客，被告以非法营运为由处以罚款，请求撤销该处罚决定。",
    "被告乙市某区交通运输局辩称：原告没有经营许可证，却以营利为目的载客。",
    "乙市某区人民法院一审查明：2017年5月8日，原告驾车搭载两名乘客，被被告执法人员查获。",
    "乙市某区人民法院一审认为：",
    "原告收取乘客费用，其行为属于未经许可从事道路运输经营，被告的处罚证据确凿，适用法律正确。",
  ];

  it("shows a retrial's reasoning, not the appeal's it overturned (FYGB0017's form)", () => {
    const r = parseAuthoritativeCase(
      lines(
        ...firstInstance,
        "据此，乙市某区人民法院依照《中华人民共和国行政诉讼法》第六十九条的规定，于2018年3月1日判决：驳回原告甲某的诉讼请求。",
        "甲某不服一审判决，向乙市中级人民法院提起上诉。",
        "乙市中级人民法院经二审，确认了一审查明的事实。",
        "乙市中级人民法院二审认为：",
        "上诉人搭载的行程跨越行政区域，不属于合乘，其行为构成非法营运。",
        "乙市中级人民法院依照《中华人民共和国行政诉讼法》第八十九条第一款第（一）项的规定，于2018年9月1日判决如下：",
        "驳回上诉，维持原判。",
        "甲某不服二审判决，向丙省高级人民法院申请再审。",
        "丙省高级人民法院再审查明的事实与一、二审相同。",
        "丙省高级人民法院再审认为：一、合乘出行分摊的是出行成本，甲某未以营利为目的，其行为属于合乘，不适用道路运输经营的规定。",
        "二、被告作出处罚前未听取甲某的陈述和申辩，程序违法。",
        "丙省高级人民法院依照《中华人民共和国行政诉讼法》第八十九条第一款第（二）项之规定，于2019年5月27日判决如下：",
        "一、撤销乙市中级人民法院的二审行政判决；",
        "二、撤销乙市某区人民法院的一审行政判决；",
        "三、撤销乙市某区交通运输局作出的行政处罚决定。",
      ),
      "spc-gazette",
    );
    expect(r.sections.reasoning).toMatch(/^丙省高级人民法院再审认为：一、合乘出行分摊的是出行成本/);
    expect(r.sections.reasoning).not.toContain("构成非法营运");
    // The courts' reasoning before it is the history.
    expect(r.sections.history).toContain("乙市中级人民法院二审认为");
    expect(r.outcome.administrative?.dispositions).toEqual(["revoked"]);
  });

  it("shows an appeal's reasoning where it upheld the first instance (FYGB0847's form)", () => {
    const r = parseAuthoritativeCase(
      lines(
        "## 丁某诉某村某村民小组果园承包合同纠纷案",
        "原告：丁某，男，45岁。",
        "被告：某县某乡某村某村民小组。",
        "原告丁某诉被告某村某村民小组果园承包合同纠纷案，向某县人民法院提起诉讼。",
        "原告诉称：被告单方终止果园承包合同，请求判令被告继续履行合同。",
        "被告辩称：续签的合同未经村民会议讨论，应当终止。",
        "某县人民法院经公开审理，查明：1990年，原告与被告续签果园承包合同，约定承包期5年。",
        "某县人民法院审理认为：原、被告续签的承包合同依法成立，被告单方终止合同属于违约。依照经济合同法的有关规定，判决：被告继续履行与原告续签的果园承包合同。",
        "一审判决后，被告仍持原答辩意见，向某市中级人民法院提出上诉。",
        "某市中级人民法院第二审认为：续签的合同已经村民会议讨论通过，内容符合民主议定的原则，上诉人无权单方终止。原审判决认定事实清楚，适用法律正确。依照民事诉讼法的有关规定，判决：",
        "驳回上诉人的上诉，维持原审判决。",
      ),
      "spc-gazette",
    );
    expect(r.sections.reasoning).toMatch(/^某市中级人民法院第二审认为：续签的合同已经村民会议讨论通过/);
    expect(r.sections.reasoning).not.toContain("被告单方终止合同属于违约");
    expect(r.outcome.appeal).toBe("affirmed");
  });

  it("shows the first court's reasoning where the appeal was withdrawn (FYGB0261's form)", () => {
    const r = parseAuthoritativeCase(
      lines(
        ...firstInstance,
        "据此，乙市某区人民法院依照《中华人民共和国行政诉讼法》第七十条的规定，于2018年3月1日判决：撤销被告作出的行政处罚决定。",
        "宣判后，乙市某区交通运输局向乙市中级人民法院提起上诉。",
        "乙市中级人民法院经审查认为，上诉人撤回上诉的申请符合法律规定，于2018年6月2日裁定：准许上诉人乙市某区交通运输局撤回上诉。",
      ),
      "spc-gazette",
    );
    expect(r.sections.reasoning).toMatch(/^乙市某区人民法院一审认为：\n原告收取乘客费用/);
    expect(r.outcome.appeal).toBe("withdrawn");
  });
});

describe("reasoningInForce: which court's reasoning stands", () => {
  it("reads the appeal court's reasoning when the first court's ruling is told without a marker (FYGB0135's form)", () => {
    const found = reasoningInForce(
      [
        "甲市某区人民法院一审认为：",
        "被告人张某以其他方法破坏生产经营，其行为已构成破坏生产经营罪，以破坏生产经营罪判处被告人张某有期徒刑一年六个月，缓刑二年。",
        "一审宣判后，张某不服，提出上诉。",
        "甲市中级人民法院二审认为：",
        "二审期间出现新的证据，原判认定的损失数额不当，予以纠正。",
        "据此，甲市中级人民法院依照《中华人民共和国刑事诉讼法》第二百二十五条第一款第（三）项的规定，于2016年12月19日作出判决：",
        "上诉人张某犯破坏生产经营罪，判处有期徒刑一年，缓刑一年。",
      ].join("\n"),
    );
    expect(found?.reasoning).toBe(
      "甲市中级人民法院二审认为：\n二审期间出现新的证据，原判认定的损失数额不当，予以纠正。",
    );
  });

  it("reads one court's reasoning from its first opening, not a court weighing the evidence", () => {
    const found = reasoningInForce(
      [
        "甲市中级人民法院认为：乙公司未按约付款，应承担违约责任。据此，甲市中级人民法院于2001年3月2日判决：乙公司支付甲公司货款10万元。",
        "乙公司不服，提起上诉。",
        "丙省高级人民法院经二审质证认为：乙公司提交的收据不属于新的证据。",
        "丙省高级人民法院二审认为：合同约定的付款条件已经成就。",
        "丙省高级人民法院二审还认为：乙公司主张的抵销没有依据。",
        "据此，丙省高级人民法院于2001年9月9日判决：驳回上诉，维持原判。",
      ].join("\n"),
    );
    expect(found?.reasoning).toMatch(
      /^丙省高级人民法院二审认为：合同约定的付款条件已经成就。\n丙省高级人民法院二审还认为/,
    );
  });

  it("leaves a court's own judgment, reasoning with 本院认为, to its sections", () => {
    expect(
      reasoningInForce(
        "一审法院认为：乙公司应当付款。\n本院认为：合同约定的付款条件已经成就。\n依照…的规定，判决如下：\n驳回上诉，维持原判。",
      ),
    ).toBeUndefined();
  });
});

describe("parseAuthoritativeCase: a reprint's last court ruling in its own words after a review (FYGB0822's form)", () => {
  it("is the disposition, the judgment it leaves standing the outcome", () => {
    const r = parseAuthoritativeCase(
      [
        "## 甲公司为购销合同纠纷申请再审案",
        "申请再审人：甲公司。",
        "申请再审人甲公司不服丙省高级人民法院关于乙厂与其购销合同纠纷一案的终审判决，向最高人民法院申请再审。",
        "原审情况：",
        "1990年4月8日，丁公司以甲公司的名义与乙厂签订购销合同，约定乙厂供货30吨。",
        "丙省某地区中级人民法院认为：丁公司受甲公司委托签订合同，合同有效。甲公司不履行合同，属违约行为。据此判决：一、甲公司给乙厂偿付违约金六万元；二、甲公司给乙厂支付赔偿金十二万元。",
        "甲公司不服第一审判决，以未委托丁公司签订合同为由，向丙省高级人民法院提起上诉。该院审理认为，一审认定委托代理关系成立正确，驳回甲公司的上诉，维持第一审判决。",
        "甲公司对丙省高级人民法院的终审判决不服，向最高人民法院申请再审称：甲公司从未委托丁公司签约。",
        "最高人民法院审查认为：丁公司签约当日即电告甲公司合同内容，甲公司未表示否认，应视为同意。甲公司应承担违约责任。据此，依照民事诉讼法第一百七十九条第二款的规定，于1992年3月20日，驳回了甲公司的再审请求。",
      ].join("\n\n"),
      "spc-gazette",
    );
    expect(r.sections.disposition).toBe("驳回了甲公司的再审请求。");
    expect(r.sections.reasoning).toMatch(/^最高人民法院审查认为：丁公司签约当日/);
    expect(r.outcome).toEqual({
      civil: { disposition: "upheld", amounts: [60000, 120000], totalAwarded: 180000 },
      appeal: "affirmed",
    });
  });
});

describe("parseAuthoritativeCase: a prosecution's listed number of another kind is a misprint (rmsf0904's form)", () => {
  it("files the case as criminal, neither owning the number nor taking it for an earlier trial", () => {
    const r = parseAuthoritativeCase(
      [
        "# 【201499001】组织卖淫罪中组织行为的认定 文/张某",
        "【裁判要旨】",
        "对卖淫活动起管理、控制作用的，属于组织卖淫。",
        "■案号一审：（2014）浦行初字第128号 　　【案情】",
        "公诉机关：某市某区人民检察院。 　　被告人：李某。",
        "2013年3月起，被告人李某在某浴场招募多名女子卖淫，并负责安排、管理。",
        "【审判】",
        "某市某区人民法院经审理认为，被告人李某的行为已构成组织卖淫罪，判处有期徒刑五年，并处罚金人民币八千元。",
        "该判决已生效。 　　【评析】",
        "本案的争议焦点在于被告人的行为是否具有组织性。",
      ].join("\n\n"),
      "people-judicature",
    );
    expect(r.category).toBe("刑事");
    expect(r.caseNumber).toBeUndefined();
    expect(r.priorCaseNumbers).toEqual([]);
    expect(r.citedCaseNumbers).toBeUndefined();
  });
});

describe("a write-up's cause where its title gives none (h8: 145 civil and administrative write-ups had none)", () => {
  it("reads a guiding case's title cut short by the name the write-up restates under it", () => {
    const r = parseAuthoritativeCase(
      [
        "### 指导案例900号：某市环保联合会诉甲某化工有限公司、乙某物流有限公司环境污染民事公益诉...",
        "原文网址：https://example.org/case/900",
        "某市环保联合会诉甲某化工有限公司、",
        "乙某物流有限公司环境污染民事公益诉讼案",
        "（最高人民法院审判委员会讨论通过2030年1月1日发布）",
        "关键词",
        "民事/环境民事公益诉讼/危险废物",
        "裁判要点",
        "排放危险废物污染环境的，应当承担修复责任。",
        "基本案情",
        "甲某化工有限公司将危险废物交由乙某物流有限公司倾倒。",
      ].join("\n\n"),
      "spc-guiding",
    );
    // Shown whole, as restated (session 25: it had kept the cut title).
    expect(r.title).toBe(
      "指导案例900号：某市环保联合会诉甲某化工有限公司、乙某物流有限公司环境污染民事公益诉讼案",
    );
    expect(r.causes).toEqual(["环境污染民事公益诉讼"]);
    expect(r.parties.map((p) => `${p.role}:${p.name}`)).toEqual([
      "原告:某市环保联合会",
      "被告:甲某化工有限公司",
      "被告:乙某物流有限公司",
    ]);
  });

  it("reads an older title's cause named without 纠纷, else the keywords' cause — the title's first", () => {
    const gazette = (title: string) =>
      parseAuthoritativeCase(
        [
          title,
          "【裁判摘要】",
          "得利没有合法根据的，应当返还。",
          "原告：张某甲，男。",
          "被告：李某乙，男。",
        ].join("\n\n"),
        "spc-gazette",
      );
    expect(gazette("张某甲诉李某乙不当得利案").causes).toEqual(["不当得利纠纷"]);
    expect(gazette("张某甲诉李某乙存包损害赔偿案").causes).toEqual([]);
    const guiding = (title: string, keywords: string) =>
      parseAuthoritativeCase(
        [
          `指导案例901号：${title}`,
          "（最高人民法院审判委员会讨论通过2030年1月1日发布）",
          "关键词",
          keywords,
          "裁判要点",
          "本案裁判要点。",
        ].join("\n\n"),
        "spc-guiding",
      );
    expect(guiding("张某甲等诉某市人民政府侵犯客运经营权案", "行政/行政许可/期限").causes).toEqual([
      "行政许可",
    ]);
    expect(guiding("张某甲诉某某文化有限公司确认劳动关系案", "民事/劳动合同/确认劳动关系").causes).toEqual([
      "确认劳动关系纠纷",
    ]);
    // Keywords naming no cause give none.
    expect(
      guiding("某某公司与李某乙申请撤销仲裁裁决案", "民事/申请撤销仲裁裁决/社会公共利益").causes,
    ).toEqual([]);
  });
});

describe("titleParties: names with their number, a name holding 与, a third party (h8)", () => {
  const names = (title: string, causes = findCauses(title)) =>
    titleParties(title, causes).map((p) => `${p.role}:${p.name}`);

  it("keeps the name of a party sued with a number of others, not the number or what follows it", () => {
    expect(names("某市人民检察院诉张某甲等15人生态破坏民事公益诉讼案")).toEqual([
      "原告:某市人民检察院",
      "被告:张某甲",
    ]);
    expect(names("某市人民检察院诉甲某公司等三被告非法倾倒垃圾民事公益诉讼案")).toEqual([
      "原告:某市人民检察院",
      "被告:甲某公司",
    ]);
  });

  it("joins the sides at the suit's 诉, not at a 与 inside a name; drops the prosecutors supervising the suit", () => {
    expect(names("某某保护与发展基金会诉甲某玻璃有限公司大气污染责任民事公益诉讼案")).toEqual([
      "原告:某某保护与发展基金会",
      "被告:甲某玻璃有限公司",
    ]);
    expect(names("某市人民检察院对某某基金会诉甲某化工有限公司民事公益诉讼检察监督案")).toEqual([
      "原告:某某基金会",
      "被告:甲某化工有限公司",
    ]);
  });

  it("gives a third party the title names its role, and finds a cause named without its 纠纷", () => {
    expect(
      names("甲某酒业有限公司诉某国家局、第三人乙某酒厂有限公司商标权无效宣告行政纠纷案", [
        "商标权无效宣告行政纠纷",
      ]),
    ).toEqual(["原告:甲某酒业有限公司", "被告:某国家局", "第三人:乙某酒厂有限公司"]);
    expect(names("某省人民政府诉甲某化工科技有限公司生态环境损害赔偿案", ["生态环境损害赔偿纠纷"])).toEqual([
      "原告:某省人民政府",
      "被告:甲某化工科技有限公司",
    ]);
  });
});

/** 人民司法's 【审判】: the court's view with the defendants' grounds, its ruling, an appeal and its view. */
const TRIAL_TOLD = [
  "# 【202001001】开设赌场罪的认定 文/王某某",
  "【案情】",
  "2019年3月，被告人张某甲与被告人李某乙在某村开设赌场抽头获利。",
  "【审判】",
  "甲县人民法院经审理认为，被告人张某甲、李某乙开设赌场，其行为均已构成开设赌场罪。被告人张某甲归案后如实供述自己的罪行，系坦白，依法可以从轻处罚。被告人李某乙曾因赌博被判处刑罚，有前科，酌情从重处罚。依照刑法第三百零三条第二款之规定，判处被告人张某甲有期徒刑1年，判处被告人李某乙有期徒刑1年6个月。",
  "一审宣判后，被告人李某乙提出上诉，称其系自首。",
  "乙市中级人民法院经审理认为，上诉人李某乙系被抓获归案，不构成自首，原判量刑适当，裁定驳回上诉，维持原判。",
  "【评析】",
  "开设赌场罪的情节严重应当结合抽头数额认定。",
].join("\n");

describe("parseAuthoritativeCase: the courts' words in an account of the trials", () => {
  it("reads each court's view as reasoning, its rulings and the appeal told as the disposition", () => {
    const r = parseAuthoritativeCase(TRIAL_TOLD, "people-judicature");
    // The appeal's ruling is the disposition, the first court's ruling and the appeal its history.
    expect(r.sections.reasoning).toMatch(
      /^甲县人民法院经审理认为.*有前科，酌情从重处罚。\n开设赌场罪的情节严重/s,
    );
    expect(r.sections.history).toMatch(/^依照刑法第三百零三条.*称其系自首。$/s);
    expect(r.sections.disposition).toMatch(/^乙市中级人民法院经审理认为.*维持原判。$/);
  });

  it("tags the grounds the courts find there, not a party's claim nor a ground the court denies", () => {
    const doc = toJudgmentDocument(parseAuthoritativeCase(TRIAL_TOLD, "people-judicature"));
    expect(doc.circumstances).toEqual(expect.arrayContaining(["坦白", "前科"]));
    expect(doc.circumstances).not.toContain("自首");
  });

  it("keeps what the account tells before the court's view as history, not reasoning", () => {
    const text = TRIAL_TOLD.replace(
      "甲县人民法院经审理认为",
      "甲县人民检察院以被告人张某甲犯开设赌场罪提起公诉。辩护人提出张某甲系从犯。\n甲县人民法院经审理认为",
    );
    const r = parseAuthoritativeCase(text, "people-judicature");
    expect(r.sections.history).toMatch(/^甲县人民检察院.*系从犯。\n依照刑法第三百零三条/s);
    expect(r.sections.reasoning).toMatch(/^甲县人民法院经审理认为/);
    expect(toJudgmentDocument(r).circumstances).not.toContain("从犯");
  });
});

/** An account whose appeal court changes the judgment: the first court's words are overturned. */
const TRIAL_AMENDED = [
  "# 【202001002】盗窃罪数额的认定 文/赵某某",
  "【案情】",
  "2019年5月，被告人王某丙在某商场窃取他人财物。",
  "【审判】",
  "丙县人民法院经审理认为，被告人王某丙以非法占有为目的，秘密窃取他人财物，数额巨大，其行为构成盗窃罪。被告人王某丙主动到公安机关投案，系自首，依法可以从轻处罚。依照刑法第二百六十四条之规定，判处被告人王某丙有期徒刑3年。",
  "一审宣判后，被告人王某丙以原判认定数额有误提出上诉，请求二审法院依法改判。",
  "丁市中级人民法院经审理认为，上诉人王某丙窃取财物的价值应以案发时的市场价格认定，原判认定数额有误，应予纠正，王某丙盗窃数额较大，原判量刑不当。",
  "据此，丁市中级人民法院判决：一、撤销丙县人民法院的刑事判决；二、上诉人王某丙犯盗窃罪，判处有期徒刑1年。",
  "【评析】",
  "盗窃数额应当按照被盗物品的价格认定。",
].join("\n");

describe("parseAuthoritativeCase: the words of an overturned instance are the history", () => {
  it("keeps only the words of the court whose judgment stands when it changed the one below", () => {
    const r = parseAuthoritativeCase(TRIAL_AMENDED, "people-judicature");
    expect(r.sections.reasoning).toMatch(/^丁市中级人民法院经审理认为.*原判量刑不当。\n盗窃数额应当/s);
    expect(r.sections.reasoning).not.toContain("丙县人民法院经审理认为");
    // The first court's words, ruling and the appeal told after it, in reading order.
    expect(r.sections.history).toMatch(
      /^丙县人民法院经审理认为.*系自首.*判处被告人王某丙有期徒刑3年。\n一审宣判后.*依法改判。$/s,
    );
    expect(r.sections.disposition).toMatch(/^据此，丁市中级人民法院判决：一、撤销/);
    // The first court's finding of 自首 and of a 数额巨大 no longer stand.
    const doc = toJudgmentDocument(r);
    expect(doc.circumstances).not.toContain("自首");
    expect(doc.circumstances).not.toContain("认定:数额巨大");
  });

  it("keeps every court's words when the appeal upholds, and a party's request for 改判 changes nothing", () => {
    const upheld = TRIAL_AMENDED.replace(
      "据此，丁市中级人民法院判决：一、撤销丙县人民法院的刑事判决；二、上诉人王某丙犯盗窃罪，判处有期徒刑1年。",
      "据此，丁市中级人民法院裁定驳回上诉，维持原判。",
    );
    const r = parseAuthoritativeCase(upheld, "people-judicature");
    expect(r.sections.reasoning).toMatch(
      /^丙县人民法院经审理认为.*系自首.*从轻处罚。\n丁市中级人民法院经审理认为/s,
    );
    expect(toJudgmentDocument(r).circumstances).toContain("自首");
  });

  it("reads a case sent back (发回重审) and an appeal ruling in a sentence of its own as changing the judgment", () => {
    const remanded = TRIAL_AMENDED.replace(
      "据此，丁市中级人民法院判决：一、撤销丙县人民法院的刑事判决；二、上诉人王某丙犯盗窃罪，判处有期徒刑1年。",
      "丁市中级人民法院裁定撤销原判，发回重审。",
    );
    expect(parseAuthoritativeCase(remanded, "people-judicature").sections.reasoning).not.toContain("系自首");
    const inWords = TRIAL_AMENDED.replace(
      "据此，丁市中级人民法院判决：一、撤销丙县人民法院的刑事判决；二、上诉人王某丙犯盗窃罪，判处有期徒刑1年。",
      "丁市中级人民法院遂依法改判王某丙有期徒刑1年。",
    );
    expect(parseAuthoritativeCase(inWords, "people-judicature").sections.reasoning).not.toContain("系自首");
  });

  it("does not read a ruling told with 遂判决 as the court's view", () => {
    const civil = [
      "# 【202001003】房屋租赁合同的解除 文/钱某某",
      "【审判】",
      "甲区人民法院经审理认为，原告与被告之间的租赁合同合法有效，被告逾期未付租金，原告有权解除合同。遂判决支持原告的全部诉讼请求。被告不服，上诉至乙市中级人民法院。",
      "乙市中级人民法院经审理认为，一审判决认定事实清楚，适用法律正确。",
      "据此，乙市中级人民法院判决：驳回上诉，维持原判。",
    ].join("\n");
    const r = parseAuthoritativeCase(civil, "people-judicature");
    expect(r.sections.reasoning).not.toContain("遂判决");
    expect(r.sections.reasoning).not.toContain("上诉至");
    expect(r.sections.reasoning).toMatch(
      /^甲区人民法院经审理认为.*有权解除合同。\n乙市中级人民法院经审理认为/s,
    );
  });

  it("ends a court's words at the appeal told after them when its ruling is inside its view's sentence", () => {
    const text = [
      "# 【202001004】故意伤害罪的量刑 文/孙某某",
      "【案情】",
      "2020年1月，被告人周某某与邻居发生争执后动手打人。",
      "【审判】",
      "戊县人民法院经审理认为，被告人周某某故意伤害他人身体，致一人轻伤，其行为构成故意伤害罪，其归案后如实供述，系坦白，判处有期徒刑1年。",
      "一审宣判后，被告人周某某提出上诉，称其系从犯。",
      "己市中级人民法院经审理认为，原判事实清楚，量刑适当。遂裁定驳回上诉，维持原判。",
    ].join("\n");
    const r = parseAuthoritativeCase(text, "people-judicature");
    expect(r.sections.reasoning).toMatch(
      /^戊县人民法院经审理认为.*判处有期徒刑1年。\n己市中级人民法院经审理认为.*量刑适当。$/s,
    );
    expect(r.sections.reasoning).not.toContain("上诉，称其系从犯");
    expect(toJudgmentDocument(r).circumstances).not.toContain("从犯");
  });
});

describe("titleParties: the words of the cause and its object are no party's name", () => {
  it("leaves to the cause the words it begins with as catalogued (…医院环境 before 公益诉讼案)", () => {
    const title = "某市人民检察院诉某区卫生局、某区人民医院环境公益诉讼案";
    expect(titleParties(title, ["环境民事公益诉讼"]).map((p) => `${p.role}:${p.name}`)).toEqual([
      "原告:某市人民检察院",
      "被告:某区卫生局",
      "被告:某区人民医院",
    ]);
  });

  it("keeps a party whose name is followed by the quoted mark the dispute is about", () => {
    const title = '张某某与某省商标评审委员会、甲乙体育用品有限公司"甲乙"商标争议行政纠纷案';
    expect(titleParties(title, ["商标争议行政纠纷"]).map((p) => p.name)).toEqual([
      "张某某",
      "某省商标评审委员会",
      "甲乙体育用品有限公司",
    ]);
  });
});

describe("reasoningInForce: a paragraph naming a court by its instance only", () => {
  it("does not open the reasoning at a paragraph answering what the first court held (对于一审法院认为…)", () => {
    const reprint = [
      "甲县人民法院一审认为：被告人张某违反交通运输管理法规，因而发生重大事故，构成交通肇事罪。",
      "据此，甲县人民法院于2015年1月5日判决：被告人张某犯交通肇事罪，判处有期徒刑三年。",
      "宣判后，张某提出上诉。",
      "乙市中级人民法院二审认为：",
      "对于上诉人张某所提其未逃逸的理由，经查，其离开现场后关闭手机，足以认定逃逸。",
      "对于一审法院认为张某负事故主要责任的认定，经查，有事故认定书证实，予以确认。",
      "据此，乙市中级人民法院于2015年6月1日裁定：驳回上诉，维持原判。",
    ].join("\n");
    expect(reasoningInForce(reprint)?.reasoning).toMatch(/^乙市中级人民法院二审认为：\n对于上诉人/);
  });
});
