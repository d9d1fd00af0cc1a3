import { describe, expect, it } from "vitest";
import {
  birthMonth,
  extractBench,
  extractParties,
  partyKind,
  partyParagraphs,
  separatelyTried,
} from "./parties.ts";

describe("birthMonth", () => {
  const parties =
    "公诉机关某市某区人民检察院。被告人张沐禾，男，1989年3月17日出生于某省某县，汉族，小学文化。2018年2月9日因涉嫌盗窃罪被刑事拘留。被告人李楠禾，男，出生于1977年11月，汉族。被告人王某，男，19××年出生。";
  it("reads the year and month a party was born, after the party's own name", () => {
    expect(birthMonth(parties, "张沐禾")).toBe("1989-03");
    expect(birthMonth(parties, "李楠禾")).toBe("1977-11");
  });
  it("gives nothing when not written, masked, or only another party's is", () => {
    expect(birthMonth(parties, "王某")).toBeUndefined();
    expect(birthMonth(parties, "赵六")).toBeUndefined();
    expect(birthMonth("被告人周某，因涉嫌盗窃罪于2018年1月5日被刑事拘留。", "周某")).toBeUndefined();
    expect(birthMonth(undefined, "张沐禾")).toBeUndefined();
  });
});

describe("separatelyTried", () => {
  it("reads the people the facts say are tried separately", () => {
    expect(
      separatelyTried("被告人顾某伙同许川航、徐禾晓（另案处理）在某小区出租屋内开设赌场，抽头获利32000元。"),
    ).toEqual(["许川航", "徐禾晓"]);
    expect(separatelyTried("被告人与王海川（已判刑）共同绑架被害人。")).toEqual(["王海川"]);
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
        "公诉机关舒城县人民检察院。被告人陆泉海，男，1972年4月3日生。被告人陆泉海曾因赌博，于2011年7月15日被处行政拘留十日。被告人倪某因涉嫌犯职务侵占罪，于2014年3月8日被刑事拘留。",
      ),
    ).toEqual(["公诉机关|舒城县人民检察院|organisation", "被告人|陆泉海|person", "被告人|倪某|person"]);
    expect(names("现在押。\n被告人王泉晓犯故意伤害罪、非法持有枪支罪一案，于2004年9月1日作出判决。")).toEqual(
      ["被告人|王泉晓|person"],
    );
    expect(names("被告人李泉禾、男，1984年10月23日出生。")).toEqual(["被告人|李泉禾|person"]);
  });

  it("reads the prosecutor's whole name, and none from what the text says it did (LeCaRD 910, 15190, 21317)", () => {
    expect(
      names("公诉机关某某傣族自治州（以下简称某某州）人民检察院。被告人罗川志，小名阿明，男，汉族。"),
    ).toEqual(["公诉机关|某某傣族自治州人民检察院|organisation", "被告人|罗川志|person"]);
    expect(
      names(
        "公诉机关广东省某市第一市区人民检察院指控原审被告人林立宇职务侵占一案，某市第一人民法院作出判决。",
      ),
    ).toEqual(["公诉机关|广东省某市第一市区人民检察院|organisation"]);
    expect(names("公诉机关某省人民检察院某某铁路运输分院。")).toEqual([
      "公诉机关|某省人民检察院某某铁路运输分院|organisation",
    ]);
    expect(
      names("公诉机关：浙江省某市某区人民检察院。公诉机关提交了相应的证据。公诉机关指控的罪名成立。"),
    ).toEqual(["公诉机关|浙江省某市某区人民检察院|organisation"]);
    // A short name after a company's full name is no part of it.
    expect(names("被告单位佛山市乙皮具有限公司（以下简称乙公司），住所地佛山市。")).toEqual([
      "被告人|佛山市乙皮具有限公司|organisation",
    ]);
  });

  it("reads each of several names of one role, and a self-reported name without 自报", () => {
    expect(
      names("判后，原审附带民事诉讼原告人武某甲；原审被告人石远海、徐某甲、石某丙均不服，分别提出上诉。"),
    ).toEqual(["原审被告人|石远海|person", "原审被告人|徐某甲|person", "原审被告人|石某丙|person"]);
    expect(names("作出刑事判决。原审被告人李远江不服，提出上诉。")).toEqual(["原审被告人|李远江|person"]);
    expect(names("公诉机关上海市闵行区人民检察院。被告人自报刘远志，男。")).toEqual([
      "公诉机关|上海市闵行区人民检察院|organisation",
      "被告人|刘远志|person",
    ]);
  });

  it("reads the name after a second role, and no representative as a party", () => {
    expect(names("被害人暨附带民事诉讼原告人刘某，男，1991年5月20日出生。")).toEqual(["被害人|刘某|person"]);
    expect(
      names(
        "公诉机关暨附带民事公益诉讼起诉人湖北省某市人民检察院。被告人暨刑事附带民事公益诉讼被告蒋川海，男。",
      ),
    ).toEqual(["公诉机关|湖北省某市人民检察院|organisation", "被告人|蒋川海|person"]);
    expect(names("被告人辩护人何立，吉林某某律师事务所律师。")).toEqual([]);
    expect(names("被害人近亲属委托的诉讼代理人徐森泉、杨江峰，律师。")).toEqual([]);
  });

  it("reads the name after two roles joined before the colon (公报 FYGB0696, LeCaRD 34044)", () => {
    expect(names("原告、反诉被告：李湛，女，72岁。\n\n被告、反诉原告：何立志，男，39岁。")).toEqual([
      "原告|李湛|person",
      "被告|何立志|person",
    ]);
    expect(names("自诉人暨附带民事诉讼原告人：吕泉江，男。 被告人：许森宇，男。")).toEqual([
      "自诉人|吕泉江|person",
      "被告人|许森宇|person",
    ]);
  });

  it("keeps a bracket inside an organisation's name, not an annotation after a name (公报 FYGB0054, 0188)", () => {
    expect(
      names(
        "原告：某某轮船（中国）有限公司深圳分公司，住所地深圳市。\n被告：某甲实业（集团）有限公司，住所地上海市。\n第三人：某乙五金厂（普通合伙），住所地余姚市。",
      ),
    ).toEqual([
      "原告|某某轮船（中国）有限公司深圳分公司|organisation",
      "被告|某甲实业（集团）有限公司|organisation",
      "第三人|某乙五金厂（普通合伙）|organisation",
    ]);
    // A reprint spaces the rest off, or writes the foreign name after it; a clause follows the name.
    expect(
      names("被告：某丙（私人）有限公司〔ABC（PTE）LTD〕。原告某丁贸易（上海） 有限公司因与被告某戊公司纠纷"),
    ).toEqual(["被告|某丙（私人）有限公司|organisation", "原告|某丁贸易（上海）有限公司|organisation"]);
    expect(
      names(
        "被告人王立海（曾用名王立山），男。被告人刘远森（李远山）成立了某某保温材料厂。被告人陈岩（男，1980年生）。",
      ),
    ).toEqual(["被告人|王立海|person", "被告人|刘远森|person", "被告人|陈岩|person"]);
  });

  it("reads no name from what a party says or submits, nor from a role whose name is masked away", () => {
    // 公报 reprints run on into the claims: 认为 and 提交以下证据 had been parties of 14 write-ups,
    // each then "the same party" as the others in /related.
    expect(
      names(
        "被告认为，协议经双方签字，即已生效。\n原告提交以下证据：1.门诊病历。\n原告提交的证据有：1、《春日山水》。",
      ),
    ).toEqual([]);
    expect(names("公诉机关河北省三河市人民检察院。 被告人，男，1979年12月20日出生。")).toEqual([
      "公诉机关|河北省三河市人民检察院|organisation",
    ]);
  });
});

