import { describe, expect, it } from "vitest";
import { birthMonth, extractBench, extractParties, partyKind, separatelyTried } from "./parties.ts";

describe("birthMonth", () => {
  const parties =
    "公诉机关北京市大兴区人民检察院。被告人张涛，男，1989年3月5日出生于河北省威县，汉族，初中文化。2018年1月5日因涉嫌盗窃罪被刑事拘留。被告人李强，男，出生于1977年11月，汉族。被告人王某，男，19××年出生。";
  it("reads the year and month a party was born, after the party's own name", () => {
    expect(birthMonth(parties, "张涛")).toBe("1989-03");
    expect(birthMonth(parties, "李强")).toBe("1977-11");
  });
  it("gives nothing when not written, masked, or only another party's is", () => {
    expect(birthMonth(parties, "王某")).toBeUndefined();
    expect(birthMonth(parties, "赵六")).toBeUndefined();
    expect(birthMonth("被告人周某，因涉嫌盗窃罪于2018年1月5日被刑事拘留。", "周某")).toBeUndefined();
    expect(birthMonth(undefined, "张涛")).toBeUndefined();
  });
});

describe("separatelyTried", () => {
  it("reads the people the facts say are tried separately", () => {
    expect(
      separatelyTried("被告人顾某伙同许卫军、徐海波（另案处理）在汇金苑开设赌场，抽头获利55000元。"),
    ).toEqual(["许卫军", "徐海波"]);
    expect(separatelyTried("被告人与王兵兵（已判刑）共同绑架被害人。")).toEqual(["王兵兵"]);
    // Masked names identify nobody.
    expect(separatelyTried("被告人伙同王某（另案处理）盗窃。")).toEqual([]);
    expect(separatelyTried(undefined)).toEqual([]);
  });
});

describe("extractParties", () => {
  const names = (text: string) => extractParties(text).map((p) => `${p.role}|${p.name}|${p.kind}`);

  it("reads the name alone when the paragraph mentions a party again in a sentence", () => {
    expect(
      names(
        "公诉机关霍山县人民检察院。被告人陆小弟，男，1969年6月12日生。被告人陆小弟曾因赌博，于2010年9月28日被处行政拘留五日。被告人倪某因涉嫌犯挪用资金罪，于2013年9月27日被刑事拘留。",
      ),
    ).toEqual(["公诉机关|霍山县人民检察院|organisation", "被告人|陆小弟|person", "被告人|倪某|person"]);
    expect(names("现在押。\n被告人王军伟犯故意伤害罪、非法持有枪支罪一案，于2004年9月1日作出判决。")).toEqual(
      ["被告人|王军伟|person"],
    );
    expect(names("被告人李成柱、男，1984年10月23日出生。")).toEqual(["被告人|李成柱|person"]);
  });

  it("reads the prosecutor's whole name, and none from what the text says it did (LeCaRD 910, 15190, 21317)", () => {
    expect(
      names("公诉机关德宏傣族景颇族自治州（以下简称德宏州）人民检察院。被告人罗加升，小名阿升，男。"),
    ).toEqual(["公诉机关|德宏傣族景颇族自治州人民检察院|organisation", "被告人|罗加升|person"]);
    expect(
      names(
        "公诉机关广东省东莞市第一市区人民检察院指控原审被告人林壁境职务侵占一案，东莞市第一人民法院作出判决。",
      ),
    ).toEqual(["公诉机关|广东省东莞市第一市区人民检察院|organisation"]);
    expect(names("公诉机关云南省人民检察院昆明铁路运输分院。")).toEqual([
      "公诉机关|云南省人民检察院昆明铁路运输分院|organisation",
    ]);
    expect(
      names("公诉机关：浙江省绍兴市柯桥区人民检察院。公诉机关提交了相应的证据。公诉机关指控的罪名成立。"),
    ).toEqual(["公诉机关|浙江省绍兴市柯桥区人民检察院|organisation"]);
    // A short name after a company's full name is no part of it.
    expect(names("被告单位广州市正友皮革有限公司（以下简称正友公司），住所地广州市。")).toEqual([
      "被告人|广州市正友皮革有限公司|organisation",
    ]);
  });

  it("reads each of several names of one role, and a self-reported name without 自报", () => {
    expect(
      names("判后，原审附带民事诉讼原告人武某甲；原审被告人石忠贤、徐某甲、石某丙均不服，分别提出上诉。"),
    ).toEqual(["原审被告人|石忠贤|person", "原审被告人|徐某甲|person", "原审被告人|石某丙|person"]);
    expect(names("作出刑事判决。原审被告人李光满不服，提出上诉。")).toEqual(["原审被告人|李光满|person"]);
    expect(names("公诉机关上海市闵行区人民检察院。被告人自报刘建春，男。")).toEqual([
      "公诉机关|上海市闵行区人民检察院|organisation",
      "被告人|刘建春|person",
    ]);
  });

  it("reads the name after a second role, and no representative as a party", () => {
    expect(names("被害人暨附带民事诉讼原告人刘某，男，1991年5月20日出生。")).toEqual(["被害人|刘某|person"]);
    expect(
      names(
        "公诉机关暨附带民事公益诉讼起诉人湖北省丹江口市人民检察院。被告人暨刑事附带民事公益诉讼被告蒋海亮，男。",
      ),
    ).toEqual(["公诉机关|湖北省丹江口市人民检察院|organisation", "被告人|蒋海亮|person"]);
    expect(names("被告人辩护人何明，吉林阳光博州律师事务所律师。")).toEqual([]);
    expect(names("被害人近亲属委托的诉讼代理人徐晓贤、杨佳婷，律师。")).toEqual([]);
  });

  it("reads the name after two roles joined before the colon (公报 FYGB0696, LeCaRD 34044)", () => {
    expect(names("原告、反诉被告：李林，女，72岁。\n\n被告、反诉原告：何建明，男，39岁。")).toEqual([
      "原告|李林|person",
      "被告|何建明|person",
    ]);
    expect(names("自诉人暨附带民事诉讼原告人：吕宁坚，男。 被告人：许彰祥，男。")).toEqual([
      "自诉人|吕宁坚|person",
      "被告人|许彰祥|person",
    ]);
  });

  it("reads no name from what a party says or submits, nor from a role whose name is masked away", () => {
    // 公报 reprints run on into the claims: 认为 and 提交以下证据 had been parties of 14 write-ups,
    // each then "the same party" as the others in /related.
    expect(
      names(
        "被告认为，合同经签名盖章，就具有法律效力。\n原告提交以下证据：1.病史记录。\n原告提交的证据有：1、《美丽瞬间》。",
      ),
    ).toEqual([]);
    expect(names("公诉机关河北省三河市人民检察院。 被告人，男，1979年12月20日出生。")).toEqual([
      "公诉机关|河北省三河市人民检察院|organisation",
    ]);
  });
});

