import { describe, expect, it } from "vitest";
import type { JudgmentRecord, Party } from "../../src/judgment/record.ts";
import { indexedApi, record } from "./api-fixtures.ts";

const HUAYUAN = "北京华源科技有限公司";
const HAIDIAN = "北京市海淀区人民法院";
const org = (name: string, role: Party["role"]): Party => ({ name, role, kind: "organisation" });
const person = (name: string, role: Party["role"]): Party => ({ name, role, kind: "person" });

function civil(id: string, over: Partial<JudgmentRecord>): JudgmentRecord {
  return record({ id, category: "民事", causes: ["买卖合同纠纷"], text: "买卖合同纠纷一案。", ...over });
}

const records = [
  civil("a-first", {
    caseNumber: { raw: "（2019）京0108民初100号" },
    court: HAIDIAN,
    decisionDate: "2019-03-01",
    procedure: "一审",
    parties: [org(HUAYUAN, "原告"), person("王某甲", "被告")],
  }),
  civil("b-series", {
    caseNumber: { raw: "（2019）京0108民初130号" },
    court: HAIDIAN,
    decisionDate: "2019-03-20",
    parties: [org(HUAYUAN, "原告"), person("李某乙", "被告")],
  }),
  civil("c-series", {
    caseNumber: { raw: "（2019）京0108民初188号" },
    court: HAIDIAN,
    decisionDate: "2019-04-15",
    parties: [org(HUAYUAN, "原告"), person("赵某丙", "被告")],
  }),
  civil("d-appeal", {
    caseNumber: { raw: "（2019）京01民终500号" },
    court: "北京市第一中级人民法院",
    decisionDate: "2019-08-01",
    procedure: "二审",
    // Cited with half-width brackets: the same number as the first instance's （2019）京0108民初100号.
    priorCaseNumbers: ["(2019)京0108民初100号"],
    parties: [person("王某甲", "上诉人"), org(HUAYUAN, "被上诉人")],
  }),
  civil("e-fuzzy", {
    court: "北京市西城区人民法院",
    decisionDate: "2018-01-01",
    parties: [org("北京华源科技有限责任公司", "被告"), org("天津恒通贸易有限公司", "原告")],
  }),
  civil("f-other-court", {
    court: "北京市朝阳区人民法院",
    decisionDate: "2019-03-10",
    parties: [org(HUAYUAN, "原告"), person("孙某", "被告")],
  }),
  civil("g-later-same-court", {
    court: HAIDIAN,
    decisionDate: "2020-06-01",
    parties: [org(HUAYUAN, "原告"), person("周某", "被告")],
  }),
  civil("h-similar-name", {
    court: HAIDIAN,
    decisionDate: "2019-03-05",
    parties: [org("北京华源物流有限公司", "原告"), person("吴某", "被告")],
  }),
  record({
    id: "i-criminal",
    category: "刑事",
    court: HAIDIAN,
    decisionDate: "2019-03-02",
    parties: [org("北京市海淀区人民检察院", "公诉机关"), person("郑某", "被告人")],
    text: "盗窃。",
  }),
];

/** A criminal judgment of a court placed by its document (province, level, court code of its number). */
function criminal(
  id: string,
  number: { raw: string; courtCode: string; year?: number } | undefined,
  court: string,
  province: string,
  courtLevel: JudgmentRecord["courtLevel"],
  parties: Party[],
  over: Partial<JudgmentRecord> = {},
): JudgmentRecord {
  return record({
    id,
    category: "刑事",
    ...(number ? { caseNumber: number } : {}),
    court,
    province,
    courtLevel,
    parties,
    text: "盗窃。",
    ...over,
  });
}

