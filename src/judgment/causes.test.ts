import { describe, expect, it } from "vitest";
import {
  administrativeAct,
  canonicalCause,
  catalogueCause,
  catalogueKind,
  causeForms,
  causesWithoutEnding,
  findCauses,
  keywordCause,
  knownTypedCause,
  OLDER_ADMINISTRATIVE_CAUSES,
  sharedCauseText,
  typedCauses,
  unrecognisedTypedCauses,
} from "./causes.ts";
import { CIVIL_CATALOGUE } from "./civil-catalogue.ts";
import { OLDER_CIVIL_CAUSES } from "./older-civil-causes.ts";

describe("findCauses", () => {
  it("drops parties a title glues before the cause without 与/诉 (review15-search: 64 write-ups)", () => {
    const titles: [string, string][] = [
      ["穆峰岩、徐禾交通事故损害赔偿纠纷案", "交通事故损害赔偿纠纷"],
      [
        "张某甲诉某某文化传播有限公司、李某乙、王某丙侵害作品信息网络传播权纠纷案",
        "侵害作品信息网络传播权纠纷",
      ],
      ["丁某某诉季某某等教育机构责任纠纷案", "教育机构责任纠纷"],
      ["林宇岩诉某某实业有限公司、戴宇江公司解散纠纷案", "公司解散纠纷"],
      // A cause's own first words stay: 侵犯, 道路, 国际航空, 计算机软件.
      ["甲公司诉乙公司侵犯著作权纠纷案", "侵犯著作权纠纷"],
      ["某某与某某国际航空旅客运输损害赔偿纠纷案", "国际航空旅客运输损害赔偿纠纷"],
      ["王航江、李海禾道路交通事故损害赔偿纠纷案", "道路交通事故损害赔偿纠纷"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title), title).toEqual([cause]);
    // Two causes joined (see "causes named together"), each without the parties.
    expect(findCauses("葛禾海诉洪立森名誉权、荣誉权纠纷案")).toEqual(["名誉权纠纷", "荣誉权纠纷"]);
  });

  it("reads a cause on over a space a broken title leaves in it, not over one after a party's name", () => {
    const titles: [string, string][] = [
      ["甲某科技有限公司诉乙某网络有限公司侵犯注册 商标专用权纠纷案", "侵犯注册商标专用权纠纷"],
      ["张某甲与某市城市管理局、某市环境卫生管理处公共道路 妨碍通行责任纠纷案", "公共道路妨碍通行责任纠纷"],
      [
        "王某甲诉某某酒店有限公司、 某某实业有限公司生命权、 健康权、身体权纠纷案",
        "生命权、健康权、身体权纠纷",
      ],
      ["甲公司与 乙公司侵害外观设计 专利权纠纷案", "侵害外观设计专利权纠纷"],
      ["李某甲诉某某保险公司人身 保险合同纠纷案", "人身保险合同纠纷"],
      ["陈某甲诉某市动物园饲养动物 致人损害纠纷案", "饲养动物致人损害纠纷"],
      // The space ends a party's name: the cause begins after it.
      ["赵某甲诉钱某乙、孙某丙 工伤事故损害赔偿纠纷案", "工伤事故损害赔偿纠纷"],
      ["周某甲诉某某电动工具有限公司 劳动合同纠纷案", "劳动合同纠纷"],
      ["某某厂诉某某商场某某饭店 侵犯商标专用权纠纷案", "侵犯商标专用权纠纷"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title), title).toEqual([cause]);
  });

  it("begins a cause at a word, not inside a party's name (《…》社, a name listed after another's ending)", () => {
    const names = ["赵某甲", "某市某某出租汽车公司", "钱某乙"];
    expect(findCauses("赵某甲诉某某出租汽车公司、钱某乙赔偿纠纷案", names)).toEqual(["赔偿纠纷"]);
    // The names unknown, the list of parties goes on past the ending: no cause rather than its tail.
    expect(findCauses("赵某甲诉某某出租汽车公司、钱某乙赔偿纠纷案")).toEqual([]);
    expect(findCauses("孙某甲诉李某乙、《某某导报》社返还公益捐赠纠纷案")).toEqual(["返还公益捐赠纠纷"]);
    expect(findCauses("孙某甲诉《某某报》社侵害名誉权纠纷案")).toEqual(["侵害名誉权纠纷"]);
    expect(findCauses("周某甲诉吴某乙及《某某文学》等四家杂志侵害名誉权纠纷案")).toEqual(["侵害名誉权纠纷"]);
    // A note in brackets ends the name it follows.
    expect(
      findCauses("某某村诉某某制药有限公司（中外合资企业）临时用地纠纷案", ["某某村", "某某制药有限公司"]),
    ).toEqual(["临时用地纠纷"]);
    // A name the parties paragraph gives ends the party: the ending right after it (银行) is the
    // cause's, not a longer name's (…公司银行).
    const listed = ["某某银行某某办事处", "某某信托投资公司"];
    expect(findCauses("某某银行某某办事处诉某某信托投资公司银行承兑汇票纠纷上诉案", listed)).toEqual([
      "银行承兑汇票纠纷",
    ]);
    // A longer name than the one listed still ends at its own ending further on.
    expect(
      findCauses("某某银行诉某某信托投资公司某某营业部借款合同纠纷案", ["某某银行", "某某信托投资公司"]),
    ).toEqual(["借款合同纠纷"]);
    expect(findCauses("某某村诉某某制药有限公司（中外合资企业）临时用地纠纷案")).toEqual(["临时用地纠纷"]);
  });

  it("reads a listed cause wherever it is written", () => {
    expect(findCauses("原告张三与被告李四民间借贷纠纷一案")).toEqual(["民间借贷纠纷"]);
  });

  it("keeps the cause's own words a title writes before a listed cause, not what is left of a name", () => {
    const titles: [string, string][] = [
      ["张某甲诉李某乙房屋继承纠纷案", "房屋继承纠纷"],
      ["某某航运公司诉某某保险公司某市分公司船舶保险合同纠纷案", "船舶保险合同纠纷"],
      ["张某甲与李某乙、王某丙房屋所有权确认纠纷案", "房屋所有权确认纠纷"],
      ["某甲公司与某乙公司等船舶进口代理合同、废钢船买卖合同纠纷案", "船舶进口代理合同、废钢船买卖合同纠纷"],
      ["张某甲诉某市人民医院医疗服务合同纠纷案", "医疗服务合同纠纷"],
      ["张某甲诉李某乙网络侵权责任纠纷案", "网络侵权责任纠纷"],
      // A name's tail, or words no cause of the 规定 begins with, leave the listed cause.
      ["张某甲诉《某某》杂志社名誉权纠纷案", "名誉权纠纷"],
      ["某某公司诉某某科技公司及李某乙等人不正当竞争纠纷案", "不正当竞争纠纷"],
      ["某某公司诉张某甲保证合同追偿权纠纷案", "追偿权纠纷"],
      ["张某甲与某某有限公司劳动争议纠纷案", "劳动争议"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title), title).toEqual([cause]);
  });

  it("keeps what follows the parties, however they are joined to the cause (公报 and guiding titles)", () => {
    expect(findCauses("某某微电子有限公司等侵害集成电路布图设计专有权纠纷案")).toEqual([
      "侵害集成电路布图设计专有权纠纷",
    ]);
    expect(findCauses("某区某某镇某某村村民委员会违反安全保障义务责任纠纷案")).toEqual([
      "违反安全保障义务责任纠纷",
    ]);
    expect(findCauses("某某银行股份有限公司某某支行银行卡纠纷案")).toEqual(["银行卡纠纷"]);
    expect(findCauses("陈某诉华某公司侵害外观设计专利权纠纷案")).toEqual(["侵害外观设计专利权纠纷"]);
    // A company's own cause keeps its 公司.
    expect(findCauses("林某诉某某实业有限公司公司解散纠纷案")).toEqual(["公司解散纠纷"]);
  });
  it("cuts the parties at the word joining them, not at the same character inside a cause's word", () => {
    const titles: [string, string][] = [
      ["张某甲诉某某度假村有限公司平等就业权纠纷案", "平等就业权纠纷"],
      ["某某担保中心诉张某甲、李某乙第三人撤销之诉案", "第三人撤销之诉"],
      ["张某甲与李某乙、王某丙第三人撤销诉讼纠纷案", "第三人撤销诉讼纠纷"],
      ["某甲公司诉张某乙等其他与公司有关的纠纷案", "与公司有关的纠纷"],
      ["某甲公司与某乙公司因恶意提起知识产权诉讼损害责任纠纷案", "因恶意提起知识产权诉讼损害责任纠纷"],
      ["某甲公司诉张某乙因申请诉前财产保全损害责任纠纷案", "因申请诉前财产保全损害责任纠纷"],
      ["张某甲诉李某乙赠与合同纠纷案", "赠与合同纠纷"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title), title).toEqual([cause]);
  });
  it("drops a party named before the cause by its organisation's ending (公报 titles)", () => {
    const titles: [string, string][] = [
      ["张某甲诉某市公安消防支队消防验收纠纷案", "消防验收纠纷"],
      ["某某公司诉某某电视台著作权侵权纠纷案", "著作权侵权纠纷"],
      ["某某公司诉某某出版社侵犯著作权纠纷案", "侵犯著作权纠纷"],
      ["张某甲诉某某有限公司某市营业部确认股票认购权纠纷案", "确认股票认购权纠纷"],
      ["某某公司诉某某报社电视节目预告表使用权纠纷案", "电视节目预告表使用权纠纷"],
      ["某某厂诉某某印刷社承担电话费纠纷案", "承担电话费纠纷"],
      ["张某甲诉某某宾馆赔偿纠纷案", "赔偿纠纷"],
      ["张某甲诉某某汽车工业株式会社损害赔偿纠纷案", "损害赔偿纠纷"],
      ["张某甲诉某市农行储蓄合同纠纷案", "储蓄合同纠纷"],
      ["张某甲诉某某铁路总公司某某车务段铁路旅客运输人身伤亡赔偿纠纷案", "铁路旅客运输人身伤亡赔偿纠纷"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title), title).toEqual([cause]);
  });

  it("drops one short name before a cause's first word, not the words of the cause before it", () => {
    const titles: [string, string][] = [
      ["某某公司诉陶某某居间合同纠纷案", "居间合同纠纷"],
      ["张某甲与李某乙房产纠纷案", "房产纠纷"],
      ["某某公司与张某甲等船舶碰撞损害赔偿纠纷再审案", "船舶碰撞损害赔偿纠纷"],
      ["张某甲诉某某物业排除妨碍、赔偿损失纠纷案", "排除妨碍、赔偿损失纠纷"],
      // 民事案件案由规定's words before the head stay with it.
      ["张某甲诉李某乙农村土地承包合同纠纷案", "农村土地承包合同纠纷"],
      ["某某支行诉李某乙用益物权抵押合同纠纷案", "用益物权抵押合同纠纷"],
      ["张某甲诉李某乙损害股东利益责任纠纷案", "损害股东利益责任纠纷"],
      // After a name already cut, the words before the head are the cause's.
      ["某某支行诉某某有限公司用益物权抵押合同纠纷案", "用益物权抵押合同纠纷"],
      ["某某公司诉某某物业管理有限公司物业管理承包合同纠纷案", "物业管理承包合同纠纷"],
      ["张某甲与某某厂有奖储蓄存单纠纷再审案", "有奖储蓄存单纠纷"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title), title).toEqual([cause]);
    expect(findCauses("张某甲诉李某乙果园承包合同纠纷案", ["李某乙"])).toEqual(["果园承包合同纠纷"]);
    expect(findCauses("某某公司诉张某乙等其他与公司有关的纠纷案", ["张某乙"])).toEqual(["与公司有关的纠纷"]);
  });

  it("reads a long title's cause whole, after all its parties", () => {
    // Two disputes, each named in full (see "causes named together").
    expect(
      findCauses(
        "某甲海运公司与某乙租赁公司诉某某国某丙船务公司追索垫付船员伙食费、船舶港口费用纠纷及行使船舶留置权纠纷案",
      ),
    ).toEqual(["追索垫付船员伙食费、船舶港口费用纠纷", "行使船舶留置权纠纷"]);
    // A 、 after a name already cut lists more names only where it follows that name.
    expect(findCauses("某某银行诉某某有限公司、张某甲、李某乙房产确权纠纷案")).toEqual(["房产确权纠纷"]);
  });

  it("cuts a party at the parser's organisation endings, a one-character one only where no cause word holds it", () => {
    const titles: [string, string][] = [
      ["张某甲诉某某村一组、某某村村委会征地补偿款分配纠纷案", "征地补偿款分配纠纷"],
      ["张某甲等村民诉某某镇供种站购销种子损害赔偿纠纷案", "购销种子损害赔偿纠纷"],
      ["张某甲、李某乙诉某某村七组果园承包合同纠纷案", "果园承包合同纠纷"],
      ["某某厂与本厂某某车间承包合同纠纷案", "承包合同纠纷"],
      ["张某甲诉某市动物园饲养动物损害责任纠纷案", "饲养动物损害责任纠纷"],
      // Not 企业, which causes hold.
      ["某某公司诉某某有限公司擅自使用他人企业名称纠纷案", "擅自使用他人企业名称纠纷"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title), title).toEqual([cause]);
  });

  it("drops the other side's name of any length where the title joins it to the cause with 诉/与", () => {
    expect(findCauses("张某甲诉某某图书馆著作权侵权纠纷案")).toEqual(["著作权侵权纠纷"]);
    expect(findCauses("张某甲诉欧阳某某某土地承包经营权确认纠纷案")).toEqual(["土地承包经营权确认纠纷"]);
  });

  it("drops the parties' names where the text gives them elsewhere", () => {
    expect(findCauses("某某公司诉张某甲工伤保险待遇纠纷案", ["某某公司", "张某甲"])).toEqual([
      "工伤保险待遇纠纷",
    ]);
    expect(findCauses("王某诉李甲、李乙房屋买卖纠纷案", ["王某", "李甲", "李乙"])).toEqual(["房屋买卖纠纷"]);
    expect(findCauses("某某公司诉某某出版社音像大世界侵犯著作权纠纷案", ["某某出版社音像大世界"])).toEqual([
      "侵犯著作权纠纷",
    ]);
    // 等 and a number of people; not the 人 of 人身.
    expect(findCauses("某某公司诉张某甲等三人财产权属纠纷案", ["张某甲"])).toEqual(["财产权属纠纷"]);
    expect(findCauses("张某甲诉某某有限公司等人身伤害赔偿纠纷案", ["某某有限公司"])).toEqual([
      "人身伤害赔偿纠纷",
    ]);
    // Without the names, a cause beginning with none of a cause's words keeps the name.
    expect(findCauses("某某公司诉张某甲工伤保险待遇纠纷案")).toEqual(["张某甲工伤保险待遇纠纷"]);
  });

  it("reads a title set letter-spaced, a space between each character (公报 titles)", () => {
    expect(findCauses("张 某 甲 等 三 人 诉 张 某 乙 继 承 纠 纷 案")).toEqual(["继承纠纷"]);
    expect(findCauses("某市工会诉某市卫生防疫站房 屋 转 让 合 同 纠 纷 案")).toEqual(["房屋转让合同纠纷"]);
  });

  it("reads the cause before the words a title names the proceeding by (公报 and 检例 titles)", () => {
    const titles: [string, string][] = [
      ["甲某贸易公司与乙某印刷公司代理合同纠纷上诉案", "代理合同纠纷"],
      ["某某商社与某某经贸公司等信用证欺诈纠纷管辖权异议案", "信用证欺诈纠纷"],
      ["李某某等20人与某某环境公司确认劳动关系纠纷支持起诉案", "确认劳动关系纠纷"],
      ["某某投资企业被诉股东损害赔偿责任纠纷抗诉案", "股东损害赔偿责任纠纷"],
      ["王某与赵某、钱某著作权权属、侵权纠纷等三起虚假诉讼监督案", "著作权权属、侵权纠纷"],
      // 为 joins the party to the cause as 诉 does (not the 为 of 行为 or 见义勇为)…
      ["某某稀土公司为购销稀土合同纠纷申请再审案", "购销稀土合同纠纷"],
      ["某某公司诉某某公司请求确认债务人行为无效纠纷案", "请求确认债务人行为无效纠纷"],
      // …and a 管理处 ends a party's name.
      ["张某某诉某县某某风景区管理处署名纠纷上诉案", "署名纠纷"],
      // Every review a civil title names (REVIEW_AFTER_CAUSE, as src/cases/parse.ts reads the title civil).
      ["张某与李某确认合同效力纠纷申诉案", "确认合同效力纠纷"],
      ["甲公司诉乙公司建设工程价款优先受偿权纠纷提审案", "建设工程价款优先受偿权纠纷"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title), title).toEqual([cause]);
    // An administrative court's own name of the act keeps its 治安管理处罚.
    expect(findCauses("焦某诉某公安分局 治安管理处罚决定行政纠纷上诉案", [], true)).toEqual([
      "治安管理处罚决定行政纠纷",
    ]);
  });
});