describe("partyKind", () => {
  it("takes a one-character suffix for an organisation's only in a name of four characters or more", () => {
    expect(partyKind("王建会")).toBe("person");
    expect(partyKind("刘公社")).toBe("person");
    expect(partyKind("陈帮村")).toBe("person");
    expect(partyKind("新华书店")).toBe("organisation");
    expect(partyKind("某某公司")).toBe("organisation");
    expect(partyKind("昆山锦鹿建筑工程有限公司")).toBe("organisation");
    expect(partyKind("古力克孜·买买提艾力")).toBe("person");
  });
});

describe("extractBench", () => {
  const bench = (footer: string) => extractBench(footer).map((j) => `${j.role}:${j.name}`);

  it("reads roles written without a space between them, a colon, and prefixed clerks", () => {
    expect(bench("审判长白波审判员赵志伟人民陪审员张灼洲\n二〇一八年五月三日\n书记员：卢秋华")).toEqual([
      "审判长:白波",
      "审判员:赵志伟",
      "人民陪审员:张灼洲",
      "书记员:卢秋华",
    ]);
    expect(bench("审判员 侯迅\n二〇一七年八月十八日\n代理书记员 周优优\n见习书记员 王璐")).toEqual([
      "审判员:侯迅",
      "代理书记员:周优优",
      "见习书记员:王璐",
    ]);
  });

  it("reads names holding numerals, and long ones, up to the date", () => {
    expect(bench("审判长邓小零 审判员段成一 审判员丁一二〇一四年十月九日 书记员黄三鑫")).toEqual([
      "审判长:邓小零",
      "审判员:段成一",
      "审判员:丁一",
      "书记员:黄三鑫",
    ]);
    expect(bench("审 判 长  那顺乌日图")).toEqual(["审判长:那顺乌日图"]);
  });
});
