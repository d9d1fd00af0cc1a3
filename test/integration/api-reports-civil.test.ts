/**
 * A civil division's retrieval (review17-civil): /similar and a filed report for a civil pending case,
 * exported as HTML and DOCX, show each case's disposition with the sum awarded beside the sum claimed,
 * list a guiding case and its 公报 reprint (no number of its own) once, and set cases that upheld and
 * dismissed the same cause side by side.
 */
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { parseCaseNumber } from "../../src/judgment/case-number.ts";
import type { JudgmentRecord } from "../../src/judgment/record.ts";
import { indexedApi, record, TOKENS } from "./api-fixtures.ts";

const FACTS =
  "原告在被告经营的超市购买进口奶粉十罐，支付货款5000元。该商品没有中文标签，不符合食品安全标准，原告请求被告退还货款并支付价款十倍的赔偿金。";
const CAUSE = "产品销售者责任纠纷";

function civil(id: string, over: Partial<JudgmentRecord>): JudgmentRecord {
  return record({
    id,
    category: "民事",
    causes: [CAUSE],
    court: "上海市浦东新区人民法院",
    courtLevel: "基层",
    decisionDate: "2024-05-01",
    sections: {
      facts: FACTS,
      reasoning: "本院认为，销售者销售不符合食品安全标准的食品，消费者可以要求支付价款十倍的赔偿金。",
      disposition: "被告于本判决生效之日起十日内支付原告赔偿金50000元。",
    },
    text: FACTS,
    ...over,
  });
}

describe("a civil judge's similar cases and retrieval report", () => {
  const { api } = indexedApi("apicivil", [
    civil("guiding-23", {
      tier: "guiding",
      title: "指导案例23号：孙立川诉某某超市有限公司某分店买卖合同纠纷案",
      caseNumber: parseCaseNumber("（2012）江宁开民初字第1357号"),
      court: "江苏省南京市江宁区人民法院",
      decisionDate: "2012-09-10",
      keyHoldings: "消费者买到不符合食品安全标准的食品，请求销售者按价款的十倍赔偿的，应予支持。",
      outcome: { civil: { disposition: "upheld", amounts: [5586], totalAwarded: 5586, claimed: 5586 } },
    }),
    civil("gazette-23", {
      tier: "typical",
      title: "孙立川诉某某超市有限公司某分店买卖合同纠纷案",
      court: "南京市江宁区人民法院",
      decisionDate: "2012-09-10",
      outcome: { civil: { disposition: "upheld", amounts: [5586], totalAwarded: 5586 } },
    }),
    civil("partly", {
      caseNumber: parseCaseNumber("（2023）沪0115民初101号"),
      outcome: {
        civil: { disposition: "partly_upheld", amounts: [40000], totalAwarded: 40000, claimed: 50000 },
      },
    }),
    civil("dismissed", {
      caseNumber: parseCaseNumber("（2023）沪01民终202号"),
      court: "上海市第一中级人民法院",
      courtLevel: "中级",
      sections: {
        facts: FACTS,
        reasoning: "本院认为，原告明知商品无中文标签仍大量购买，不属于为生活消费需要购买。",
        disposition: "驳回上诉，维持原判。",
      },
      outcome: { civil: { disposition: "dismissed", amounts: [] }, appeal: "affirmed" },
    }),
  ]);

  it("/similar shows each civil case's disposition and award against the claim, a reprint once", async () => {
    const res = await api.call("/api/v1/similar", { body: { facts: FACTS, causes: [CAUSE], size: 10 } });
    expect(res.status).toBe(200);
    const cases = res.body.groups.flatMap((g: { cases: unknown[] }) => g.cases) as Array<{
      id: string;
      why: { outcome?: string };
    }>;
    const outcome = (id: string) => cases.find((c) => c.id === id)?.why.outcome;
    expect(cases.map((c) => c.id).sort()).toEqual(["dismissed", "guiding-23", "partly"]);
    expect(outcome("partly")).toBe("部分支持诉讼请求，判决金额 40,000 元（诉请 50,000 元的 80%）");
    expect(outcome("dismissed")).toBe("维持原判：驳回诉讼请求");
  });

  it("a filed report lists the reprint once, shows outcomes and the civil divergence, in HTML and DOCX", async () => {
    const res = await api.call("/api/v1/reports", {
      body: {
        trigger: "no_clear_rule",
        pendingCase: {
          caseNumber: "（2025）京0108民初777号",
          court: "北京市海淀区人民法院",
          facts: FACTS,
          causes: [CAUSE],
          disputedIssues: ["知假买假者是否属于消费者"],
        },
        // The keyword search finds the reprint too.
        queries: [{ method: "keyword", q: "孙立川" }],
      },
    });
    expect(res.status).toBe(201);
    const report = res.body;
    const listed = report.tiers.flatMap((t: { cases: Array<{ id: string }> }) => t.cases.map((c) => c.id));
    expect(listed).toContain("guiding-23");
    expect(listed).not.toContain("gazette-23");
    const civilDivergence = report.divergence.find((d: { kind?: string }) => d.kind === "civil_disposition");
    expect(civilDivergence?.cases.map((c: { id: string }) => c.id).sort()).toEqual([
      "dismissed",
      "guiding-23",
      "partly",
    ]);

    const get = (format: string) =>
      fetch(`${api.url}/api/v1/reports/${report.id}/export?format=${format}`, {
        headers: { authorization: `Bearer ${TOKENS.judge}` },
      });
    const html = await (await get("html")).text();
    const docx = (
      await mammoth.extractRawText({ buffer: Buffer.from(await (await get("docx")).arrayBuffer()) })
    ).value;
    for (const text of [html, docx]) {
      expect(text).toContain("部分支持诉讼请求，判决金额 40,000 元（诉请 50,000 元的 80%）");
      expect(text).toContain("维持原判：驳回诉讼请求");
      expect(text).toContain("六、当事人提交的案例及回应");
      expect(text).not.toContain("公诉机关");
    }
  });
});