// Pre-2016 numbers: 唐山市路北区 and 保定市北市区 both wrote 北 (same province, different cities);
// 上犹县 (江西) and 郑州市上街区 (河南) both wrote 上.
const BEI = { raw: "（2014）北刑初字第880号", courtCode: "北" };
const SHANG = { raw: "（2015）上刑初字第19号", courtCode: "上" };
const instanceRecords = [
  criminal(
    "t-appeal",
    { raw: "（2014）唐刑终字第474号", courtCode: "唐" },
    "河北省唐山市中级人民法院",
    "河北省",
    "中级",
    [person("刘某丽", "上诉人")],
    { procedure: "二审", priorCaseNumbers: [BEI.raw] },
  ),
  criminal("t-first-lubei", BEI, "河北省唐山市路北区人民法院", "河北省", "基层", [
    person("刘某丽", "被告人"),
  ]),
  criminal("t-first-baoding", BEI, "河北省保定市北市区人民法院", "河北省", "基层", [
    person("刘某某", "被告人"),
  ]),
  criminal("s-a-jiangxi", SHANG, "江西省上犹县人民法院", "江西省", "基层", [
    org("江西省上犹县人民检察院", "公诉机关"),
    person("黄森远", "被告人"),
  ]),
  criminal("s-b-henan", SHANG, "河南省郑州市上街区人民法院", "河南省", "基层", [
    org("郑州市上街区人民检察院", "公诉机关"),
    person("杨川超", "被告人"),
  ]),
  criminal(
    "s-henan-appeal",
    { raw: "（2015）郑刑一终字第88号", courtCode: "郑" },
    "河南省郑州市中级人民法院",
    "河南省",
    "中级",
    [person("杨某超", "上诉人")],
    { procedure: "二审", priorCaseNumbers: [SHANG.raw] },
  ),
  // Post-2016: 朝阳 (京0105) appeals go to the third intermediate court (京03), which its code does not say.
  criminal(
    "m-first",
    { raw: "（2018）京0105刑初9774号", courtCode: "京0105", year: 2018 },
    "北京市朝阳区人民法院",
    "北京市",
    "基层",
    [person("赵某", "被告人")],
  ),
  criminal(
    "m-appeal",
    { raw: "（2019）京03刑终93号", courtCode: "京03", year: 2019 },
    "北京市第三中级人民法院",
    "北京市",
    "中级",
    [person("赵某", "上诉人")],
    { procedure: "二审", priorCaseNumbers: ["（2018）京0105刑初9774号"] },
  ),
  // 萍乡市湘东区 wrote 湘 before 2016: the parser's province from that abbreviation (湖南省) is wrong.
  criminal(
    "x-first",
    { raw: "（2015）湘刑初字第358号", courtCode: "湘", year: 2015 },
    "萍乡市湘东区人民法院",
    "湖南省",
    "基层",
    [person("钱某", "被告人")],
  ),
  criminal(
    "x-appeal",
    { raw: "（2016）赣03刑终14号", courtCode: "赣03", year: 2016 },
    "江西省萍乡市中级人民法院",
    "江西省",
    "中级",
    [person("钱某", "上诉人")],
    { procedure: "二审", priorCaseNumbers: ["（2015）湘刑初字第358号"] },
  ),
  // A first instance whose facts cite a co-defendant's separate judgment (pre-2016: 上 is borne by
  // 上犹县 and 郑州市上街区) and an earlier conviction elsewhere (post-2016: unique).
  criminal(
    "k-cites",
    { raw: "（2015）上刑初字第90号", courtCode: "上", year: 2015 },
    "江西省上犹县人民法院",
    "江西省",
    "基层",
    [person("邱某", "被告人")],
    { citedCaseNumbers: [SHANG.raw, "（2018）京0105刑初9774号"] },
  ),
];

// 吴立江's first instance, its appeal, and the guiding case written up from it (one number, the court's
// name shortened); a judgment of 湘潭县 bearing 萍乡市湘东区's pre-2016 number 湘刑初字第358号.
const WU = { raw: "（2017）苏0612刑初1468号", courtCode: "苏0612", year: 2017 };
const publishedRecords = [
  criminal("w-first", WU, "江苏省南通市通州区人民法院", "江苏省", "基层", [person("吴立江", "被告人")]),
  criminal("w-case", WU, "通州区法院", "江苏省", "基层", [person("吴立江", "被告人")], {
    tier: "guiding",
    documentType: "案例",
  }),
  criminal(
    "w-appeal",
    { raw: "（2018）苏06刑终100号", courtCode: "苏06", year: 2018 },
    "江苏省南通市中级人民法院",
    "江苏省",
    "中级",
    [person("吴立江", "上诉人")],
    { procedure: "二审", priorCaseNumbers: [WU.raw] },
  ),
  criminal(
    "x-hunan",
    { raw: "（2015）湘刑初字第358号", courtCode: "湘", year: 2015 },
    "湖南省湘潭市湘潭县人民法院",
    "湖南省",
    "基层",
    [person("钱某", "被告人")],
  ),
];

