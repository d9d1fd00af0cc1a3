import { describe, expect, it } from "vitest";
import { sectionSpans, sectionTexts } from "./sections.ts";

// Invented text in the form of a LeCaRD judgment flattened with spaces, whose ruling was lost in
// publication (the legal basis and its marker are missing), so no disposition is found.
const NO_MARKER = [
  "某县人民法院 刑事判决书 （2018）某0101刑初1号",
  "公诉机关某县人民检察院。 被告人张某，男，1980年1月1日出生。",
  "某县人民检察院以某检刑诉〔2018〕1号起诉书指控被告人张某犯盗窃罪，于2018年3月1日向本院提起公诉。本院依法适用简易程序，公开开庭审理了本案。现已审理终结。",
  "经审理查明，2018年1月5日，被告人张某在某超市窃取香烟两条。",
  "本院认为，被告人张某以非法占有为目的，秘密窃取他人财物，其行为已构成盗窃罪。本院 （刑期从判决执行之日起计算。）",
  "如不服本判决，可于十日内向某市中级人民法院提出上诉。",
  "审判长王某 人民陪审员李某 二〇一八年四月一日 书记员赵某 附：相关法律条文 （条文从略）",
].join(" ");

describe("sectionSpans: a judgment whose disposition is not found", () => {
  it("ends the reasoning before the sign-off and what is appended after it", () => {
    const s = sectionTexts(NO_MARKER, sectionSpans(NO_MARKER));
    expect(s.reasoning).toMatch(/^本院认为.*提出上诉。$/);
    expect(s.footer).toMatch(/^审判长王某 人民陪审员李某 二〇一八年四月一日 书记员赵某 附：/);
  });

  it.each(["二0一八年", "二○一八年", "二O一八年"])(
    "finds the sign-off dated %s, its zero a look-alike",
    (year) => {
      const text = NO_MARKER.replace("二〇一八年", year);
      expect(sectionTexts(text, sectionSpans(text)).footer).toMatch(/^审判长王某 人民陪审员李某 二/);
    },
  );

  it("does not take a clerk the reasoning mentions for the sign-off", () => {
    const text = NO_MARKER.replace("本院认为，", "本院认为，书记员的回避不影响本案审理，");
    expect(sectionTexts(text, sectionSpans(text)).reasoning).toMatch(/^本院认为，书记员的回避.*提出上诉。$/);
  });
});

/** The same judgment with its closing sentence (legal basis, marker and ruling) given. */
const closing = (basisAndRuling: string) =>
  NO_MARKER.replace("本院 （刑期从判决执行之日起计算。）", basisAndRuling);

describe("sectionSpans: the disposition marker however a court writes it", () => {
  it.each([
    [
      "处理意见如下",
      "依照《中华人民共和国刑法》第二百六十四条之规定，处理意见如下： 被告人张某犯盗窃罪，判处拘役三个月。",
    ],
    [
      "判决意见如下",
      "依照《中华人民共和国刑法》第二百六十四条之规定，判决意见如下： 被告人张某犯盗窃罪，判处拘役三个月。",
    ],
    [
      "意见如下",
      "依照《中华人民共和国刑法》第二百六十四条之规定，意见如下： 被告人张某犯盗窃罪，判处拘役三个月。",
    ],
    [
      "合议如下",
      "依照《中华人民共和国刑法》第二百六十四条之规定，合议如下： 被告人张某犯盗窃罪，判处拘役三个月。",
    ],
    [
      "判决以下",
      "依照《中华人民共和国刑法》第二百六十四条规定，判决以下： 被告人张某犯盗窃罪，判处拘役三个月。",
    ],
    [
      "判决如 下",
      "依照《中华人民共和国刑法》第二百六十四条之规定，判决如 下： 被告人张某犯盗窃罪，判处拘役三个月。",
    ],
    [
      "判决如\\n下",
      "依照《中华人民共和国刑法》第二百六十四条之规定，判决如\n下： 被告人张某犯盗窃罪，判处拘役三个月。",
    ],
    [
      "no marker after 之规定",
      "依照《中华人民共和国刑法》第二百六十四条之规定 被告人张某犯盗窃罪，判处拘役三个月。",
    ],
    [
      "no marker after an article",
      "依照《中华人民共和国刑法》第二百六十四条、第五十二条 被告人张某犯盗窃罪，判处拘役三个月。",
    ],
    ["之规定；", "依照《中华人民共和国刑法》第二百六十四条之规定； 一、被告人张某犯盗窃罪，判处拘役三个月。"],
  ])("%s", (_, basisAndRuling) => {
    const text = closing(basisAndRuling);
    const s = sectionTexts(text, sectionSpans(text));
    expect(s.reasoning).toMatch(/构成盗窃罪。$/);
    expect(s.legalBasis).toMatch(/^依照《中华人民共和国刑法》第二百六十四条/);
    expect(s.disposition).toMatch(/^(?:一、)?被告人张某犯盗窃罪，判处拘役三个月。$/);
    expect(s.appealNotice).toMatch(/^如不服本判决/);
  });

  it("does not read a defence's 意见如下 or a ruling the reasoning tells in passing as the marker", () => {
    const text = closing(
      "辩护人的意见如下： 被告人张某系初犯。公诉机关建议对被告人张某判处拘役三个月的意见，本院予以采纳。",
    );
    const s = sectionTexts(text, sectionSpans(text));
    expect(s.disposition).toBeUndefined();
    expect(s.reasoning).toMatch(/本院予以采纳。/);
  });
});

describe("sectionSpans: an appeal that quotes the first instance's 判决如下 and reasons without 本院认为", () => {
  const appeal = (own: string) =>
    [
      "某市中级人民法院 刑事判决书 （2019）某01刑终5号",
      "原公诉机关某县人民检察院。 上诉人（原审被告人）张某，男，1980年1月1日出生。",
      "某县人民法院审理某县人民检察院指控原审被告人张某犯诈骗罪一案，于2019年2月1日作出（2018）某0101刑初9号刑事判决。原审被告人张某不服，提出上诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。",
      "原审法院经审理查明，2018年张某虚构投资项目骗取李某十万元。",
      "原审法院认为，张某的行为构成诈骗罪。依照《中华人民共和国刑法》第二百六十六条之规定，判决如下：一、被告人张某犯诈骗罪，判处有期徒刑三年；二、责令被告人张某退赔李某十万元。",
      "上诉人张某上诉提出，其已退赔部分款项。",
      own,
      "对于上诉人张某的上诉意见，本院评判如下：张某已退赔三万元，属实。",
      "依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（三）项之规定，判决如下：",
      "一、维持某县人民法院（2018）某0101刑初9号刑事判决第一项；二、撤销该判决第二项；三、责令张某退赔李某七万元。",
      "本判决为终审判决。 审判长王某 二〇一九年五月一日 书记员赵某",
    ].join(" ");

  it.each([
    ["本院经审理查明，", "本院经审理查明，原审认定的事实属实；张某已退赔三万元。"],
    ["经二审审理查明：", "经二审审理查明：张某已退赔三万元。"],
    ["a named court's findings", "某市中级人民法院经审理后查明：张某已退赔三万元。"],
  ])("takes this court's own marker after its findings (%s)", (_, own) => {
    const s = sectionTexts(appeal(own), sectionSpans(appeal(own)));
    expect(s.disposition).toMatch(/^一、维持.*七万元。$/);
    expect(s.appealNotice).toBe("本判决为终审判决。");
  });
});
