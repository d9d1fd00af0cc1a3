import { describe, expect, it } from "vitest";
import { emptyRecord } from "../judgment/record.ts";
import { type ResultCard, toJudgmentDocument } from "../search/documents.ts";
import { readBinary } from "../search/hits.ts";
import { toReportCase } from "./build.ts";

describe("toReportCase", () => {
  it("quotes a case's holding, or else its reasoning, as its result card does", () => {
    const reasoning = `本院认为，被告人醉酒驾驶机动车，其行为已构成危险驾驶罪。${"经查".repeat(200)}`;
    const holdings = `醉酒驾驶机动车的，依法以危险驾驶罪定罪处罚。${"裁判要点".repeat(100)}`;
    const plain = emptyRecord({
      id: "c1",
      source: "test",
      tier: "ordinary",
      text: reasoning,
      sections: { reasoning },
    });
    for (const record of [plain, { ...plain, id: "c2", keyHoldings: holdings }]) {
      const doc = toJudgmentDocument(record);
      const card = readBinary<ResultCard>(
        { _index: "i", fields: { card: [doc.card] } },
        "card",
      ) as ResultCard;
      const reported = toReportCase(doc, undefined);
      if (record.keyHoldings) {
        expect(reported).toMatchObject({ keyHolding: card.holdingExcerpt, keyHoldingSource: "holding" });
      } else {
        expect(reported).toMatchObject({
          keyHolding: card.reasoningExcerpt,
          keyHoldingSource: "reasoning_excerpt",
        });
      }
      expect(reported.keyHolding).toMatch(/…$/);
    }
  });

  it("places the case's court relative to the judge's when both codes are known", () => {
    const doc = { id: "c", courtCode: "湘01" };
    expect(toReportCase(doc, undefined, { code: "湘0103" }).courtRelation).toBe("上一级法院");
    expect(toReportCase(doc, undefined, {})).not.toHaveProperty("courtRelation");
  });
});