// 张沐禾: one name, defendants in several provinces; 李甲 and 陈2 are pseudonyms, like 李某.
const personRecords = [
  criminal(
    "p-anchor",
    { raw: "（2019）苏0508刑初956号", courtCode: "苏0508" },
    "苏州市姑苏区人民法院",
    "江苏省",
    "基层",
    [
      org("苏州市姑苏区人民检察院", "公诉机关"),
      person("张沐禾", "被告人"),
      person("李甲", "被害人"),
      person("陈2", "被害人"),
    ],
    { sections: { parties: "公诉机关苏州市姑苏区人民检察院。被告人张沐禾，男，1985年4月3日出生。" } },
  ),
  criminal("p-jiangsu", undefined, "南京市玄武区人民法院", "江苏省", "基层", [person("张沐禾", "被告人")]),
  // Births given by both: alike is one person, different are namesakes.
  criminal("p-born", undefined, "无锡市梁溪区人民法院", "江苏省", "基层", [person("张沐禾", "被告人")], {
    sections: { parties: "被告人张沐禾，男，1985年4月3日出生，汉族。" },
  }),
  criminal(
    "p-born-other",
    undefined,
    "常州市天宁区人民法院",
    "江苏省",
    "基层",
    [person("张沐禾", "被告人")],
    {
      sections: { parties: "被告人张沐禾，男，1971年9月12日出生，汉族。" },
    },
  ),
  criminal("p-henan", undefined, "郑州市中原区人民法院", "河南省", "基层", [person("张沐禾", "被告人")]),
  criminal("p-pseudonyms", undefined, "苏州市吴中区人民法院", "江苏省", "基层", [
    person("王某", "被告人"),
    person("李甲", "被害人"),
    person("陈2", "被害人"),
  ]),
];

const PINGAN = "中国平安财产保险股份有限公司";
const orgRecords = [
  civil("o-branch", {
    court: "北京市朝阳区人民法院",
    parties: [person("孙某", "原告"), org(`${PINGAN}北京市分公司`, "被告")],
  }),
  civil("o-other-branch", {
    court: "上海市浦东新区人民法院",
    parties: [person("钱某", "原告"), org(`${PINGAN}上海市分公司`, "被告")],
  }),
  civil("o-head", { court: "深圳市福田区人民法院", parties: [person("李某", "原告"), org(PINGAN, "被告")] }),
];

type Case = { id: string; relations: { relation: string; [k: string]: unknown }[] };