describe("causes a write-up names otherwise than its title's …纠纷", () => {
  it("reads an older title's cause named without its 纠纷, as a known cause only", () => {
    expect(causesWithoutEnding("张某甲诉李某乙不当得利案")).toEqual(["不当得利纠纷"]);
    // The longest known end: an older name (民事案件案由规定 2008's), the catalogue's cause.
    expect(causesWithoutEnding("张某甲等诉某县交通局人身损害赔偿案")).toEqual(["人身损害赔偿纠纷"]);
    expect(causesWithoutEnding("指导案例900号：张某甲诉某某文化有限公司确认劳动关系案")).toEqual([
      "确认劳动关系纠纷",
    ]);
    expect(causesWithoutEnding("张某甲诉李某乙等股东资格确认上诉案")).toEqual(["股东资格确认纠纷"]);
    // Words joined by 及: each part that is a cause.
    expect(causesWithoutEnding("张某甲诉李某乙离婚及财产分割案")).toEqual(["离婚纠纷"]);
    // Words naming no cause of their own, and an application that is no suit, have none.
    expect(causesWithoutEnding("张某甲诉某某超市存包损害赔偿案")).toEqual([]);
    expect(causesWithoutEnding("张某甲诉李某乙共有房屋分割案")).toEqual([]);
    expect(causesWithoutEnding("某某银行申请执行异议案")).toEqual([]);
    expect(causesWithoutEnding("张某甲诉李某乙借款纠纷案——借条的效力")).toEqual([]);
  });

  it("reads the cause a write-up's keywords name, after the kind of case, only where it is one", () => {
    expect(keywordCause(["民事", "侵害著作权", "实用艺术作品"], false)).toBe("侵害著作权纠纷");
    expect(keywordCause(["民事", "金融借款合同", "担保"], false)).toBe("金融借款合同纠纷");
    expect(keywordCause(["民事公益诉讼", "英烈名誉", "社会公共利益"], false)).toBe("民事公益诉讼");
    expect(keywordCause(["行政", "行政许可", "期限"], true)).toBe("行政许可");
    expect(keywordCause(["行政公益诉讼", "未成年人保护"], true)).toBe("行政公益诉讼");
    expect(keywordCause(["行政", "罚款"], true)).toBe("行政处罚");
    // None named among the first two: none, not a later keyword's.
    expect(keywordCause(["行政", "商标权无效宣告", "经销关系", "行政确认"], true)).toBeUndefined();
    expect(keywordCause(["民事", "申请撤销仲裁裁决", "社会公共利益"], false)).toBeUndefined();
  });

  it("drops a party's 代表处 or 办事处 before the cause", () => {
    // The insurance named as written, and found under the insurance contracts it is one of.
    expect(findCauses("某某贸易公司诉某某保险公司某某办事处水路运输货物保险合同纠纷案")).toEqual([
      "水路运输货物保险合同纠纷",
    ]);
    expect(causeForms("保险合同纠纷")).toContain("水路运输货物保险合同纠纷");
    expect(findCauses("某某救助局诉某某投资公司、某某有限公司上海代表处海难救助合同纠纷案")).toEqual([
      "海难救助合同纠纷",
    ]);
    expect(findCauses("某某公司与某某信托公司某某办事处票据纠纷案")).toEqual(["票据纠纷"]);
  });
});

