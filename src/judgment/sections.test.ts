import { describe, expect, it } from "vitest";
import { sectionSpans, sectionTexts } from "./sections.ts";

// Invented text in the form of a LeCaRD judgment flattened with spaces, whose disposition marker is
// written otherwise than 判决如下 (处理意见如下), so no disposition is found.
const NO_MARKER = [
  "某县人民法院 刑事判决书 （2018）某0101刑初1号",
  "公诉机关某县人民检察院。 被告人张某，男，1980年1月1日出生。",
  "某县人民检察院以某检刑诉〔2018〕1号起诉书指控被告人张某犯盗窃罪，于2018年3月1日向本院提起公诉。本院依法适用简易程序，公开开庭审理了本案。现已审理终结。",
  "经审理查明，2018年1月5日，被告人张某在某超市窃取香烟两条。",
  "本院认为，被告人张某以非法占有为目的，秘密窃取他人财物，其行为已构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，处理意见如下： 被告人张某犯盗窃罪，判处拘役三个月。",
  "如不服本判决，可于十日内向某市中级人民法院提出上诉。",
  "审判长王某 人民陪审员李某 二〇一八年四月一日 书记员赵某 附：相关法律条文 （条文从略）",
].join(" ");

describe("sectionSpans: a judgment whose disposition is not found", () => {
  it("ends the reasoning before the sign-off and what is appended after it", () => {
    const s = sectionTexts(NO_MARKER, sectionSpans(NO_MARKER));
    expect(s.reasoning).toMatch(/^本院认为.*提出上诉。$/);
    expect(s.footer).toMatch(/^审判长王某 人民陪审员李某 二〇一八年四月一日 书记员赵某 附：/);
  });

  it("does not take a clerk the reasoning mentions for the sign-off", () => {
    const text = NO_MARKER.replace("本院认为，", "本院认为，书记员的回避不影响本案审理，");
    expect(sectionTexts(text, sectionSpans(text)).reasoning).toMatch(/^本院认为，书记员的回避.*提出上诉。$/);
  });
});
