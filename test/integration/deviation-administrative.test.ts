/**
 * The deviation check of an administrative case (POST /api/v1/deviation) against a real
 * Elasticsearch: the proposed ruling on the act sued compared with the similar administrative
 * cases' rulings, and a proposal of another kind of case refused on its field.
 */
import { describe, expect, it } from "vitest";
import type { AdministrativeDisposition } from "../../src/judgment/record.ts";
import { indexedApi, record } from "./api-fixtures.ts";

const FACTS =
  "原告在某路段经营流动摊点，被告某区城市管理行政执法局以其占道经营为由作出罚款二千元、没收经营工具的行政处罚决定，原告不服，诉请撤销该行政处罚决定。";

function administrative(id: string, dispositions: AdministrativeDisposition[]) {
  const facts = `原告${id}在某路段经营流动摊点，被告某区城市管理行政执法局以其占道经营为由作出罚款、没收经营工具的行政处罚决定，原告不服，诉请撤销。`;
  return record({
    id,
    title: `${id}诉某区城市管理行政执法局行政处罚一案`,
    category: "行政",
    causes: ["行政处罚"],
    sections: { facts, disposition: "判决如下：……" },
    outcome: dispositions.length > 0 ? { administrative: { dispositions } } : {},
    decisionDate: "2019-05-01",
    text: facts,
  });
}