describe("public-interest suits (民事案件案由规定 2020, 第十一部分 公益诉讼)", () => {
  it("reads the catalogue's suit, or the name an interpretation or the law gives it, without the parties", () => {
    const titles: [string, string][] = [
      ["某市人民检察院诉张某甲生态破坏民事公益诉讼案", "生态破坏民事公益诉讼"],
      ["某市人民检察院诉张某甲等12人生态破坏民事公益诉讼案", "生态破坏民事公益诉讼"],
      ["某市人民检察院诉张某甲、李某乙环境民事公益诉讼案", "环境民事公益诉讼"],
      ["某省消费者协会诉某某电器有限公司消费民事公益诉讼案", "消费民事公益诉讼"],
      // The kind not named by the catalogue's words: the law's.
      ["某某环保联合会诉某某玻璃有限公司大气污染责任民事公益诉讼案", "民事公益诉讼"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title), title).toEqual([cause]);
    // An administrative suit joined by a civil one is the administrative suit.
    expect(findCauses("某县人民检察院诉某县林业局行政附带民事公益诉讼案", [], true)).toEqual([
      "行政公益诉讼",
    ]);
  });

  it("searches the names titles give a suit with the catalogue's suits they are", () => {
    expect(causeForms("环境民事公益诉讼")).toEqual([
      "环境民事公益诉讼",
      "生态环境保护民事公益诉讼",
      "环境污染民事公益诉讼",
      "生态破坏民事公益诉讼",
      "生态环境损害赔偿诉讼",
      "生态环境损害赔偿纠纷",
    ]);
    expect(causeForms("生态破坏民事公益诉讼")).toEqual(["生态破坏民事公益诉讼"]);
    expect(causeForms("生态环境保护民事公益诉讼")).toContain("环境民事公益诉讼");
    expect(causeForms("消费者权益保护民事公益诉讼")).toContain("消费民事公益诉讼");
    expect(causeForms("公益诉讼")).toEqual(
      expect.arrayContaining(["民事公益诉讼", "环境民事公益诉讼", "消费民事公益诉讼"]),
    );
  });
});

