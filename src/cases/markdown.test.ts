import { describe, expect, it } from "vitest";
import { markdownText } from "./markdown.ts";

// Invented snippets in the form pandoc gave the collections' pages.
describe("markdownText", () => {
  it("keeps a raw-attribute span's content and drops its marker, with or without =", () => {
    expect(markdownText("《关于适用`<中华人民共和国民法典>`{=html}的解释》第二条")).toBe(
      "《关于适用<中华人民共和国民法典>的解释》第二条",
    );
    expect(markdownText("《关于`<中华人民共和国刑法>`{html}某章的解释》")).toBe(
      "《关于<中华人民共和国刑法>某章的解释》",
    );
  });

  it("keeps a link's text and drops its URL and title", () => {
    expect(markdownText("注：鉴于[法释〔2099〕1号](http://example.org/a.htm)解释第三条")).toBe(
      "注：鉴于法释〔2099〕1号解释第三条",
    );
    expect(markdownText('与《[张某盗窃案](http://example.org/b.htm "第9号")》不一致')).toBe(
      "与《张某盗窃案》不一致",
    );
    expect(markdownText("[李某某诈骗案]{.underline}")).toBe("李某某诈骗案");
  });

  it("drops an image, and does not read escaped brackets as a link", () => {
    expect(markdownText("如下图。\n![](http://example.org/c.jpg)\n张某")).toBe("如下图。\n\n张某");
    expect(markdownText("某工商案字\\[2099\\]第1号(见附件)")).toBe("某工商案字[2099]第1号(见附件)");
  });

  it("unescapes ASCII punctuation only", () => {
    expect(markdownText("G\\*公司、1+1\\<2、\\_、140mg\\\\100ml、第5页\\~第6页")).toBe(
      "G*公司、1+1<2、_、140mg\\100ml、第5页~第6页",
    );
    expect(markdownText("（7+3)\\2")).toBe("（7+3)\\2");
  });

  it("drops bold and heading marks but keeps asterisks that mask a number or a name", () => {
    expect(markdownText("### **【第9号】张某盗窃案**\n**关键词**  刑事/盗窃")).toBe(
      "【第9号】张某盗窃案\n关键词  刑事/盗窃",
    );
    expect(markdownText("##\u3000第9号张某案")).toBe("第9号张某案");
    expect(markdownText("号码021-****1234，被告人张某、***等3人，在**")).toBe(
      "号码021-****1234，被告人张某、***等3人，在**",
    );
  });

  it("reads HTML pandoc kept: breaks and table rows end lines, cells are spaced, entities decoded", () => {
    expect(markdownText("量刑。2<br>\n\n我们认为")).toBe("量刑。2\n\n\n我们认为");
    expect(
      markdownText(
        "<table><tbody><tr><td>罪名</td><td>标准</td></tr><tr><td>甲罪</td><td>1万元</td></tr></tbody></table>",
      ),
    ).toBe("罪名 标准\n甲罪 1万元\n");
    expect(markdownText("《关于适用<</span>某决定>的解释》")).toBe("《关于适用<某决定>的解释》");
    expect(markdownText("A&amp;B &lt;某法&gt; &#8220;")).toBe("A&B <某法> \u201c");
  });
});
