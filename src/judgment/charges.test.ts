import { describe, expect, it } from "vitest";
import {
  CRIMINAL_CHARGES,
  canonicalCharge,
  distinctCharges,
  selectiveChargeForm,
  sharedChargeText,
} from "./charges.ts";

describe("selectiveChargeForm: a selective charge in the judge's words", () => {
  it("keeps a form of a selective charge as typed, stage dropped, with 罪", () => {
    expect(selectiveChargeForm("贩卖毒品罪")).toBe("贩卖毒品罪");
    expect(selectiveChargeForm("贩卖、运输毒品")).toBe("贩卖、运输毒品罪");
    expect(selectiveChargeForm("贩卖毒品罪（未遂）")).toBe("贩卖毒品罪");
    expect(selectiveChargeForm("拐卖儿童罪")).toBe("拐卖儿童罪");
  });

  it("has none for a listed name, an alias, a charge of one act, or no charge", () => {
    expect(selectiveChargeForm("走私、贩卖、运输、制造毒品罪")).toBeUndefined();
    expect(selectiveChargeForm("盗窃")).toBeUndefined();
    expect(selectiveChargeForm("欺诈发行股票、债券罪")).toBeUndefined();
    expect(selectiveChargeForm("非法吸收存款罪")).toBeUndefined();
    expect(selectiveChargeForm("不存在的罪")).toBeUndefined();
  });

  it("is shown with the listed charge both are of", () => {
    expect(sharedChargeText("贩卖毒品罪", "走私、贩卖、运输、制造毒品罪")).toBe(
      "贩卖毒品罪（同属走私、贩卖、运输、制造毒品罪）",
    );
    expect(sharedChargeText("盗窃罪", undefined)).toBe("盗窃罪");
  });
});

describe("the charge catalogue after 补充规定（七） (刑法修正案（十一）)", () => {
  it("recognises the new charges in judgments", () => {
    expect(distinctCharges("被告人张某犯高空抛物罪，判处拘役四个月。")).toEqual(["高空抛物罪"]);
    expect(distinctCharges("公诉机关指控被告人李某犯袭警罪、妨害安全驾驶罪。")).toEqual([
      "袭警罪",
      "妨害安全驾驶罪",
    ]);
    expect(distinctCharges("被告人王某犯催收非法债务罪，判处有期徒刑一年。")).toEqual(["催收非法债务罪"]);
    expect(canonicalCharge("组织参与国（境）外赌博罪")).toBe("组织参与国（境）外赌博罪");
    for (const name of [
      "危险作业罪",
      "妨害药品管理罪",
      "负有照护职责人员性侵罪",
      "冒名顶替罪",
      "妨害兴奋剂管理罪",
    ])
      expect(CRIMINAL_CHARGES).toContain(name);
  });

  it("maps renamed and merged charges to their current names, so old and new judgments match", () => {
    expect(canonicalCharge("生产、销售假药罪")).toBe("生产、销售、提供假药罪");
    expect(canonicalCharge("销售假药罪")).toBe("生产、销售、提供假药罪");
    expect(canonicalCharge("欺诈发行股票、债券罪")).toBe("欺诈发行证券罪");
    expect(canonicalCharge("强令违章冒险作业罪")).toBe("强令、组织他人违章冒险作业罪");
    expect(canonicalCharge("非法收购、运输、出售珍贵、濒危野生动物、珍贵、濒危野生动物制品罪")).toBe(
      "危害珍贵、濒危野生动物罪",
    );
    expect(canonicalCharge("非法猎捕、杀害珍贵、濒危野生动物罪")).toBe("危害珍贵、濒危野生动物罪");
    expect(canonicalCharge("非法采伐、毁坏国家重点保护植物罪")).toBe("危害国家重点保护植物罪");
    expect(CRIMINAL_CHARGES).not.toContain("生产、销售假药罪");
    expect(new Set(CRIMINAL_CHARGES).size).toBe(CRIMINAL_CHARGES.length);
  });

  it("reads 刺探 as the law writes it, and the common misprint 剌探 as the same charge", () => {
    const name = "为境外窃取、刺探、收买、非法提供国家秘密、情报罪";
    expect(canonicalCharge(name)).toBe(name);
    expect(canonicalCharge("为境外刺探国家秘密罪")).toBe(name);
    expect(canonicalCharge("为境外窃取、剌探、收买、非法提供国家秘密、情报罪")).toBe(name);
    expect(canonicalCharge("为境外刺探、非法提供军事秘密罪")).toBe(
      "为境外窃取、刺探、收买、非法提供军事秘密罪",
    );
  });
});

describe("canonicalCharge: names as judgments write them", () => {
  it("reads older names, added words, notes, 国边境 and reordered drug crimes as the listed charge", () => {
    expect(canonicalCharge("非法侵入他人住宅罪")).toBe("非法侵入住宅罪");
    expect(canonicalCharge("偷税罪")).toBe("逃税罪");
    expect(canonicalCharge("妨碍公务罪")).toBe("妨害公务罪");
    expect(canonicalCharge("向非国家工作人员行贿罪")).toBe("对非国家工作人员行贿罪");
    expect(canonicalCharge("积极参加黑社会性质组织罪")).toBe("组织、领导、参加黑社会性质组织罪");
    expect(canonicalCharge("故意伤害（致死）罪")).toBe("故意伤害罪");
    expect(canonicalCharge("组织他人偷越国边境罪")).toBe("组织他人偷越国（边）境罪");
    expect(canonicalCharge("运送他人偷越国境罪")).toBe("运送他人偷越国（边）境罪");
    expect(canonicalCharge("运输、贩卖毒品罪")).toBe("走私、贩卖、运输、制造毒品罪");
  });

  it("keeps the one listed name with 国境 alone (妨害国境卫生检疫罪, §332), however the bracket is written", () => {
    expect(canonicalCharge("妨害国境卫生检疫罪")).toBe("妨害国境卫生检疫罪");
    expect(canonicalCharge("妨害国（边）境卫生检疫罪")).toBe("妨害国境卫生检疫罪");
    expect(canonicalCharge("妨害国境卫生检疫")).toBe("妨害国境卫生检疫罪");
  });
});

describe("canonicalCharge: names of the 1979 Criminal Law", () => {
  it("maps old names to today's charges, and reads 走私罪 as none (not 走私毒品罪)", () => {
    expect(canonicalCharge("商业受贿罪")).toBe("非国家工作人员受贿罪");
    expect(canonicalCharge("操纵证券交易价格罪")).toBe("操纵证券、期货市场罪");
    expect(canonicalCharge("非法采伐国家重点保护植物罪")).toBe("危害国家重点保护植物罪");
    expect(canonicalCharge("走私罪")).toBeUndefined();
  });
});