describe("causes named together (民事案件案由规定: 并列的两个案由)", () => {
  it("reads each cause a title joins with 及, 、, 和 or 与, without the parties", () => {
    const titles: [string, string[]][] = [
      [
        "某某科技有限公司诉某某贸易有限公司侵害商标权及不正当竞争纠纷案",
        ["侵害商标权纠纷", "不正当竞争纠纷"],
      ],
      ["张某某诉李某某肖像权、名誉权、隐私权纠纷案", ["肖像权纠纷", "名誉权纠纷", "隐私权纠纷"]],
      ["甲公司诉乙公司等侵害商标权、虚假宣传纠纷案", ["侵害商标权纠纷", "虚假宣传纠纷"]],
      // An older name of the one (商标侵权纠纷, 侵犯注册商标专用权纠纷), kept as written.
      ["甲公司诉乙公司及其分公司商标侵权和不正当竞争纠纷案", ["商标侵权纠纷", "不正当竞争纠纷"]],
      ["甲公司诉乙公司商标侵权、不正当竞争纠纷案", ["商标侵权纠纷", "不正当竞争纠纷"]],
      [
        "甲公司诉 乙某某等人侵犯注册商标 专用权及不正当竞争纠纷案",
        ["侵犯注册商标专用权纠纷", "不正当竞争纠纷"],
      ],
      // The parties' 与 and the causes' 与 in one title.
      ["某某公司与某某商行侵害商标权与不正当竞争纠纷一案", ["侵害商标权纠纷", "不正当竞争纠纷"]],
      // Each ending its own …纠纷, over the space a broken line leaves.
      [
        "某小区业主委员会诉某某置业有限公司物权确认纠纷、 财产损害赔偿纠纷案",
        ["物权确认纠纷", "财产损害赔偿纠纷"],
      ],
      // The words both share written once, with the last (借款合同, 保证合同).
      ["王某某诉赵某某、钱某某借款、保证合同纠纷案", ["借款合同纠纷", "保证合同纠纷"]],
      ["王某某诉赵某某及某某置业有限公司民间借贷、担保合同纠纷案", ["民间借贷纠纷", "担保合同纠纷"]],
    ];
    for (const [title, causes] of titles) expect(findCauses(title), title).toEqual(causes);
    // In a judgment's history as in a title.
    expect(findCauses("原告张某与被告李某某侵害商标权及不正当竞争纠纷一案，本院于2020年立案后")).toEqual([
      "侵害商标权纠纷",
      "不正当竞争纠纷",
    ]);
  });

  it("keeps one cause whose name joins words, and a name joining words that are not all causes", () => {
    const titles: [string, string][] = [
      ["张某诉李某生命权、健康权、身体权纠纷案", "生命权、健康权、身体权纠纷"],
      ["张某诉某某公司修理、重作、更换纠纷案", "修理、重作、更换纠纷"],
      ["张某诉某某物业管理有限公司建筑物和物件损害责任纠纷案", "建筑物和物件损害责任纠纷"],
      ["张某诉某某公司其他与公司有关的纠纷案", "与公司有关的纠纷"],
      ["张某诉某某公司赠与合同纠纷案", "赠与合同纠纷"],
      // One claim for two sums, no cause of the catalogue in either.
      ["某某航运公司诉某某贸易公司拖欠运费、装卸费纠纷案", "拖欠运费、装卸费纠纷"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title), title).toEqual([cause]);
  });

  it("reads disputes each named in full as two, whatever each is called", () => {
    expect(findCauses("张某诉某某出版社出版合同纠纷及侵犯署名权、修改权纠纷案")).toEqual([
      "出版合同纠纷",
      "侵犯署名权、修改权纠纷",
    ]);
  });

  it("reads a typed name joining causes as each of them, searched with the forms of each", () => {
    expect(typedCauses("侵害商标权及不正当竞争")).toEqual(["侵害商标权纠纷", "不正当竞争纠纷"]);
    expect(typedCauses("名誉权、荣誉权纠纷")).toEqual(["名誉权纠纷", "荣誉权纠纷"]);
    expect(typedCauses("合同、准合同")).toEqual(["合同、准合同纠纷"]);
    expect(typedCauses("民间借贷")).toEqual(["民间借贷纠纷"]);
    const forms = causeForms("侵害商标权及不正当竞争纠纷");
    expect(forms).toEqual(
      expect.arrayContaining([
        "侵害商标权及不正当竞争纠纷",
        "侵害商标权纠纷",
        "侵犯商标专用权纠纷",
        "不正当竞争纠纷",
        "侵害商业秘密纠纷",
      ]),
    );
  });
});