describe("partyKind", () => {
  it("takes a one-character suffix for an organisation's only in a name of four characters or more", () => {
    expect(partyKind("王立会")).toBe("person");
    expect(partyKind("刘远社")).toBe("person");
    expect(partyKind("陈岩村")).toBe("person");
    expect(partyKind("新华书店")).toBe("organisation");
    expect(partyKind("某某公司")).toBe("organisation");
    expect(partyKind("昆山某某建筑工程有限公司")).toBe("organisation");
    expect(partyKind("古力克孜·买买提艾力")).toBe("person");
  });

  it("types broadcasters, provincial departments, schools, parks and troupes as organisations (公报 FYGB0388, 0161)", () => {
    for (const name of [
      "某省电视台",
      "某省教育厅",
      "某市第五中学",
      "某市动物园",
      "某县红旗文工团",
      "某某律师行",
    ])
      expect(partyKind(name)).toBe("organisation");
    // A given name may end so: a person's of three characters stays one.
    expect(partyKind("刘中学")).toBe("person");
    expect(partyKind("王立厅")).toBe("person");
  });

  it("types a business's, a department's and a foreign company's names as organisations (公报 FYGB0276, 0733)", () => {
    for (const name of [
      "某某加油城",
      "某某娱乐城",
      "某岛酒庄",
      "某县医院麻醉科",
      "株式会社某某",
      "上海某某轩",
    ])
      expect(partyKind(name), name).toBe("organisation");
    // Names that end or begin so stay people's: three characters, a 轩 or 城 with no place before it.
    for (const name of ["王商城", "李山庄", "张子轩", "欧阳明轩", "陈志城", "上官明轩"])
      expect(partyKind(name), name).toBe("person");
  });

  it("types a railway's unit, a factory's workshop and a bank's short name as organisations", () => {
    for (const name of ["某某列车段", "某某车务段", "成型车间", "某某农行"])
      expect(partyKind(name), name).toBe("organisation");
    // A given name may end as a bank's short name does.
    expect(partyKind("张中行")).toBe("person");
  });
});

