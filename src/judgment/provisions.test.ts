import { describe, expect, it } from "vitest";
import { provisionText, statuteKeyText } from "./provisions.ts";

describe("statuteKeyText", () => {
  it("writes a key as the provision a judge reads, the article in Chinese numerals", () => {
    expect(statuteKeyText("刑法#133-1")).toBe("《刑法》第一百三十三条之一");
    expect(statuteKeyText("刑法#264")).toBe("《刑法》第二百六十四条");
    expect(statuteKeyText("刑法")).toBe("《刑法》");
    expect(statuteKeyText("民事诉讼法（试行）")).toBe("《民事诉讼法（试行）》");
  });

  it("leaves a provision already written out as it is", () => {
    expect(statuteKeyText("《刑法》第二百六十四条")).toBe("《刑法》第二百六十四条");
    expect(statuteKeyText("《中华人民共和国刑法》第二百六十四条")).toBe(
      "《中华人民共和国刑法》第二百六十四条",
    );
    expect(statuteKeyText("刑法第264条")).toBe("刑法第264条");
  });
});

describe("provisionText", () => {
  it("writes a parsed provision with its added article and paragraph, as judgments do", () => {
    expect(provisionText({ law: "刑法", article: 133, subArticle: 1, paragraph: 1 })).toBe(
      "《刑法》第一百三十三条之一第一款",
    );
    expect(provisionText({ law: "刑法（1979年）", article: 132 })).toBe("1979年《刑法》第一百三十二条");
    expect(provisionText({ law: "道路交通安全法" })).toBe("《道路交通安全法》");
  });
});