describe("an administrative suit's cause (行政案件案由暂行规定 2020)", () => {
  it("is the catalogue's kind of the act a title names without the cause's name", () => {
    const titles: [string, string][] = [
      ["张某甲诉某市人民政府房屋征收补偿决定案", "行政补偿"],
      ["张某甲不服某县公安局治安管理处罚决定案", "行政处罚"],
      ["张某甲、李某乙诉某县人民政府收回土地使用权批复案", "行政批复"],
      ["张某甲诉某县住房和城乡建设局不履行房屋登记法定职责案", "不履行职责"],
      ["某某燃气公司诉某县人民政府解除特许经营协议案", "行政协议"],
      ["张某甲诉某某大学拒绝颁发毕业证、学位证案", "行政确认"],
      // 工伤 found, confirmed or its benefits decided: the catalogue's 工伤保险资格或者待遇认定, as 工伤认定.
      ["张某甲诉某县劳动和社会保障局 工伤行政确认案", "工伤认定"],
      ["张某甲诉某市社会保险基金管理局 工伤保险待遇决定案", "工伤认定"],
      ["张某甲诉某市社会保险基金管理局给付工伤保险金案", "行政给付"],
      ["某某超市诉某县市场监督管理局不予变更经营范围登记案", "行政许可"],
      ["张某甲诉某县民政局撤销婚姻登记检察监督案", "行政登记"],
      ["张某甲不服某县公安局限制人身自由、扣押财产案", "行政强制措施"],
      ["某某公司诉某市知识产权局专利侵权纠纷处理决定案", "行政裁决"],
      ["某某公司不服某市人力资源和社会保障局责令补缴社会保险费案", "行政征缴"],
      ["张某甲诉某县退役军人事务局给付遗属生活补助案", "行政给付"],
      ["某县人民检察院诉某县林业局不履行林业监管职责行政公益诉讼案", "行政公益诉讼"],
      // A body named for an act is no act: 征收办公室 and 登记中心 do not say what was sued.
      ["张某甲诉某区房屋征收办公室强制拆除案", "行政强制执行"],
      ["张某甲诉某市不动产登记中心信息公开答复案", "政府信息公开"],
      // A catalogue name, third-level too, as written.
      ["张某甲、某市公安局罚款一审行政判决书", "行政处罚"],
      ["张某甲、某县人民政府征收或者征用房屋一审行政判决书", "行政征收或者征用"],
    ];
    for (const [title, cause] of titles) expect(findCauses(title, [], true), title).toEqual([cause]);
  });

  it("is read from a judgment's history where its title does not name the act: the first clause naming one", () => {
    const text =
      "某市中级人民法院行政判决书 上诉人张某甲因诉被上诉人某市人民政府房屋征收补偿决定一案，不服某市中级人民法院行政判决，向本院提起上诉。某省人民政府另作出的复议决定亦在卷。";
    expect(findCauses(text, [], true)).toEqual(["行政补偿"]);
  });

  it("is the act the first clause names, not a listed cause the history names later", () => {
    // The act sued is a 工伤认定; the 复议 and the civil dispute are told after it.
    const history =
      "某市中级人民法院行政判决书 原告张某甲不服被告某县人力资源和社会保障局作出的工伤认定决定，向本院提起行政诉讼。原告曾申请行政复议，复议机关维持；另查明原告与某某公司曾有劳动争议。";
    expect(findCauses(history, [], true)).toEqual(["工伤认定"]);
    const penalty =
      "某县人民法院行政判决书 原告张某甲诉被告某县公安局治安管理处罚一案，本院受理后，依法组成合议庭。原告提出政府信息公开申请未获答复。";
    expect(findCauses(penalty, [], true)).toEqual(["行政处罚"]);
    // Of a listed cause and the catalogue's longer name in that clause, the catalogue's.
    expect(findCauses("某某公司诉某市盐务局行政强制措施案", [], true)).toEqual(["行政强制措施"]);
    // Of acts joined by 及, the act sued, not the review of it or the damages claimed with it; a review
    // decision sued alone is a 行政复议.
    expect(findCauses("张某甲诉某县交通运输局等行政处罚及行政复议案", [], true)).toEqual(["行政处罚"]);
    expect(findCauses("某某公司诉某县人民政府渡口行政许可及某市人民政府行政复议案", [], true)).toEqual([
      "行政许可",
    ]);
    expect(findCauses("某某公司诉某县自然资源局不动产行政登记及行政赔偿纠纷案", [], true)).toEqual([
      "行政登记",
    ]);
    expect(findCauses("张某甲不服治安行政处罚复议决定案", [], true)).toEqual(["行政复议"]);
    // A civil judgment's text is read as before: the listed cause wherever it is named.
    expect(findCauses("张某甲与李某乙民事判决书 原告张某甲与被告李某乙，双方曾有民间借贷纠纷")).toEqual([
      "民间借贷纠纷",
    ]);
  });

  it("groups a cause under the catalogue's second-level name: third-level, older, and a court's own", () => {
    expect(catalogueKind("罚款")).toBe("行政处罚");
    expect(catalogueKind("行政处罚")).toBe("行政处罚");
    expect(catalogueKind("工伤认定")).toBe("行政确认");
    expect(catalogueKind("行政强制")).toBe("行政强制措施");
    expect(catalogueKind("行政征收")).toBe("行政征收或者征用");
    expect(catalogueKind("治安管理处罚决定行政纠纷")).toBe("行政处罚");
    expect(catalogueKind("收回土地使用权行政争议")).toBe("行政处理");
    expect(catalogueKind("消防验收纠纷")).toBe("消防验收纠纷");
    // Each older name becomes a second-level cause of the catalogue.
    for (const kind of Object.values(OLDER_ADMINISTRATIVE_CAUSES)) expect(catalogueKind(kind)).toBe(kind);
  });

  it("does not read an arbitral award as an administrative ruling", () => {
    expect(administrativeAct("某某公司不服劳动争议仲裁委员会仲裁裁决案")).toBeUndefined();
    expect(administrativeAct("某某公司不服某市知识产权局专利侵权纠纷裁决案")).toBe("行政裁决");
  });

  it("is not guessed for a suit not known to be administrative, nor where no act of the catalogue is named", () => {
    expect(findCauses("张某甲诉某市人民政府房屋征收补偿决定案")).toEqual([]);
    expect(findCauses("张某甲不服某县人民政府行政决定案", [], true)).toEqual([]);
    expect(findCauses("某某厂不服某市人民政府扶优扶强措施案", [], true)).toEqual([]);
    // A cause the list or the title names is kept.
    expect(findCauses("张某甲诉某县公安局行政处罚决定案", [], true)).toEqual(["行政处罚"]);
    expect(findCauses("某某业主委员会诉某区房屋管理局划分物业管理区域行政纠纷案", [], true)).toEqual([
      "划分物业管理区域行政纠纷",
    ]);
  });

  it("is known as typed by its catalogue name, second- or third-level", () => {
    expect(catalogueCause("罚款")).toBe("行政处罚");
    expect(catalogueCause("婚姻登记")).toBe("行政登记");
    expect(catalogueCause("房屋征收或者征用补偿")).toBe("行政补偿");
    expect(catalogueCause("行政协议")).toBe("行政协议");
    // Causes of the civil catalogue too, and civil ones, are not read as administrative.
    expect(catalogueCause("恢复原状")).toBeUndefined();
    expect(catalogueCause("民间借贷")).toBeUndefined();
  });
});

