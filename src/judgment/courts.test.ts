import { describe, expect, it } from "vitest";
import {
  COURT_RELATIONS,
  canonicalCourtName,
  courtRelation,
  courtsNamed,
  isModernCourtCode,
  placeCourt,
  placingCode,
  scopeRank,
  superiorCourtCode,
} from "./courts.ts";

describe("court codes", () => {
  it("tell post-2016 codes from legacy ones", () => {
    for (const code of ["最高法", "京", "京01", "京0108", "京7101", "兵"])
      expect(isModernCourtCode(code)).toBe(true);
    for (const code of ["粤高法", "宜中", "京1", "京010", "海", undefined])
      expect(isModernCourtCode(code)).toBe(false);
  });

  it("go one level up: basic → intermediate or specialised → high → SPC", () => {
    expect(superiorCourtCode("湘0103")).toBe("湘01");
    expect(superiorCourtCode("湘7101")).toBe("湘71"); // a railway court, under the railway intermediate court
    // A municipality's district courts: the digits are the district's, not the appeal court's
    // (朝阳 京0105 appeals to 京03); a county-level city under the province (豫9001 济源 → 豫96).
    expect(superiorCourtCode("京0105")).toBeUndefined();
    expect(superiorCourtCode("沪0115")).toBeUndefined();
    expect(superiorCourtCode("豫9001")).toBeUndefined();
    expect(superiorCourtCode("京01")).toBe("京");
    expect(superiorCourtCode("京")).toBe("最高法");
    expect(superiorCourtCode("最高法")).toBeUndefined();
    expect(superiorCourtCode("宜中")).toBeUndefined();
  });

  it("place a case's court relative to the judge's, in the order of the SPC's scope", () => {
    expect(courtRelation("湘0103", "最高法")).toBe("最高人民法院");
    expect(courtRelation("湘0103", "湘")).toBe("本省高级人民法院");
    expect(courtRelation("湘0103", "湘01")).toBe("上一级法院");
    // For an intermediate court the high court is also the court one level up: its judgments come
    // in §4's item 3, before the judge's own court's.
    expect(courtRelation("湘01", "湘")).toBe("本省高级人民法院");
    expect(courtRelation("湘0103", "湘0103")).toBe("本院");
    expect(courtRelation("湘0103", "湘0104")).toBe("本省其他法院");
    expect(courtRelation("湘0103", "湘02")).toBe("本省其他法院");
    expect(courtRelation("湘0103", "京0108")).toBe("外省法院");
    expect(courtRelation("湘0103", "宜中")).toBeUndefined();
    expect(courtRelation(undefined, "湘0103")).toBeUndefined();
    // 兵团 courts are in 新疆: the 兵团分院 (兵) belongs to the 新疆 high court, its appeals go to the SPC.
    expect(superiorCourtCode("兵")).toBe("最高法");
    expect(courtRelation("兵0101", "兵01")).toBe("上一级法院");
    expect(courtRelation("兵01", "兵")).toBe("本省高级人民法院");
    expect(courtRelation("兵0101", "兵")).toBe("本省高级人民法院");
    expect(courtRelation("兵0101", "新")).toBe("本省高级人民法院");
    expect(courtRelation("兵0101", "新01")).toBe("本省其他法院");
    expect(courtRelation("新0102", "兵")).toBe("本省高级人民法院");
    expect(courtRelation("新0102", "兵0101")).toBe("本省其他法院");
    expect(courtRelation("兵0101", "甘01")).toBe("外省法院");
    // An SPC judge: the SPC's own judgments first, every other court below it, unplaced.
    expect(courtRelation("最高法", "最高法")).toBe("最高人民法院");
    expect(courtRelation("最高法", "湘")).toBeUndefined();
    expect(COURT_RELATIONS.map(scopeRank)).toEqual([0, 1, 2, 2, 3, 3]);
    // A pre-2016 judgment of the judge's own court: its code cannot be compared, its name can.
    const own = { code: "京0105", name: "北京市朝阳区人民法院" };
    expect(placeCourt(own, { code: "朝", name: "北京市朝阳区人民法院" })).toBe("本院");
    expect(placeCourt(own, { code: "朝", name: "朝阳区人民法院" })).toBe("本院");
    expect(placeCourt(own, { code: "朝", name: "长春市朝阳区人民法院" })).toBe("外省法院");
    // Other pre-2016 judgments by their names' province and level (review15-reports).
    const guangzhou = { code: "粤0111" };
    expect(placeCourt(guangzhou, { code: "粤高法", name: "广东省高级人民法院" })).toBe("本省高级人民法院");
    expect(placeCourt(guangzhou, { name: "深圳市宝安区人民法院" })).toBe("本省其他法院");
    expect(placeCourt(guangzhou, { name: "广东省广州市中级人民法院" })).toBe("本省其他法院");
    expect(placeCourt(guangzhou, { name: "中华人民共和国最高人民法院" })).toBe("最高人民法院");
    expect(placeCourt(guangzhou, { name: "浙江省高级人民法院" })).toBe("外省法院");
    expect(placeCourt(guangzhou, { name: "某县人民法院" })).toBeUndefined();
    expect(placeCourt({}, { name: "广东省高级人民法院" })).toBeUndefined();
    expect(placeCourt(own, { code: "京03", name: "北京市第三中级人民法院" })).toBe("本省其他法院");
    expect(scopeRank(undefined)).toBe(3);
  });

  it("places the court one level up and the judge's own by the names the index gives them", () => {
    // A 玄武区 judge (苏0102): the index names 苏01 江苏省南京市中级人民法院 and 南京市中级人民法院.
    const xuanwu = {
      code: "苏0102",
      names: ["江苏省南京市玄武区人民法院"],
      superiorNames: ["江苏省南京市中级人民法院", "南京市中级人民法院"],
    };
    expect(placeCourt(xuanwu, { name: "南京市中级人民法院" })).toBe("上一级法院");
    expect(placeCourt(xuanwu, { name: "江苏省南京市中级人民法院" })).toBe("上一级法院");
    expect(placeCourt(xuanwu, { name: "南京市玄武区人民法院" })).toBe("本院");
    expect(placeCourt(xuanwu, { name: "江苏省苏州市中级人民法院" })).toBe("本省其他法院");
    expect(placeCourt(xuanwu, { name: "江苏省高级人民法院" })).toBe("本省高级人民法院");
    // An intermediate court's judge: the high court is 本省高级人民法院 first, as by code.
    const nanjing = { code: "苏01", superiorNames: ["江苏省高级人民法院"] };
    expect(placeCourt(nanjing, { name: "江苏省高级人民法院" })).toBe("本省高级人民法院");
    // Without the names, as before: the court one level up is not told by name.
    expect(placeCourt({ code: "苏0102" }, { name: "南京市中级人民法院" })).toBe("本省其他法院");
  });

  it("compares a pre-2016 number's one-character code by the court's name, not as a province's code", () => {
    // （2015）云刑初字 is 云龙县's own abbreviation, not 云南省高级人民法院's; （2014）宁刑初字 may be 宁城县's
    // (内蒙古) as well as 南京's.
    expect(placingCode("云", "（2015）云刑初字第9801号")).toBeUndefined();
    expect(placingCode("宁", "（2014）宁刑初字第21号")).toBeUndefined();
    expect(placingCode("云0102", "（2016）云0102刑初5号")).toBe("云0102");
    expect(placingCode("湘01", undefined)).toBe("湘01");
    expect(placingCode("锡", "（2013）锡民终字第9902号")).toBeUndefined();
    const kunming = { code: "云0102" };
    const county = "云南省云龙县人民法院";
    expect(placeCourt(kunming, { code: placingCode("云", "（2015）云刑初字第9801号"), name: county })).toBe(
      "本省其他法院",
    );
    const ningxia = { code: "宁0104" };
    expect(
      placeCourt(ningxia, { code: placingCode("宁", "（2014）宁刑初字第21号"), name: "宁城县人民法院" }),
    ).toBe(undefined);
    expect(
      placeCourt(ningxia, {
        code: placingCode("宁", "（2014）宁刑初字第21号"),
        name: "江苏省南京市中级人民法院",
      }),
    ).toBe("外省法院");
  });
});