describe("POST /api/v1/related against a real Elasticsearch", () => {
  const { api } = indexedApi("apirelated", [
    ...records,
    ...instanceRecords,
    ...personRecords,
    ...orgRecords,
    ...publishedRecords,
  ]);

  it("links a first instance to its appeal, its series and its other cases with the same party, with evidence", async () => {
    const res = await api.call("/api/v1/related", { body: { caseId: "a-first" } });
    expect(res.status).toBe(200);
    const cases = res.body.cases as Case[];
    const byId = Object.fromEntries(cases.map((c) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual([
      "b-series",
      "c-series",
      "d-appeal",
      "e-fuzzy",
      "f-other-court",
      "g-later-same-court",
    ]);

    expect(byId["d-appeal"]?.relations).toContainEqual({
      relation: "后审",
      caseNumber: "(2019)京0108民初100号",
    });
    expect(cases[0]?.id).toBe("d-appeal"); // instances first

    expect(byId["b-series"]?.relations).toContainEqual({
      relation: "系列案件",
      party: HUAYUAN,
      side: "原告方",
      court: HAIDIAN,
      window: { from: "2018-12-01", to: "2019-05-30" },
      seriesSize: 3,
      counterparties: ["李某乙"],
    });
    for (const id of ["f-other-court", "g-later-same-court", "d-appeal"]) {
      expect(byId[id]?.relations.map((r) => r.relation)).not.toContain("系列案件");
      expect(byId[id]?.relations).toContainEqual({ relation: "同一当事人", party: HUAYUAN, match: "exact" });
    }
    expect(byId["e-fuzzy"]?.relations).toEqual([
      { relation: "同一当事人", party: HUAYUAN, matchedName: "北京华源科技有限责任公司", match: "fuzzy" },
    ]);
  });

  it("finds the earlier instance from the appeal", async () => {
    const res = await api.call("/api/v1/related", { body: { caseId: "d-appeal" } });
    const first = (res.body.cases as Case[]).find((c) => c.id === "a-first");
    expect(first?.relations).toContainEqual({ relation: "前审", caseNumber: "（2019）京0108民初100号" });
  });

  it("finds cases of a party given by name, and a case by its case number", async () => {
    const byParty = await api.call("/api/v1/related", { body: { parties: ["北京华源科技股份有限公司"] } });
    const ids = (byParty.body.cases as Case[]).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["a-first", "b-series", "e-fuzzy"]));
    expect(ids).not.toContain("h-similar-name");
    const byNumber = await api.call("/api/v1/related", { body: { caseNumbers: ["（2019）京01民终500号"] } });
    expect(byNumber.body.anchor.id).toBe("d-appeal");
    expect((byNumber.body.cases as Case[]).map((c) => c.id)).toContain("a-first");
  });

  it("takes a case number in any bracket form and width, and every number given", async () => {
    const typed = await api.call("/api/v1/related", { body: { caseNumbers: ["〔2019〕京01民终５００号"] } });
    expect(typed.status).toBe(200);
    expect(typed.body.anchor.id).toBe("d-appeal");
    // Two numbers: the first's judgment anchors, the second's numbers and history count too.
    const both = await api.call("/api/v1/related", {
      body: { caseNumbers: ["（2019）京0108民初130号", "(2019)京01民终500号"] },
    });
    expect(both.body.anchor.id).toBe("b-series");
    expect(both.body.anchor.caseNumbers).toEqual(["（2019）京0108民初130号", "（2019）京01民终500号"]);
    const first = (both.body.cases as Case[]).find((c) => c.id === "a-first");
    expect(first?.relations).toContainEqual({ relation: "前审", caseNumber: "（2019）京0108民初100号" });
    // The order the numbers come in does not matter: the appeal's first, the first instance is 前审.
    const reversed = await api.call("/api/v1/related", {
      body: { caseNumbers: ["（2019）京01民终500号", "（2019）京0108民初100号"] },
    });
    expect(reversed.body.anchor.id).toBe("d-appeal");
    const earlier = (reversed.body.cases as Case[]).find((c) => c.id === "a-first");
    expect(earlier?.relations).toContainEqual({ relation: "前审", caseNumber: "（2019）京0108民初100号" });
    // With a case id, numbers given beside it are followed too.
    const withId = await api.call("/api/v1/related", {
      body: { caseId: "b-series", caseNumbers: ["（2019）京0108民初100号"] },
    });
    const appeal = (withId.body.cases as Case[]).find((c) => c.id === "d-appeal");
    expect(appeal?.relations).toContainEqual({ relation: "后审", caseNumber: "(2019)京0108民初100号" });
  });

  it("links instances by a pre-2016 number only where the earlier court can be below the later one", async () => {
    const related = async (caseId: string) =>
      (await api.call("/api/v1/related", { body: { caseId } })).body.cases as Case[];
    const withRelation = (cases: Case[], relation: string) =>
      cases.filter((c) => c.relations.some((r) => r.relation === relation)).map((c) => c.id);
    // 唐山中院's appeal: the 北 of its 前审 is 唐山市路北区, not 保定市北市区 (another city).
    expect(withRelation(await related("t-appeal"), "前审")).toEqual(["t-first-lubei"]);
    expect(withRelation(await related("t-first-lubei"), "后审")).toEqual(["t-appeal"]);
    expect(withRelation(await related("t-first-baoding"), "后审")).toEqual([]);
    // 上犹县's judgment is not the 前审 of 郑州中院's appeal (another province).
    expect(withRelation(await related("s-a-jiangxi"), "后审")).toEqual([]);
    expect(withRelation(await related("s-b-henan"), "后审")).toEqual(["s-henan-appeal"]);
    // Post-2016 numbers are unique: 京0105's appeal at 京03 is linked though the codes do not chain.
    expect(withRelation(await related("m-appeal"), "前审")).toEqual(["m-first"]);
    // A pre-2016 abbreviation's province (湘 → 湖南省) does not separate 萍乡's own courts.
    expect(withRelation(await related("x-appeal"), "前审")).toEqual(["x-first"]);
  });

  it("names the case published again (a guiding case bearing its number) 同一案件, with its tier", async () => {
    const res = await api.call("/api/v1/related", { body: { caseId: "w-first" } });
    expect(res.status).toBe(200);
    const cases = res.body.cases as (Case & { tier?: string })[];
    expect(cases[0]).toMatchObject({ id: "w-case", tier: "guiding" });
    // Each case's strongest relation first: the same case, then the name it shares.
    expect(cases[0]?.relations).toEqual([
      { relation: "同一案件", caseNumber: WU.raw },
      { relation: "同一当事人", party: "吴立江", match: "exact" },
    ]);
    // The appeal is a later instance, not the same case.
    expect(cases.find((c) => c.id === "w-appeal")?.relations.map((r) => r.relation)).toEqual([
      "后审",
      "同一当事人",
    ]);
    // Asked for by number, the judgment anchors, not a write-up of it; a number no judgment bears is
    // said back.
    const byNumber = await api.call("/api/v1/related", {
      body: { caseNumbers: [WU.raw, "（2018）苏06刑终99号"] },
    });
    expect(byNumber.body.anchor.id).toBe("w-first");
    expect(byNumber.body.anchor.unmatchedCaseNumbers).toEqual(["（2018）苏06刑终99号"]);
    const unknown = await api.call("/api/v1/related", {
      body: { caseNumbers: ["（2016）鲁1002刑初719号号"] },
    });
    expect(unknown.body).toMatchObject({
      anchor: { unmatchedCaseNumbers: ["（2016）鲁1002刑初719号号"] },
      cases: [],
    });
    expect((byNumber.body.cases as Case[]).map((c) => c.id)).toContain("w-case");
    // The first instance's number given beside the appeal's: the first instance is its 前审, not the
    // same case as the appeal.
    const both = await api.call("/api/v1/related", {
      body: { caseNumbers: ["（2018）苏06刑终100号", WU.raw] },
    });
    expect(both.body.anchor.id).toBe("w-appeal");
    const first = (both.body.cases as Case[]).find((c) => c.id === "w-first");
    expect(first?.relations.map((r) => r.relation)).toContain("前审");
    expect(first?.relations.map((r) => r.relation)).not.toContain("同一案件");
    // A pre-2016 number borne by a court of another province is another case.
    const xiang = await api.call("/api/v1/related", { body: { caseId: "x-first" } });
    expect((xiang.body.cases as Case[]).map((c) => c.id)).not.toContain("x-hunan");
  });

  it("names judgments the facts cite as 引用裁判, not as instances", async () => {
    const res = await api.call("/api/v1/related", { body: { caseId: "k-cites" } });
    expect(res.status).toBe(200);
    expect(res.body.anchor.citedCaseNumbers).toEqual([SHANG.raw, "（2018）京0105刑初9774号"]);
    const cases = res.body.cases as Case[];
    const cited = cases.filter((c) => c.relations.some((r) => r.relation === "引用裁判"));
    // The co-defendant's judgment of 江西's own 上 court, not 郑州市上街区's; the conviction in 北京.
    expect(cited.map((c) => c.id).sort()).toEqual(["m-first", "s-a-jiangxi"]);
    expect(cited.find((c) => c.id === "s-a-jiangxi")?.relations).toContainEqual({
      relation: "引用裁判",
      caseNumber: SHANG.raw,
    });
    expect(cases.some((c) => c.relations.some((r) => r.relation === "前审"))).toBe(false);
  });

  it("names the judgments citing a case as 引用本案, an older number only from the case's province", async () => {
    const citing = async (caseId: string) => {
      const res = await api.call("/api/v1/related", { body: { caseId } });
      expect(res.status).toBe(200);
      return (res.body.cases as Case[]).filter((c) => c.relations.some((r) => r.relation === "引用本案"));
    };
    // 上犹县's 黄森远 judgment is cited by 上犹县's later one; 郑州市上街区's, bearing the same number, is not.
    const jiangxi = await citing("s-a-jiangxi");
    expect(jiangxi.map((c) => c.id)).toEqual(["k-cites"]);
    expect(jiangxi[0]?.relations).toContainEqual({ relation: "引用本案", caseNumber: SHANG.raw });
    expect((await citing("s-b-henan")).map((c) => c.id)).toEqual([]);
    // A post-2016 number is unique: cited from another province, it is still this judgment's.
    expect((await citing("m-first")).map((c) => c.id)).toEqual(["k-cites"]);
  });

  it("does not merge judgments of different courts bearing one pre-2016 number into one anchor", async () => {
    const names = (body: { anchor: { parties: { name: string }[] } }) =>
      body.anchor.parties.map((p) => p.name);
    const alone = await api.call("/api/v1/related", { body: { caseNumbers: [SHANG.raw] } });
    expect(alone.status).toBe(200);
    expect(names(alone.body)).toEqual(["江西省上犹县人民检察院", "黄森远"]);
    expect(alone.body.anchor).toMatchObject({
      id: "s-a-jiangxi",
      court: "江西省上犹县人民法院",
      province: "江西省",
    });
    expect((alone.body.cases as Case[]).map((c) => c.id)).not.toContain("s-henan-appeal");
    // The appeal's number given beside it says which court's judgment is meant.
    const both = await api.call("/api/v1/related", {
      body: { caseNumbers: [SHANG.raw, "（2015）郑刑一终字第88号"] },
    });
    expect(both.body.anchor.id).toBe("s-b-henan");
    expect(names(both.body)).toEqual(["郑州市上街区人民检察院", "杨川超", "杨某超"]);
    expect(names(both.body)).not.toContain("黄森远");
  });

  it("links a person by name only within the anchor's province, and never by a pseudonym", async () => {
    const res = await api.call("/api/v1/related", { body: { caseId: "p-anchor" } });
    expect(res.status).toBe(200);
    // The same person where both births agree (said as the evidence); the name alone is 同名当事人,
    // listed after; a different birth links nothing.
    expect(res.body.cases).toEqual([
      expect.objectContaining({
        id: "p-born",
        relations: [{ relation: "同一当事人", party: "张沐禾", match: "exact", born: "1985-04" }],
      }),
      expect.objectContaining({
        id: "p-jiangsu",
        relations: [{ relation: "同名当事人", party: "张沐禾", match: "exact" }],
      }),
    ]);
    expect(res.body.anchor.province).toBe("江苏省");
  });

  it("matches a branch by its own name forms", async () => {
    const branch = await api.call("/api/v1/related", { body: { parties: ["中国平安财产保险北京市分公司"] } });
    expect(branch.body.cases).toEqual([
      expect.objectContaining({
        id: "o-branch",
        relations: [
          {
            relation: "同一当事人",
            party: "中国平安财产保险北京市分公司",
            matchedName: `${PINGAN}北京市分公司`,
            match: "fuzzy",
          },
        ],
      }),
    ]);
  });

  it("does not match a broader body to its branches or subdivisions", async () => {
    const ids = async (party: string) =>
      ((await api.call("/api/v1/related", { body: { parties: [party] } })).body.cases as Case[]).map(
        (c) => c.id,
      );
    expect(await ids(PINGAN)).toEqual(["o-head"]);
    // A procuratorate is not its district procuratorates (i-criminal's is 北京市海淀区人民检察院).
    expect(await ids("北京市人民检察院")).toEqual([]);
  });

  it("404s an unknown case id in the error shape", async () => {
    const res = await api.call("/api/v1/related", { body: { caseId: "nope" } });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: "not_found", details: [{ path: "caseId" }] });
  });
});