describe("a cause as a judge types it", () => {
  it("is the cause judgments name, 纠纷 added where the list has it so", () => {
    expect(canonicalCause("民间借贷")).toBe("民间借贷纠纷");
    expect(canonicalCause(" 离婚 ")).toBe("离婚纠纷");
    expect(canonicalCause("民间借贷纠纷")).toBe("民间借贷纠纷");
    expect(canonicalCause("劳动争议")).toBe("劳动争议");
    expect(canonicalCause("工伤认定")).toBe("工伤认定");
    expect(canonicalCause("知假买假")).toBe("知假买假");
  });

  it("is a cause the catalogue ends otherwise with its own ending (争议, 之诉, 诉讼), and no other name", () => {
    // 民事案件案由规定 (2020) 第六部分: 劳动争议, 人事争议; 第十一部分: …之诉, 公益诉讼.
    expect(canonicalCause("劳动")).toBe("劳动争议");
    expect(canonicalCause("劳动纠纷")).toBe("劳动争议");
    expect(canonicalCause("人事")).toBe("人事争议");
    expect(canonicalCause("案外人执行异议")).toBe("案外人执行异议之诉");
    expect(canonicalCause("执行异议纠纷")).toBe("执行异议之诉");
    expect(canonicalCause("公益")).toBe("公益诉讼");
    expect(causeForms("劳动")).toEqual(
      expect.arrayContaining(["劳动争议", "追索劳动报酬纠纷", "工伤保险待遇纠纷"]),
    );
    expect(causeForms("执行分配方案异议纠纷")).toEqual(["执行分配方案异议纠纷", "执行分配方案异议之诉"]);
    // Words no cause is named by with any ending are kept as typed.
    expect(canonicalCause("劳务")).toBe("劳务");
    expect(canonicalCause("劳动报酬")).toBe("劳动报酬");
    expect(canonicalCause("异议")).toBe("异议");
  });

  it("is an administrative act typed with a civil cause's ending, as the catalogue names it", () => {
    // 行政案件案由暂行规定 (2020) names a cause by the act alone; as typed, 行政处罚纠纷 had matched no case.
    expect(canonicalCause("行政处罚纠纷")).toBe("行政处罚");
    expect(canonicalCause("工伤认定纠纷")).toBe("工伤认定");
    expect(canonicalCause("罚款纠纷")).toBe("罚款");
    expect(causeForms("行政处罚纠纷")).toEqual(["行政处罚纠纷", "行政处罚"]);
    expect(causeForms("工伤认定纠纷")).toEqual(["工伤认定纠纷", "工伤认定", "工伤保险资格或者待遇认定"]);
    expect(causeForms("罚款纠纷")).toEqual(["罚款纠纷", "罚款", "行政处罚"]);
    expect(typedCauses("政府信息公开纠纷")).toEqual(["政府信息公开"]);
    // A civil cause keeps its ending, and 恢复原状 is the civil catalogue's 恢复原状纠纷.
    expect(canonicalCause("恢复原状纠纷")).toBe("恢复原状纠纷");
    expect(canonicalCause("行政纠纷")).toBe("行政纠纷");
  });

  it("is known when either catalogue names it, once its ending is read; a misspelt one is not", () => {
    for (const known of [
      "民间借贷",
      "劳动纠纷",
      "居间合同",
      "行政处罚",
      "罚款纠纷",
      "工伤认定",
      "政府信息公开",
    ])
      expect(knownTypedCause(known), known).toBe(true);
    for (const unknown of ["民间借代纠纷", "交通事故", "信息公开", "知假买假"])
      expect(knownTypedCause(unknown), unknown).toBe(false);
    // A third-level cause of the administrative catalogue that is not searched as its kind (catalogueCause)
    // is still known by name; a cause written below a catalogue one, as titles name it, too.
    expect(knownTypedCause("排除妨碍")).toBe(true);
    expect(unrecognisedTypedCauses(["排除妨碍"])).toEqual([]);
    expect(knownTypedCause("房屋继承")).toBe(true);
    // A filter's entries said back as typed: one joining a known and an unknown name is unknown.
    expect(
      unrecognisedTypedCauses(["政府信息公开", "信息公开", "侵害商标权及不正当竞争", "离婚及知假买假"]),
    ).toEqual(["信息公开", "离婚及知假买假"]);
  });

  it("is searched as typed and with its 纠纷", () => {
    // With the 2011 text's 企业借贷纠纷, which the 2020 text made a 民间借贷 (older-civil-causes.ts).
    expect(causeForms("民间借贷")).toEqual(["民间借贷", "民间借贷纠纷", "企业借贷纠纷"]);
    expect(causeForms("知假买假")).toEqual(["知假买假", "知假买假纠纷"]);
    expect(causeForms("追索劳动报酬纠纷")).toEqual(["追索劳动报酬纠纷"]);
    expect(causeForms("行政处罚")).toEqual(["行政处罚"]);
    // A third-level cause of the administrative catalogue (行政案件案由暂行规定 2020) with its kind.
    expect(causeForms("罚款")).toEqual(["罚款", "行政处罚"]);
    expect(causeForms("行政拘留")).toEqual(["行政拘留", "行政处罚"]);
    // A kind with the older names of it, an older name with the kind it became.
    expect(causeForms("行政确认")).toEqual(["行政确认", "工伤认定"]);
    expect(causeForms("行政强制")).toEqual(["行政强制", "行政强制措施"]);
    // An act judgments are read by a name of their own is that act, not all of its kind: 工伤认定 is no
    // longer searched as every 行政确认 (a degree refused, a traffic accident's liability finding).
    expect(causeForms("工伤保险资格或者待遇认定")).toEqual(["工伤保险资格或者待遇认定", "工伤认定"]);
    expect(causeForms("工伤认定")).toEqual(["工伤认定", "工伤保险资格或者待遇认定"]);
    expect(causeForms("行政强制执行")).toEqual(["行政强制执行"]);
    // A word every object has a property of is no older name.
    expect(causeForms("constructor")).toEqual(["constructor", "constructor纠纷"]);
  });
});

describe("the civil catalogue's hierarchy (民事案件案由规定 2020)", () => {
  it("searches a parent with the causes below it, a child only as itself", () => {
    const inheritance = causeForms("继承纠纷");
    expect(inheritance[0]).toBe("继承纠纷");
    for (const c of [
      "法定继承纠纷",
      "转继承纠纷",
      "代位继承纠纷",
      "遗嘱继承纠纷",
      "遗产管理纠纷",
      "房屋继承纠纷",
    ])
      expect(inheritance).toContain(c);
    expect(causeForms("继承")).toEqual(["继承", ...inheritance]);
    expect(causeForms("法定继承纠纷")).toEqual(["法定继承纠纷", "转继承纠纷", "代位继承纠纷"]);
    expect(causeForms("遗嘱继承纠纷")).toEqual(["遗嘱继承纠纷"]);
    const insurance = causeForms("保险合同纠纷");
    for (const c of ["财产保险合同纠纷", "责任保险合同纠纷", "意外伤害保险合同纠纷", "船舶保险合同纠纷"])
      expect(insurance).toContain(c);
    expect(insurance).not.toContain("保险费纠纷");
    expect(causeForms("保险纠纷")).toEqual(
      expect.arrayContaining(["保险合同纠纷", "保险费纠纷", "船舶保险合同纠纷"]),
    );
    expect(causeForms("船舶保险合同纠纷")).toEqual(["船舶保险合同纠纷"]);
    expect(causeForms("财产损失保险合同纠纷")).toEqual(["财产损失保险合同纠纷"]);
  });
});