describe("extractBench", () => {
  const bench = (footer: string) => extractBench(footer).map((j) => `${j.role}:${j.name}`);

  it("reads roles written without a space between them, a colon, and prefixed clerks", () => {
    expect(bench("审判长白泉审判员赵岩禾人民陪审员张远志\n二〇一八年五月三日\n书记员：卢海禾")).toEqual([
      "审判长:白泉",
      "审判员:赵岩禾",
      "人民陪审员:张远志",
      "书记员:卢海禾",
    ]);
    expect(bench("审判员 侯森\n二〇一七年八月十八日\n代理书记员 周泉晓\n见习书记员 王禾")).toEqual([
      "审判员:侯森",
      "代理书记员:周泉晓",
      "见习书记员:王禾",
    ]);
  });

  it("reads names holding numerals, and long ones, up to the date", () => {
    expect(bench("审判长邓晓零 审判员段立一 审判员丁八二〇一四年十月九日 书记员黄三淼")).toEqual([
      "审判长:邓晓零",
      "审判员:段立一",
      "审判员:丁八",
      "书记员:黄三淼",
    ]);
    expect(bench("审 判 长  宝音朝克图")).toEqual(["审判长:宝音朝克图"]);
  });
});

describe("partyParagraphs", () => {
  it("cuts the section at each party's role word, a representative staying with the party before", () => {
    const paragraphs = partyParagraphs(
      "公诉机关某县人民检察院。 被告人张某甲，男，曾因犯盗窃罪被判处拘役三个月。 辩护人赵某，律师。 被告人李某乙，男。被告人李某乙因涉嫌犯抢劫罪被逮捕。",
    );
    expect(paragraphs.map((p) => [p.role, p.names])).toEqual([
      ["公诉机关", ["某县人民检察院"]],
      ["被告人", ["张某甲"]],
      ["被告人", ["李某乙"]],
      ["被告人", ["李某乙"]],
    ]);
    expect(paragraphs[1]?.text).toBe(" 被告人张某甲，男，曾因犯盗窃罪被判处拘役三个月。 辩护人赵某，律师。");
  });
});