describe("POST /api/v1/deviation for an administrative case", () => {
  const { api } = indexedApi("devadmin", [
    ...Array.from({ length: 5 }, (_, i) => administrative(`撤${i}`, ["revoked"])),
    administrative("撤重", ["revoked", "remake"]),
    administrative("驳1", ["dismissed"]),
    administrative("维1", []),
  ]);

  it("compares the proposed ruling with the similar cases' rulings on the act sued", async () => {
    const usual = await api.call("/api/v1/deviation", {
      body: { facts: FACTS, causes: ["行政处罚"], proposed: { administrativeDisposition: "revoked" } },
    });
    expect(usual.status, JSON.stringify(usual.body)).toBe(200);
    expect(usual.body).toMatchObject({
      level: "none",
      comparedTo: { size: 8, administrativeShares: { revoked: 0.8571 } },
    });
    expect(usual.body.reason).toBe(
      "拟判结果处于 7 件行政类案的通常范围内：86% 作出“撤销被诉行政行为”的裁判。" +
        "另有 1 件类案未载明对被诉行政行为的裁判（如二审维持原判），未计入比较。",
    );
    const shown = usual.body.similarCases.find((c: { id: string }) => c.id === "撤重");
    expect(shown.administrative).toEqual(["revoked", "remake"]);

    // An act of the catalogue typed with 纠纷 is that act (罚款, a 行政处罚), as /similar reads it: the
    // same comparison, where it had been refused as a civil case's administrative ruling (400).
    const typed = await api.call("/api/v1/deviation", {
      body: { facts: FACTS, causes: ["罚款纠纷"], proposed: { administrativeDisposition: "revoked" } },
    });
    expect(typed.status, JSON.stringify(typed.body)).toBe(200);
    expect(typed.body.reason).toBe(usual.body.reason);
    expect(typed.body.comparedTo).toEqual(usual.body.comparedTo);

    const novel = await api.call("/api/v1/deviation?figures=true", {
      body: {
        facts: FACTS,
        causes: ["行政处罚"],
        proposed: { administrativeDisposition: "confirmed_illegal" },
      },
    });
    expect(novel.body).toMatchObject({ level: "warning", suggestJudgesMeeting: true });
    expect(novel.body.reason).toMatch(
      /^可能形成新的裁判标准：7 件行政类案均未作出“确认被诉行政行为违法”的裁判/,
    );
    // The chart marks the proposed ruling among the similar cases' rulings, by its Chinese name.
    const chart = novel.body.figures.find((f: string) => f.includes("行政裁判结果分布"));
    expect(chart).toContain("确认被诉行政行为违法");
  });

  it("refuses a civil result or a penalty for an administrative case, and an administrative ruling for another, on the field", async () => {
    const cases: [unknown, string, RegExp][] = [
      [
        { facts: FACTS, causes: ["行政处罚"], proposed: { civilDisposition: "upheld" } },
        "proposed.civilDisposition",
        /^行政案件（案由：行政处罚）请填写行政裁判结果/,
      ],
      [
        { facts: FACTS, causes: ["行政处罚"], proposed: { penalty: "拘役", months: 2 } },
        "proposed.penalty",
        /^行政案件/,
      ],
      [
        { facts: FACTS, causes: ["民间借贷纠纷"], proposed: { administrativeDisposition: "revoked" } },
        "proposed.administrativeDisposition",
        /^民事案件/,
      ],
      [
        { facts: FACTS, charges: ["盗窃罪"], proposed: { administrativeDisposition: "revoked" } },
        "proposed.administrativeDisposition",
        /^刑事案件/,
      ],
      [
        { facts: FACTS, causes: ["行政处罚"], proposed: { administrativeDisposition: "withdrawn" } },
        "proposed.administrativeDisposition",
        /./,
      ],
    ];
    for (const [body, path, message] of cases) {
      const res = await api.call("/api/v1/deviation", { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details[0].path, JSON.stringify(res.body)).toBe(path);
      expect(res.body.error.details[0].message).toMatch(message);
    }
  });
});

describe("POST /api/v1/deviation for an administrative case with its statutes", () => {
  const PENALTY =
    "原告被被告某公安局交通警察支队以驾驶机动车违法为由处以罚款二百元的行政处罚，原告不服，诉请撤销该行政处罚决定。";

  const penalty = (id: string, law: string, article: number, disposition: AdministrativeDisposition) => {
    const facts = `原告${id}被被告以违法为由处以罚款的行政处罚，原告不服，诉请撤销该行政处罚决定。`;
    return record({
      id,
      title: `${id}诉某局行政处罚一案`,
      category: "行政",
      causes: ["行政处罚"],
      statutes: [{ law, article }],
      sections: { facts, disposition: "判决如下：……" },
      outcome: { administrative: { dispositions: [disposition] } },
      decisionDate: "2019-05-01",
      text: facts,
    });
  };

  const { api } = indexedApi("devadminlaw", [
    // Five traffic penalties upheld, four customs penalties and two citing only procedure set aside.
    ...Array.from({ length: 5 }, (_, i) =>
      penalty(`交${i}`, "中华人民共和国道路交通安全法", 90, "dismissed"),
    ),
    ...Array.from({ length: 4 }, (_, i) => penalty(`关${i}`, "中华人民共和国海关法", 86, "revoked")),
    ...Array.from({ length: 2 }, (_, i) => penalty(`程${i}`, "中华人民共和国行政诉讼法", 70, "revoked")),
  ]);

  it("compares with the similar cases of the law the pending case applies when 5 remain, else with all and says so", async () => {
    const body = (statutes?: string[]) => ({
      facts: PENALTY,
      causes: ["行政处罚"],
      ...(statutes ? { statutes } : {}),
      proposed: { administrativeDisposition: "revoked" },
    });
    const traffic = await api.call("/api/v1/deviation", {
      body: body(["《中华人民共和国道路交通安全法》第九十条"]),
    });
    expect(traffic.status, JSON.stringify(traffic.body)).toBe(200);
    expect(traffic.body).toMatchObject({ level: "warning", comparedTo: { size: 5 } });
    expect(traffic.body.reason).toBe(
      "可能形成新的裁判标准：5 件行政类案均未作出“撤销被诉行政行为”的裁判，最多的是“驳回诉讼请求”（占 100%）。" +
        "仅比较与本案适用同一实体法《道路交通安全法》的 5 件类案。",
    );
    expect(traffic.body.similarCases.map((c: { id: string }) => c.id).sort()).toEqual([
      "交0",
      "交1",
      "交2",
      "交3",
      "交4",
    ]);

    // No statutes: all eleven, as before.
    const all = await api.call("/api/v1/deviation", { body: body() });
    expect(all.body).toMatchObject({ level: "none", comparedTo: { size: 11 } });

    // Four customs cases only: all eleven, and the reason says why.
    const customs = await api.call("/api/v1/deviation", { body: body(["海关法#86"]) });
    expect(customs.body).toMatchObject({ level: "none", comparedTo: { size: 11 } });
    expect(customs.body.reason).toContain(
      "与本案适用同一实体法《海关法》的类案仅 4 件，不足 5 件，故与全部 11 件同案由类案比较，",
    );

    const wrong = await api.call("/api/v1/deviation", { body: body(["第90条"]) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe("statutes.0");
  });
});