describe("the civil catalogue read down (民事案件案由规定 2020)", () => {
  it("finds a parent's causes at every level below it", () => {
    // A second-level cause finds a third- and a fourth-level one.
    const contract = causeForms("合同纠纷");
    for (const c of [
      "买卖合同纠纷",
      "分期付款买卖合同纠纷",
      "凭样品买卖合同纠纷",
      "民间借贷纠纷",
      "追偿权纠纷",
    ])
      expect(contract).toContain(c);
    expect(contract).not.toContain("不当得利纠纷");
    // A part finds its second-level causes and all below them.
    const contractsAndQuasi = causeForms("合同、准合同纠纷");
    for (const c of ["合同纠纷", "信息网络买卖合同纠纷", "不当得利纠纷", "无因管理纠纷"])
      expect(contractsAndQuasi).toContain(c);
    const property = causeForms("物权纠纷");
    for (const c of ["物权保护纠纷", "所有权确认纠纷", "车位纠纷", "共有物分割纠纷", "最高额抵押权纠纷"])
      expect(property).toContain(c);
    expect(causeForms("劳动争议")).toEqual(expect.arrayContaining(["劳动合同纠纷", "追索劳动报酬纠纷"]));
    expect(causeForms("与公司有关的纠纷")).toEqual(
      expect.arrayContaining(["股权转让纠纷", "公司决议纠纷", "公司决议撤销纠纷"]),
    );
    expect(causeForms("侵权责任纠纷")).toEqual(
      expect.arrayContaining(["机动车交通事故责任纠纷", "产品销售者责任纠纷", "高空抛物、坠物损害责任纠纷"]),
    );
    const family = causeForms("婚姻家庭纠纷");
    expect(family).toEqual(expect.arrayContaining(["离婚纠纷", "抚养费纠纷"]));
    expect(family).not.toContain("法定继承纠纷");
    expect(causeForms("婚姻家庭、继承纠纷")).toEqual(expect.arrayContaining(["抚养费纠纷", "转继承纠纷"]));
  });

  it("finds a third-level cause's own causes only, and a cause with none below only as itself", () => {
    expect(causeForms("买卖合同纠纷")).toEqual([
      "买卖合同纠纷",
      "分期付款买卖合同纠纷",
      "凭样品买卖合同纠纷",
      "试用买卖合同纠纷",
      "所有权保留买卖合同纠纷",
      "招标投标买卖合同纠纷",
      "互易纠纷",
      "国际货物买卖合同纠纷",
      "信息网络买卖合同纠纷",
      // Older names: the 2011 text's 网络购物合同纠纷 (now 信息网络买卖合同纠纷), 经济合同法's 购销合同.
      "网络购物合同纠纷",
      "购销合同纠纷",
    ]);
    expect(causeForms("分期付款买卖合同纠纷")).toEqual(["分期付款买卖合同纠纷"]);
    expect(causeForms("金融借款合同纠纷")).toEqual(["金融借款合同纠纷"]);
  });

  it("reads a catalogue cause typed without its 纠纷", () => {
    expect(canonicalCause("合同")).toBe("合同纠纷");
    expect(canonicalCause("物权")).toBe("物权纠纷");
    expect(causeForms("合同")).toEqual(["合同", ...causeForms("合同纠纷")]);
  });

  it("leaves a cause outside the catalogue and its older names as it was", () => {
    // Names that name no cause, or one the later texts split across parts.
    expect(causeForms("损害赔偿纠纷")).toEqual(["损害赔偿纠纷"]);
    expect(causeForms("工伤事故损害赔偿纠纷")).toEqual(["工伤事故损害赔偿纠纷"]);
    expect(causeForms("网络代购合同")).toEqual(["网络代购合同", "网络代购合同纠纷"]);
  });

  it("searches an older name with the cause it became, and that cause and those above it with the older name", () => {
    // Renamed: 居间合同 (合同法 §424) is the 民法典's 中介合同 (§961).
    expect(causeForms("居间合同纠纷")).toEqual(["居间合同纠纷", "中介合同纠纷"]);
    expect(causeForms("居间合同")).toEqual(["居间合同", "居间合同纠纷", "中介合同纠纷"]);
    expect(causeForms("中介合同纠纷")).toEqual(["中介合同纠纷", "居间合同纠纷"]);
    expect(causeForms("合同纠纷")).toEqual(
      expect.arrayContaining(["居间合同纠纷", "合伙协议纠纷", "企业借贷纠纷", "购销合同纠纷"]),
    );
    // The 2008 text's 侵犯… is the 2011 text's 侵害…; titles' shorter names of the same cause.
    expect(causeForms("侵犯商标专用权纠纷")).toEqual([
      "侵犯商标专用权纠纷",
      "侵害商标权纠纷",
      "侵犯注册商标专用权纠纷",
      "商标侵权纠纷",
      "商标权侵权纠纷",
    ]);
    expect(causeForms("侵害商标权纠纷")).toEqual(
      expect.arrayContaining(["侵犯商标专用权纠纷", "商标侵权纠纷"]),
    );
    expect(causeForms("侵犯著作权纠纷")).toEqual(
      expect.arrayContaining(["著作权权属、侵权纠纷", "侵害作品复制权纠纷", "侵害计算机软件著作权纠纷"]),
    );
    expect(causeForms("知识产权与竞争纠纷")).toEqual(
      expect.arrayContaining(["侵犯商标专用权纠纷", "侵犯著作权纠纷", "著作权侵权纠纷", "侵犯专利权纠纷"]),
    );
    // The 2008 text's …损害赔偿纠纷 is the 2011 text's …损害责任纠纷; the sea's contracts 海上、通海水域….
    expect(causeForms("船舶碰撞损害责任纠纷")).toEqual([
      "船舶碰撞损害责任纠纷",
      "船舶碰撞损害赔偿纠纷",
      "船舶碰撞损害赔偿责任纠纷",
    ]);
    expect(causeForms("海事海商纠纷")).toEqual(
      expect.arrayContaining(["船舶碰撞损害赔偿纠纷", "海上货物运输合同纠纷", "海上污染损害责任纠纷"]),
    );
    // The 2011 text's order of the rights; a title naming one of them.
    expect(causeForms("生命权、健康权、身体权纠纷")).toEqual([
      "生命权、健康权、身体权纠纷",
      "生命权、身体权、健康权纠纷",
      "生命权纠纷",
      "健康权纠纷",
      "身体权纠纷",
      "健康权、身体权纠纷",
    ]);
    expect(causeForms("人格权纠纷")).toEqual(expect.arrayContaining(["生命权纠纷", "侵害名誉权纠纷"]));
    // The trial text's 人身损害赔偿纠纷, whose kinds are torts of the 2020 text.
    const injury = causeForms("人身损害赔偿纠纷");
    expect(injury).toEqual(
      expect.arrayContaining(["侵权责任纠纷", "机动车交通事故责任纠纷", "医疗损害责任纠纷"]),
    );
    expect(injury).not.toContain("生命权、身体权、健康权纠纷");
    expect(causeForms("侵权责任纠纷")).toEqual(
      expect.arrayContaining(["人身损害赔偿纠纷", "道路交通事故人身损害赔偿纠纷", "物件损害责任纠纷"]),
    );
    expect(causeForms("机动车交通事故责任纠纷")).not.toContain("人身损害赔偿纠纷");
    // The 2011 text's 不明抛掷物、坠落物 (民法典 §1254: 高空抛物); titles' shorter names of 2011 torts.
    expect(causeForms("高空抛物、坠物损害责任纠纷")).toContain("不明抛掷物、坠落物损害责任纠纷");
    expect(causeForms("建筑物和物件损害责任纠纷")).toContain("公共道路妨碍通行责任纠纷");
    expect(causeForms("公共道路妨碍通行责任纠纷")).toEqual([
      "公共道路妨碍通行责任纠纷",
      "公共道路妨碍通行损害责任纠纷",
    ]);
    expect(causeForms("饲养动物损害责任纠纷")).toEqual(["饲养动物损害责任纠纷", "饲养动物致人损害纠纷"]);
    expect(causeForms("侵权责任纠纷")).toContain("饲养动物致人损害纠纷");
    expect(causeForms("侵害商标权纠纷")).toContain("侵犯注册商标专用权纠纷");
  });

  it("searches a name the 2020 text split with each cause it became, found by the cause above them all", () => {
    const sold = causeForms("商品房买卖合同纠纷");
    expect(sold).toEqual(["商品房买卖合同纠纷", "商品房预售合同纠纷", "商品房销售合同纠纷"]);
    expect(causeForms("房屋买卖合同纠纷")).toContain("商品房买卖合同纠纷");
    expect(causeForms("商品房预售合同纠纷")).toEqual(["商品房预售合同纠纷"]);
    expect(causeForms("侵犯专利权纠纷")).toEqual([
      "侵犯专利权纠纷",
      "侵害发明专利权纠纷",
      "侵犯发明专利权纠纷",
      "侵害实用新型专利权纠纷",
      "实用新型专利侵权纠纷",
      "侵害外观设计专利权纠纷",
    ]);
    expect(causeForms("专利权权属、侵权纠纷")).toContain("侵犯专利权纠纷");
    expect(causeForms("侵害发明专利权纠纷")).not.toContain("侵犯专利权纠纷");
  });

  it("finds the sea's insurances under 海事海商纠纷 and under the insurance contracts", () => {
    const sea = causeForms("海上、通海水域保险合同纠纷");
    expect(sea).toEqual([
      "海上、通海水域保险合同纠纷",
      "海上保险合同纠纷",
      "船舶保险合同纠纷",
      "海上货物运输保险合同纠纷",
    ]);
    expect(causeForms("海上保险合同纠纷")).toEqual([
      "海上保险合同纠纷",
      "海上、通海水域保险合同纠纷",
      "船舶保险合同纠纷",
      "海上货物运输保险合同纠纷",
    ]);
    expect(causeForms("保险合同纠纷")).toEqual(
      expect.arrayContaining(["海上保险合同纠纷", "船舶保险合同纠纷", "海上货物运输保险合同纠纷"]),
    );
    expect(causeForms("海事海商纠纷")).toEqual(expect.arrayContaining(sea));
  });

  it("gives each older name causes of the 2020 catalogue, with a cause above them all that finds it", () => {
    const names = new Set(Object.entries(CIVIL_CATALOGUE).flat(2));
    const parent = new Map(
      Object.entries(CIVIL_CATALOGUE).flatMap(([p, cs]) => cs.map((c) => [c, p] as const)),
    );
    const part = (cause: string): string => {
      const up = parent.get(cause);
      return up ? part(up) : cause;
    };
    for (const [older, became] of Object.entries(OLDER_CIVIL_CAUSES)) {
      expect(names.has(older), older).toBe(false);
      expect(became.length, older).toBeGreaterThan(0);
      expect(
        became.filter((c) => !names.has(c)),
        older,
      ).toEqual([]);
      expect(causeForms(part(became[0] as string)), older).toContain(older);
      for (const cause of became) expect(causeForms(older), older).toContain(cause);
    }
  });

  it("has each cause below one cause only, and none below itself", () => {
    const parents = new Map<string, string[]>();
    for (const [parent, children] of Object.entries(CIVIL_CATALOGUE))
      for (const child of children) parents.set(child, [...(parents.get(child) ?? []), parent]);
    expect([...parents].filter(([, p]) => p.length > 1)).toEqual([]);
    const cycles: string[] = [];
    const visit = (name: string, path: readonly string[]) => {
      for (const child of CIVIL_CATALOGUE[name] ?? [])
        if (path.includes(child)) cycles.push([...path, child].join(" → "));
        else visit(child, [...path, child]);
    };
    for (const name of Object.keys(CIVIL_CATALOGUE)) visit(name, [name]);
    expect(cycles).toEqual([]);
    // Every name a cause's (…纠纷, 劳动争议, …之诉, a public-interest 诉讼): no stray word or number.
    const names = Object.entries(CIVIL_CATALOGUE).flat(2);
    expect(names.filter((n) => !/^[\u4e00-\u9fa5、（）]+(?:纠纷|争议|之诉|诉讼)$/.test(n))).toEqual([]);
  });
});

describe("findCauses: a party's ending that begins a catalogue cause", () => {
  it("reads the catalogue's longer name where a bank's name ends before it (银行结算合同纠纷)", () => {
    expect(findCauses("甲公司诉某银行股份有限公司某市分行银行 结算合同纠纷案")).toEqual(["银行结算合同纠纷"]);
    expect(findCauses("甲公司诉某银行股份有限公司某市分行银行结算合同纠纷案")).toEqual(["银行结算合同纠纷"]);
  });

  it("leaves the name's ending out where the catalogue has no longer name (金融借款合同纠纷)", () => {
    expect(findCauses("某农村商业银行 金融借款合同纠纷案")).toEqual(["金融借款合同纠纷"]);
  });
});

describe("a shared cause as shown", () => {
  it("is the judge's, with the case's own where the case names it otherwise", () => {
    expect(sharedCauseText("保险合同纠纷", ["船舶保险合同纠纷"])).toBe(
      "保险合同纠纷（该案为船舶保险合同纠纷）",
    );
    expect(sharedCauseText("民间借贷纠纷", undefined)).toBe("民间借贷纠纷");
    expect(sharedCauseText("民间借贷纠纷", [])).toBe("民间借贷纠纷");
  });
});