describe("courtsNamed", () => {
  const indexed = [
    { name: "北京市朝阳区人民法院", codes: ["京0105"] },
    { name: "吉林省长春市朝阳区人民法院", codes: ["吉0104"] },
    { name: "南京市秦淮区人民法院", codes: ["苏0104"] },
    { name: "江苏省南京市秦淮区人民法院", codes: ["苏0104"] },
    { name: "中华人民共和国上海市闵行区人民法院", codes: [] },
    { name: "上海市闵行区人民法院", codes: ["沪0112"] },
    { name: "内蒙古五原县人民法院", codes: ["内0822"] },
    { name: "内蒙古自治区阿拉善左旗人民法院", codes: [] },
    { name: "内蒙古阿拉善左旗人民法院", codes: [] },
    { name: "睐安徽省宿松县人民法院", codes: ["皖0826"] },
    { name: "安徽省宿松县人民法院", codes: ["皖0826"] },
    { name: "中华人民共和国最高人民法院", codes: [] },
  ];
  const courts = (name: string) => courtsNamed(indexed, name).courts;

  it("finds a court written short, and tells two courts of one short name apart", () => {
    expect(courts("朝阳区人民法院")).toEqual(["北京市朝阳区人民法院", "吉林省长春市朝阳区人民法院"]);
    expect(courts("长春市朝阳区人民法院")).toEqual(["吉林省长春市朝阳区人民法院"]);
    expect(courts("火星市人民法院")).toEqual([]);
    // A bare spelling whose judgments bear another code is another court.
    const xinhua = [
      { name: "新华区人民法院", codes: ["冀0902"] },
      { name: "河南省平顶山市新华区人民法院", codes: ["豫0402"] },
    ];
    expect(courtsNamed(xinhua, "新华区人民法院").courts).toHaveLength(2);
  });

  it("counts one court under several spellings once", () => {
    expect(courts("秦淮区人民法院")).toEqual(["江苏省南京市秦淮区人民法院"]);
    expect(courts("闵行区人民法院")).toEqual(["中华人民共和国上海市闵行区人民法院"]);
    expect(courts("阿拉善左旗人民法院")).toEqual(["内蒙古自治区阿拉善左旗人民法院"]);
    // A stray character before one spelling: the same code says it is one court.
    expect(courts("宿松县人民法院")).toEqual(["睐安徽省宿松县人民法院"]);
    expect(courtsNamed(indexed, "宿松县人民法院").spellings).toHaveLength(2);
  });

  it("reads the state's name and short region names on either side", () => {
    expect(courts("五原县人民法院")).toEqual(["内蒙古五原县人民法院"]);
    expect(courts("内蒙古自治区五原县人民法院")).toEqual(["内蒙古五原县人民法院"]);
    expect(courts("最高人民法院")).toEqual(["中华人民共和国最高人民法院"]);
    expect(courts("中华人民共和国上海市闵行区人民法院")).toHaveLength(1);
    expect(canonicalCourtName("广西玉林市中级人民法院")).toBe("广西壮族自治区玉林市中级人民法院");
  });
});
