import { describe, expect, it } from "vitest";
import {
  type Anchor,
  anchorFromRequest,
  buildRelatedSearches,
  isMaskedName,
  mergeAnchors,
  organisationCore,
  plausiblyBelow,
  prefectureOf,
  sameOrganisation,
  shapeRelated,
  sharedParties,
  sideOf,
} from "./related.ts";

const anchor: Anchor = {
  id: "a",
  caseNumbers: ["（2019）京0108民初100号"],
  priorCaseNumbers: [],
  parties: [
    { name: "北京华源科技有限公司", role: "原告", kind: "organisation" },
    { name: "王某甲", role: "被告", kind: "person" },
    { name: "北京市海淀区人民检察院", role: "公诉机关", kind: "organisation" },
    { name: "张沐禾", role: "第三人", kind: "person" },
  ],
  province: "北京市",
  court: "北京市海淀区人民法院",
  decisionDate: "2019-03-01",
};

describe("related-case building blocks", () => {
  it("reduces organisation names to their distinctive words", () => {
    expect(organisationCore("北京华源科技股份有限公司")).toEqual(["北京", "华源", "科技"]);
    expect(organisationCore("北京华源科技有限责任公司")).toEqual(["北京", "华源", "科技"]);
    expect(organisationCore("中国平安财产保险北京市分公司")).toEqual([
      "中国",
      "平安",
      "财产保险",
      "北京市",
      "分公司",
    ]);
  });

  it("calls organisations the same only when their distinctive words are", () => {
    expect(sameOrganisation("中国平安财产保险北京市分公司", "中国平安财产保险股份有限公司北京市分公司")).toBe(
      true,
    );
    expect(sameOrganisation("北京华源科技有限公司", "华源科技（北京）有限公司")).toBe(true);
    expect(sameOrganisation("中国平安财产保险股份有限公司", "中国平安财产保险股份有限公司北京市分公司")).toBe(
      false,
    );
    expect(sameOrganisation("北京市人民检察院", "北京市海淀区人民检察院")).toBe(false);
  });

  it("treats pseudonyms as masked names", () => {
    for (const name of ["张某", "李某甲", "×××", "李甲", "欧阳乙", "陈2", "王A"])
      expect(isMaskedName(name)).toBe(true);
    for (const name of ["张沐禾", "欧阳明", "北京华源科技有限公司"]) expect(isMaskedName(name)).toBe(false);
  });

  it("places courts in their city when their name says so", () => {
    expect(prefectureOf("河北省唐山市中级人民法院")).toBe("唐山市");
    expect(prefectureOf("河北省唐山市路北区人民法院")).toBe("唐山市");
    expect(prefectureOf("郑州市上街区人民法院")).toBe("郑州市");
    expect(prefectureOf("延边朝鲜族自治州中级人民法院")).toBe("延边朝鲜族自治州");
    for (const court of [
      "江西省上犹县人民法院",
      "河北省迁安市人民法院",
      "北京市海淀区人民法院",
      "北京市第一中级人民法院",
    ])
      expect(prefectureOf(court)).toBeUndefined();
  });

  it("links instances only from a court that can be below the later one", () => {
    // Post-2016 codes (unique nationally): any court of the same province not of a higher level. The
    // codes do not say which intermediate court hears a basic court's appeals (朝阳 京0105 → 京03).
    const y = { caseYear: 2019 };
    expect(plausiblyBelow({ courtCode: "京0108", ...y }, { courtCode: "京01", ...y })).toBe(true);
    expect(plausiblyBelow({ courtCode: "京0105", ...y }, { courtCode: "京03", ...y })).toBe(true);
    expect(plausiblyBelow({ courtCode: "豫9001", ...y }, { courtCode: "豫96", ...y })).toBe(true);
    expect(plausiblyBelow({ courtCode: "京0108", ...y }, { courtCode: "最高法", ...y })).toBe(true);
    expect(plausiblyBelow({ courtCode: "京0108", ...y }, { courtCode: "京73", ...y })).toBe(true);
    expect(plausiblyBelow({ courtCode: "京01", ...y }, { courtCode: "京0108", ...y })).toBe(false);
    expect(plausiblyBelow({ courtCode: "冀0203", ...y }, { courtCode: "京01", ...y })).toBe(false);
    // Enforcement may follow an appeal's judgment, in the same province.
    expect(plausiblyBelow({ courtCode: "京01", ...y }, { courtCode: "京0108", typeCode: "执", ...y })).toBe(
      true,
    );
    // A pre-2016 abbreviation is no province: 湘 of （2015）湘刑初字 is 萍乡市湘东区's, under 江西's 萍乡.
    expect(
      plausiblyBelow(
        {
          court: "萍乡市湘东区人民法院",
          courtCode: "湘",
          province: "湖南省",
          caseYear: 2015,
          courtLevel: "基层",
        },
        { court: "江西省萍乡市中级人民法院", courtCode: "赣03", caseYear: 2016, courtLevel: "中级" },
      ),
    ).toBe(true);
    // Pre-2016: province, level and city, as far as known.
    const tangshan = {
      court: "河北省唐山市中级人民法院",
      province: "河北省",
      courtLevel: "中级",
      courtCode: "唐",
    };
    expect(
      plausiblyBelow(
        { court: "河北省唐山市路北区人民法院", province: "河北省", courtLevel: "基层" },
        tangshan,
      ),
    ).toBe(true);
    expect(
      plausiblyBelow(
        { court: "河北省保定市北市区人民法院", province: "河北省", courtLevel: "基层" },
        tangshan,
      ),
    ).toBe(false);
    expect(plausiblyBelow({ court: "江西省上犹县人民法院", province: "江西省" }, tangshan)).toBe(false);
    expect(plausiblyBelow({ court: "河北省迁安市人民法院", courtLevel: "基层" }, tangshan)).toBe(true);
    expect(plausiblyBelow(tangshan, { court: "河北省唐山市路北区人民法院", courtLevel: "基层" })).toBe(false);
    expect(plausiblyBelow({}, {})).toBe(true);
  });

  it("puts roles on sides", () => {
    expect(sideOf("申请执行人")).toBe("原告方");
    expect(sideOf("被执行人")).toBe("被告方");
    expect(sideOf("第三人")).toBeUndefined();
  });

  it("never links on masked names or the prosecutor, and never returns the case itself", () => {
    const searches = buildRelatedSearches(anchor, { size: 10 });
    expect(searches.map((s) => s.key)).toEqual([
      "parties",
      "same",
      "later",
      "citedBy",
      "series:北京华源科技有限公司",
    ]);
    const text = JSON.stringify(searches[0]?.body);
    expect(text).not.toContain("王某甲");
    expect(text).not.toContain("人民检察院");
    expect(text).toContain('"must_not":[{"term":{"id":"a"}}]');
    // A person's name counts within the anchor's province only.
    expect(text).toContain(
      '{"bool":{"filter":[{"terms":{"partyNames":["张沐禾"]}},{"term":{"province":"北京市"}}]}}',
    );
  });

  it("looks for the case published again by its own numbers, not by those of instances merged into it", () => {
    const merged = mergeAnchors([
      { ...anchor, caseNumbers: ["（2019）京01民终500号"] },
      { ...anchor, id: "first", caseNumbers: ["（2019）京0108民初100号"] },
    ]);
    expect(merged.caseNumbers).toEqual(["（2019）京01民终500号", "（2019）京0108民初100号"]);
    const same = JSON.stringify(
      buildRelatedSearches(merged, { size: 10 }).find((s) => s.key === "same")?.body,
    );
    expect(same).toContain("京01民终500号");
    expect(same).not.toContain("京0108民初100号");
  });

  it("takes a party for an organisation only by its name: a role read as one, a person's name typed as one", () => {
    // （2001）安刑初字第23号 had linked 7 provinces' judgments through "暨附带民事诉讼原告人".
    const typed: Anchor = {
      ...anchor,
      parties: [
        { name: "暨附带民事诉讼原告人", role: "附带民事诉讼原告人", kind: "organisation" },
        { name: "张远会", role: "被告人", kind: "organisation" },
      ],
    };
    const text = JSON.stringify(buildRelatedSearches(typed, { size: 10 })[0]?.body);
    expect(text).not.toContain("nested");
    // The role names nobody; the person is linked as a person, within the province.
    expect(text).not.toContain("原告人");
    expect(text).toContain(
      '{"bool":{"filter":[{"terms":{"partyNames":["张远会"]}},{"term":{"province":"北京市"}}]}}',
    );
  });

  it("takes a bank's branch for an organisation, as the parser does (…分行, …支行)", () => {
    const branch: Anchor = {
      ...anchor,
      parties: [{ name: "中国农业银行股份有限公司北京市分行", role: "原告", kind: "organisation" }],
    };
    const text = JSON.stringify(buildRelatedSearches(branch, { size: 10 })[0]?.body);
    // Linked by its name wherever the case was heard, and fuzzily by its distinctive words — not as a
    // person's name within the province.
    expect(text).toContain('{"terms":{"partyNames":["中国农业银行股份有限公司北京市分行"]}}');
    expect(text).toContain('"query":"中国农业银行 北京市 分行"');
    expect(text).not.toContain('{"term":{"province":"北京市"}}');
  });

  it("takes an older number's one-character code for no province's when a judgment cites it (引用本案)", () => {
    const citingIn = (court: string, cited: string) =>
      shapeRelated(
        { ...owner, caseNumbers: [cited] },
        [{ key: "citedBy", hits: [{ id: "c", court, citedCaseNumbers: [cited], parties: [] }] }],
        10,
      ).cases.flatMap((c) => c.relations.map((r) => r.relation));
    // A county court's own pre-2016 abbreviation (宁 of a 宁城县) is also a province's letter (宁夏) and
    // a city's (南京): a judgment of another province citing that number cites another court's case.
    const owner: Anchor = {
      id: "own",
      caseNumbers: [],
      priorCaseNumbers: [],
      parties: [],
      province: "内蒙古自治区",
      court: "内蒙古自治区宁城县人民法院",
    };
    expect(citingIn("江苏省南京市鼓楼区人民法院", "（2015）宁刑初字第12号")).toEqual([]);
    expect(citingIn("内蒙古自治区赤峰市中级人民法院", "（2015）宁刑初字第12号")).toEqual(["引用本案"]);
    // Since 2016 a code names one court, wherever the judgment citing it sits.
    expect(citingIn("江苏省南京市鼓楼区人民法院", "（2017）内0429刑初12号")).toEqual(["引用本案"]);
    // Given by number alone, an older one names no court, level or province; a later one does.
    const given = (n: string) => anchorFromRequest({ caseNumbers: [n], size: 10 });
    expect(given("（2015）宁刑初字第12号").courts).toEqual([]);
    expect(given("（2015）宁刑初字第12号").province).toBeUndefined();
    expect(given("（2017）内0429刑初12号").courts?.[0]).toMatchObject({
      courtCode: "内0429",
      courtLevel: "基层",
    });
    expect(given("（2017）内0429刑初12号").province).toBe("内蒙古自治区");
  });

  it("links an instance found by number only if it tries the same people; across a remand, a court up", () => {
    const relationsOf = (a: Anchor, doc: Record<string, unknown>, key: "prior" | "later") =>
      shapeRelated(a, [{ key, hits: [doc] }], 10).cases.flatMap((c) => c.relations.map((r) => r.relation));
    // （2016）鲁10刑终898号 cites （2014）乳刑初字第709号, which in the index is 吴某's case.
    const appeal: Anchor = {
      id: "appeal",
      caseNumbers: ["（2016）鲁10刑终898号"],
      priorCaseNumbers: ["（2014）乳刑初字第709号"],
      parties: [{ name: "任航", role: "上诉人", kind: "person" }],
      courts: [
        { court: "山东省威海市中级人民法院", courtLevel: "中级", province: "山东省", procedure: "二审" },
      ],
    };
    const first = (name: string) => ({
      id: "first",
      caseNumbers: ["（2014）乳刑初字第709号"],
      court: "山东省乳山市人民法院",
      courtLevel: "基层",
      province: "山东省",
      procedure: "一审",
      parties: [{ name, role: "被告人", kind: "person" }],
    });
    expect(relationsOf(appeal, first("吴某"), "prior")).toEqual([]);
    expect(relationsOf(appeal, first("任某"), "prior")).toEqual(["前审"]);
    expect(relationsOf(appeal, first("任航"), "prior")).toEqual(["前审"]);
    // A retrial after a remand lists the appeal judgment that was quashed, a court up.
    const retrial: Anchor = {
      id: "retrial",
      caseNumbers: ["（2017）豫0182刑初391号"],
      priorCaseNumbers: ["（2014）郑刑一终字第82号"],
      parties: [{ name: "张泉禾", role: "被告人", kind: "person" }],
      courts: [{ court: "河南省荥阳市人民法院", courtCode: "豫0182", caseYear: 2017, procedure: "一审" }],
    };
    const quashed = {
      id: "a44",
      caseNumbers: ["（2014）郑刑一终字第82号"],
      court: "河南省郑州市中级人民法院",
      courtLevel: "中级",
      province: "河南省",
      procedure: "二审",
      parties: [{ name: "张泉禾", role: "上诉人", kind: "person" }],
    };
    expect(relationsOf(retrial, quashed, "prior")).toEqual(["前审"]);
  });

  it("finds the separate judgments of the people the facts say are tried separately (同案人另案)", () => {
    // （2018）苏0602刑初850号: 许川航、徐禾晓（另案处理）; their judgment （2017）苏06刑终752号.
    const gambling: Anchor = {
      id: "gu",
      caseNumbers: ["（2018）苏0602刑初850号"],
      priorCaseNumbers: [],
      parties: [{ name: "顾川航", role: "被告人", kind: "person" }],
      accomplices: ["许川航", "徐禾晓"],
      province: "江苏省",
      court: "江苏省南通市崇川区人民法院",
    };
    const search = buildRelatedSearches(gambling, { size: 10 }).find((s) => s.key === "accomplices");
    const text = JSON.stringify(search?.body);
    // Each accomplice as a party, whose judgment tells of the group: by name in the province, or
    // masked (顾某) in the same court.
    expect(text).toContain('{"term":{"partyNames":"许川航"}},{"term":{"province":"江苏省"}}');
    expect(text).toContain(
      '{"match_phrase":{"text_chars":"顾川航"}},{"match_phrase":{"text_chars":"徐禾晓"}}',
    );
    expect(text).toContain('{"term":{"court":"江苏省南通市崇川区人民法院"}}');
    expect(text).toContain('{"match_phrase":{"text_chars":"顾某"}}');
    const shaped = shapeRelated(
      gambling,
      [{ key: "accomplices", hits: [{ id: "x", partyNames: ["许川航", "徐禾晓", "某检察院"] }] }],
      10,
    );
    expect(shaped.cases[0]?.relations).toEqual([
      { relation: "同案人另案", party: "许川航" },
      { relation: "同案人另案", party: "徐禾晓" },
    ]);
    // A judgment trying one of the anchor's own defendants is no separate trial of its accomplices: an
    // instance of the anchor's case (（2015）沁刑重字第00009号 names 沈海航（已判刑） as a civil defendant
    // of 王森志, whose appeal is the anchor) or the case published again.
    const instance = shapeRelated(
      gambling,
      [{ key: "accomplices", hits: [{ id: "y", partyNames: ["顾川航", "许川航"] }] }],
      10,
    );
    expect(instance.cases).toEqual([]);
    // Where the parties are known, only an accomplice tried as a defendant there.
    const civil = shapeRelated(
      gambling,
      [
        {
          key: "accomplices",
          hits: [
            {
              id: "z",
              partyNames: ["王某", "许川航"],
              parties: [
                { name: "王某", name_seg: "", role: "被告人", kind: "person" },
                { name: "许川航", name_seg: "", role: "被告", kind: "person" },
              ],
            },
          ],
        },
      ],
      10,
    );
    expect(civil.cases).toEqual([]);
    // The anchor's defendant sued in the accomplice's trial only as a civil defendant (附带民事诉讼被告人,
    // role 被告): still the accomplice's separate trial.
    const separate = shapeRelated(
      gambling,
      [
        {
          key: "accomplices",
          hits: [
            {
              id: "w",
              partyNames: ["许川航", "顾川航"],
              parties: [
                { name: "许川航", name_seg: "", role: "被告人", kind: "person" },
                { name: "顾川航", name_seg: "", role: "被告", kind: "person" },
              ],
            },
          ],
        },
      ],
      10,
    );
    expect(separate.cases[0]?.relations).toEqual([{ relation: "同案人另案", party: "许川航" }]);
    // No accomplices, or no defendant of the anchor's to tell of: no such search.
    expect(buildRelatedSearches(anchor, { size: 10 }).map((s) => s.key)).not.toContain("accomplices");
  });

  it("tells namesakes apart by their birth, when both judgments give it", () => {
    // One name, two defendants of two district courts of one city: one born 1989, the other 1968.
    const withBirth: Anchor = {
      ...anchor,
      parties: [{ name: "张沐禾", role: "被告人", kind: "person", born: "1989-03" }],
    };
    const doc = (born: string | undefined) => ({
      id: "b",
      province: "北京市",
      partyNames: ["张沐禾"],
      record: { sections: { parties: `被告人张沐禾，男，${born ? `${born}出生` : "汉族"}。` } },
    });
    expect(sharedParties(withBirth, doc("1968年9月21日"))).toEqual([]);
    expect(sharedParties(withBirth, doc("1989年3月17日"))).toEqual([
      { relation: "同一当事人", party: "张沐禾", match: "exact", born: "1989-03" },
    ]);
    // Not written in one of them: the name within the province is all there is, said as such.
    expect(sharedParties(withBirth, doc(undefined))).toEqual([
      { relation: "同名当事人", party: "张沐禾", match: "exact" },
    ]);
  });

  it("labels a search by names alone as the schema says: one person's name 同名当事人 anywhere", () => {
    const judgment = {
      id: "o",
      province: "浙江省",
      court: "浙江省金华市金东区人民法院",
      partyNames: ["程远航", "贺知秋", "澄溪建材有限公司"],
    };
    const relations = (parties: string[], caseNumbers?: string[]) =>
      sharedParties(anchorFromRequest({ parties, size: 10, caseNumbers }), judgment).map((e) => [
        e.party,
        e.relation,
      ]);
    // No place to bound it: the name is all there is, whatever the province.
    expect(relations(["程远航"])).toEqual([["程远航", "同名当事人"]]);
    // Two people searched together, both in the judgment: the same people.
    expect(relations(["程远航", "贺知秋"])).toEqual([
      ["程远航", "同一当事人"],
      ["贺知秋", "同一当事人"],
    ]);
    // An organisation searched beside the person does not identify them: nothing says it was tried with them.
    expect(relations(["程远航", "澄溪建材有限公司"])).toEqual([
      ["程远航", "同名当事人"],
      ["澄溪建材有限公司", "同一当事人"],
    ]);
    // With a case number, a person's name only within its province (京, not this 浙 judgment).
    expect(relations(["程远航"], ["（2019）京0108刑初100号"])).toEqual([]);
  });

  it("calls a shared name the same person only on what identifies the person, else 同名当事人", () => {
    const person = (name: string, born?: string) => ({
      name,
      role: "被告人",
      kind: "person",
      ...(born ? { born } : {}),
    });
    const pending: Anchor = {
      id: "p",
      caseNumbers: ["（2016）浙0104刑初100号"],
      priorCaseNumbers: [],
      parties: [person("程远航"), person("程远航"), person("贺知秋", "1990-05")],
      province: "浙江省",
      court: "浙江省杭州市江干区人民法院",
    };
    const other = (names: string[], text = "") => ({
      id: "o",
      province: "浙江省",
      court: "浙江省金华市金东区人民法院",
      partyNames: names,
      record: { sections: { parties: text } },
    });
    // The name alone, another city, no birth in the other judgment: a namesake as likely as not.
    // A party listed twice (被告人, 附带民事诉讼被告人) is one piece of evidence.
    expect(sharedParties(pending, other(["程远航"]))).toEqual([
      { relation: "同名当事人", party: "程远航", match: "exact" },
    ]);
    // Both births alike: one person, the birth named as the evidence.
    expect(sharedParties(pending, other(["贺知秋"], "被告人贺知秋，女，1990年5月2日出生。"))).toEqual([
      { relation: "同一当事人", party: "贺知秋", match: "exact", born: "1990-05" },
    ]);
    // Two people named together in both judgments are the same people.
    expect(sharedParties(pending, other(["程远航", "贺知秋"])).map((e) => [e.party, e.relation])).toEqual([
      ["程远航", "同一当事人"],
      ["贺知秋", "同一当事人"],
    ]);
    // A unit tried in both judgments with the person (a unit crime's company and its manager) identifies
    // the person; an insurer sued beside a namesake in both does not.
    const unit = {
      ...pending,
      parties: [...pending.parties, { name: "澄溪建材有限公司", role: "被告人", kind: "organisation" }],
    };
    expect(
      sharedParties(unit, other(["程远航", "澄溪建材有限公司"])).map((e) => [e.party, e.relation]),
    ).toEqual([
      ["程远航", "同一当事人"],
      ["澄溪建材有限公司", "同一当事人"],
    ]);
    const insured = {
      ...pending,
      parties: [
        ...pending.parties,
        { name: "临江财产保险股份有限公司澄溪支公司", role: "附带民事诉讼被告人", kind: "organisation" },
      ],
    };
    expect(
      sharedParties(insured, other(["程远航", "临江财产保险股份有限公司澄溪支公司"])).map((e) => [
        e.party,
        e.relation,
      ]),
    ).toEqual([
      ["程远航", "同名当事人"],
      ["临江财产保险股份有限公司澄溪支公司", "同一当事人"],
    ]);
    // An instance (found by number, trying the same people) makes the shared name one person's.
    const first = {
      id: "f",
      caseNumbers: ["（2015）杭江刑初字第9号"],
      court: "浙江省杭州市江干区人民法院",
      province: "浙江省",
      courtLevel: "基层",
      procedure: "一审",
      parties: [{ name: "程远航", name_seg: "程远航", role: "被告人", kind: "person" }],
      partyNames: ["程远航"],
    };
    const appeal: Anchor = {
      ...pending,
      id: "ap",
      caseNumbers: ["（2016）浙01刑终50号"],
      priorCaseNumbers: ["（2015）杭江刑初字第9号"],
      court: "浙江省杭州市中级人民法院",
      courts: [
        { court: "浙江省杭州市中级人民法院", courtLevel: "中级", province: "浙江省", procedure: "二审" },
      ],
    };
    const shaped = shapeRelated(
      appeal,
      [
        { key: "parties", hits: [first] },
        { key: "prior", hits: [first] },
      ],
      10,
    );
    expect(shaped.cases[0]?.relations.map((r) => r.relation)).toEqual(["前审", "同一当事人"]);
    // Listed after the other relations, the newer judgment too: 同名当事人 is the weakest.
    const namesake = { ...other(["程远航"]), id: "n", decisionDate: "2019-01-01" };
    const born = {
      ...other(["贺知秋"], "被告人贺知秋，1990年5月出生。"),
      id: "b",
      decisionDate: "2015-01-01",
    };
    const listed = shapeRelated(pending, [{ key: "parties", hits: [namesake, born] }], 10).cases;
    expect(listed.map((c) => [c.id, c.relations[0]?.relation])).toEqual([
      ["b", "同一当事人"],
      ["n", "同名当事人"],
    ]);
  });

  it("takes one person's name for the same party only near a judgment whose place is known", () => {
    // A 2009 write-up of 扬州 naming no court: its 张辰 is not 山西's 2018 defendant 张辰.
    const unplaced: Anchor = {
      id: "w",
      caseNumbers: ["（2009）扬刑二初字第0009号"],
      priorCaseNumbers: [],
      parties: [
        { name: "张辰", role: "被告人", kind: "person" },
        { name: "李明远", role: "被告人", kind: "person" },
      ],
    };
    expect(sharedParties(unplaced, { id: "s", province: "山西省", partyNames: ["张辰"] })).toEqual([]);
    // Two people in common are the same parties.
    expect(sharedParties(unplaced, { id: "t", partyNames: ["张辰", "李明远"] }).map((e) => e.party)).toEqual([
      "张辰",
      "李明远",
    ]);
    // Parties given by name alone, no judgment: the name is what was asked for.
    const asked: Anchor = { caseNumbers: [], priorCaseNumbers: [], parties: unplaced.parties };
    expect(sharedParties(asked, { id: "s", province: "山西省", partyNames: ["张辰"] })).toHaveLength(1);
  });

  it("calls it a series only with enough other cases against different counterparties", () => {
    const doc = (id: string, other: string) => ({
      id,
      decisionDate: "2019-03-10",
      parties: [
        { name: "北京华源科技有限公司", name_seg: "", role: "原告", kind: "organisation" },
        { name: other, name_seg: "", role: "被告", kind: "person" },
      ],
    });
    const one = shapeRelated(anchor, [{ key: "series:北京华源科技有限公司", hits: [doc("b", "李某")] }], 10);
    expect(one.cases).toEqual([]);
    const same = shapeRelated(
      anchor,
      [{ key: "series:北京华源科技有限公司", hits: [doc("b", "李某"), doc("c", "李某")] }],
      10,
    );
    expect(same.cases).toEqual([]);
    const two = shapeRelated(
      anchor,
      [{ key: "series:北京华源科技有限公司", hits: [doc("b", "李某"), doc("c", "赵某")] }],
      10,
    );
    expect(two.cases.map((c) => c.relations[0]?.relation)).toEqual(["系列案件", "系列案件"]);
  });
});
