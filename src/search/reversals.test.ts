import { describe, expect, it } from "vitest";
import { generateJudgments } from "../../indexer/generate.ts";
import { judgmentId } from "../judgment/identity.ts";
import { parseJudgment } from "../judgment/parse.ts";
import type { JudgmentRecord } from "../judgment/record.ts";
import { toJudgmentDocument } from "./documents.ts";
import {
  type EarlierDoc,
  instanceFields,
  type LaterDoc,
  planReversals,
  type ReversalEvidence,
  reversalChange,
  reversalEvidence,
  ruled,
} from "./reversals.ts";

const first: EarlierDoc = {
  id: "first",
  caseNumbers: ["（2018）湘0103刑初156号"],
  courtCode: "湘0103",
  caseYear: 2018,
  court: "湖南省长沙市天心区人民法院",
  status: "effective",
  record: { status: "effective" },
};

function later(id: string, over: Partial<LaterDoc> & { disposition: string; appeal?: string }): LaterDoc {
  const { disposition, appeal = "amended", ...rest } = over;
  return {
    id,
    caseNumber: `（2018）湘01刑终${id.length}号`,
    courtCode: "湘01",
    caseYear: 2018,
    court: "湖南省长沙市中级人民法院",
    procedure: "二审",
    decisionDate: "2018-12-01",
    record: {
      procedure: "二审",
      priorCaseNumbers: ["(2018)湘0103刑初156号"],
      outcome: { appeal: appeal as "amended" },
      sections: { disposition },
    },
    ...rest,
  };
}

const QUASH = "撤销天心区人民法院（2018）湘0103刑初156号刑事判决对原审被告人曾峰远的量刑部分";

describe("reversalEvidence", () => {
  it("takes a later instance that quashes one of the judgment's numbers, whatever its brackets", () => {
    expect(reversalEvidence(first, [ruled(later("appeal", { disposition: QUASH }))])).toEqual([
      {
        id: "appeal",
        caseNumber: "（2018）湘01刑终6号",
        court: "湖南省长沙市中级人民法院",
        decisionDate: "2018-12-01",
        result: "amended",
        cites: "(2018)湘0103刑初156号",
        clause: QUASH,
      },
    ]);
  });

  it("checks the courts as /related does: a pre-2016 number of another province is another judgment", () => {
    const legacy: EarlierDoc = {
      id: "legacy",
      caseNumbers: ["（2014）北刑初字第880号"],
      court: "河北省保定市北市区人民法院",
      courtLevel: "基层",
      caseYear: 2014,
    };
    const elsewhere = later("elsewhere", {
      court: "江西省赣州市中级人民法院",
      courtCode: "赣中",
      courtLevel: "中级",
      caseYear: 2014,
      disposition: "撤销（2014）北刑初字第880号刑事判决",
    });
    (elsewhere.record as { priorCaseNumbers: string[] }).priorCaseNumbers = ["（2014）北刑初字第880号"];
    expect(reversalEvidence(legacy, [ruled(elsewhere)])).toEqual([]);
    // An appeal does not reverse a judgment of a higher court bearing the number.
    expect(
      reversalEvidence({ ...first, courtCode: "湘01" }, [
        ruled(later("up", { courtCode: "湘0104", disposition: QUASH })),
      ]),
    ).toEqual([]);
  });

  it("takes a remand the retrial's history tells of an appeal judgment, though the retrial is a lower court's", () => {
    // （2014）郑刑一终字第82号, quashed on retrial and sent back to the basic court that tried it first.
    const appealJudgment: EarlierDoc = {
      id: "a44",
      caseNumbers: ["（2014）郑刑一终字第82号"],
      caseYear: 2014,
      procedure: "二审",
      courtLevel: "中级",
      court: "河南省郑州市中级人民法院",
      status: "effective",
    };
    const retrial: LaterDoc = {
      id: "retrial",
      caseNumber: "（2017）豫0182刑初391号",
      typeCode: "刑初",
      procedure: "一审",
      courtLevel: "基层",
      court: "河南省荥阳市人民法院",
      caseYear: 2017,
      record: {
        procedure: "一审",
        priorCaseNumbers: ["（2013）荥刑初字第876号", "（2014）郑刑一终字第82号", "（2014）郑刑再字第3号"],
        outcome: {},
        sections: {
          history:
            "本院于2013年12月12日作出（2013）荥刑初字第876号刑事判决，宣判后，被告人提出上诉。郑州市中级人民法院于2014年6月25日作出（2014）郑刑一终字第82号刑事判决。郑州市中级人民法院于2015年9月22日作出（2014）郑刑再字第3号刑事裁定，撤销郑州市中级人民法院（2014）郑刑一终字第82号刑事判决和本院（2013）荥刑初字第876号刑事判决，将此案发回重审。",
        },
      },
    };
    expect(
      reversalEvidence(appealJudgment, [ruled(retrial)]).map((e) => [e.caseNumber, e.result, e.remandedBy]),
    ).toEqual([
      // The retrial is the evidence; the ruling that sent the case back is the retrial's 再 ruling.
      ["（2017）豫0182刑初391号", "remanded", "（2014）郑刑再字第3号"],
    ]);
  });

  it("a newer later instance upholding the judgment makes it stand again", () => {
    const appeal = ruled(later("appeal", { disposition: QUASH }));
    const retrial = ruled(
      later("retrial", {
        decisionDate: "2019-06-01",
        procedure: "再审",
        disposition:
          "一、撤销本院（2018）湘01刑终6号刑事判决；二、维持天心区人民法院（2018）湘0103刑初156号刑事判决。",
      }),
    );
    (retrial.doc.record as { priorCaseNumbers: string[] }).priorCaseNumbers = [
      "（2018）湘0103刑初156号",
      "（2018）湘01刑终6号",
    ];
    expect(ruled(retrial.doc).rulings.map((r) => r.effect)).toEqual(["quashed", "upheld"]);
    expect(reversalEvidence(first, [appeal, ruled(retrial.doc)])).toEqual([]);
    // …and the appeal it quashed is reversed.
    const appealDoc: EarlierDoc = {
      id: "appeal",
      caseNumbers: ["（2018）湘01刑终6号"],
      courtCode: "湘01",
      caseYear: 2018,
    };
    expect(reversalEvidence(appealDoc, [appeal, ruled(retrial.doc)]).map((e) => e.id)).toEqual(["retrial"]);
  });

  it("an affirming appeal reverses nothing", () => {
    const affirmed = later("affirmed", {
      appeal: "affirmed",
      disposition: "驳回上诉，维持天心区人民法院（2018）湘0103刑初156号刑事判决。",
    });
    expect(reversalEvidence(first, [ruled(affirmed)])).toEqual([]);
  });
});

describe("a quash changing some of several defendants' sentences", () => {
  const several: EarlierDoc = {
    ...first,
    record: {
      status: "effective",
      outcome: { criminal: [{ defendant: "曾峰远" }, { defendant: "李辰宇" }] },
    },
  };
  const quashing = (disposition: string, appeal = "amended") =>
    reversalEvidence(several, [ruled(later("appeal", { disposition, appeal }))]);

  it("names them, and the judgment stands as to the others", () => {
    const [evidence] = quashing(QUASH);
    expect(evidence?.defendants).toEqual(["曾峰远"]);
    expect(reversalChange(several, evidence ? [evidence] : [])).toEqual({
      status: "effective",
      reversal: { previousStatus: "effective", by: [evidence] },
    });
    // A judgment of one defendant: the judgment whole (QUASH over `first`, above).
    expect(
      reversalEvidence(first, [ruled(later("appeal", { disposition: QUASH }))])[0]?.defendants,
    ).toBeUndefined();
  });

  it("takes the judgment as changed whole when the quash names no defendant, all of them, or sends it back", () => {
    expect(
      quashing("撤销天心区人民法院（2018）湘0103刑初156号刑事判决第二项")[0]?.defendants,
    ).toBeUndefined();
    expect(
      quashing("撤销天心区人民法院（2018）湘0103刑初156号刑事判决对被告人曾峰远、李辰宇的量刑部分")[0]
        ?.defendants,
    ).toBeUndefined();
    const remand = quashing(
      "撤销天心区人民法院（2018）湘0103刑初156号刑事判决对被告人曾峰远的部分，发回重审",
      "remanded",
    );
    expect(remand[0]?.defendants).toBeUndefined();
    expect(reversalChange(several, remand)?.status).toBe("reversed");
  });

  it("reads items quashed by number in the judgment's own disposition: property only, or whom they sentence", () => {
    const disposition =
      "一、被告人曾峰远犯盗窃罪，判处有期徒刑一年；二、被告人李辰宇犯盗窃罪，判处拘役三个月；三、扣押的作案工具予以没收。";
    const withItems: EarlierDoc = {
      ...several,
      record: { ...several.record, sections: { disposition } },
    };
    const change = (quash: string) =>
      reversalEvidence(withItems, [ruled(later("appeal", { disposition: quash }))]);
    // Item 3 only: property; the judgment stands, no evidence.
    expect(change("撤销天心区人民法院（2018）湘0103刑初156号刑事判决第三项")).toEqual([]);
    // Item 2 and the property item, one defendant named for two items: 李辰宇's sentence changed.
    expect(
      change("撤销天心区人民法院（2018）湘0103刑初156号刑事判决第二项、第三项，即被告人李辰宇犯盗窃罪…")[0]
        ?.defendants,
    ).toEqual(["李辰宇"]);
    // Both sentences: whole. Without the disposition (as before): whole.
    expect(
      change("撤销天心区人民法院（2018）湘0103刑初156号刑事判决第一项、第二项")[0]?.defendants,
    ).toBeUndefined();
    expect(
      quashing("撤销天心区人民法院（2018）湘0103刑初156号刑事判决第三项")[0]?.defendants,
    ).toBeUndefined();
  });

  it("a masked name inside a longer one is another defendant (张某 of 张某某)", () => {
    const masked: EarlierDoc = {
      ...first,
      record: {
        status: "effective",
        outcome: { criminal: [{ defendant: "张某" }, { defendant: "张某某" }, { defendant: "李某1" }] },
      },
    };
    const [evidence] = reversalEvidence(masked, [
      ruled(
        later("appeal", {
          disposition:
            "一、维持天心区人民法院（2018）湘0103刑初156号刑事判决对被告人张某、李某1的定罪量刑；二、撤销天心区人民法院（2018）湘0103刑初156号刑事判决对被告人张某某的量刑部分",
        }),
      ),
    ]);
    expect(evidence?.defendants).toEqual(["张某某"]);
  });

  it("is reversed once any later instance changed it whole", () => {
    const [some] = quashing(QUASH);
    const whole: ReversalEvidence = { id: "retrial", result: "amended", cites: "x", clause: "撤销原判" };
    expect(reversalChange(several, [whole, ...(some ? [some] : [])])?.status).toBe("reversed");
    // A judgment marked reversed goes back to its status when only a change in part is left.
    const marked: EarlierDoc = {
      ...several,
      status: "reversed",
      record: { status: "reversed", reversal: { previousStatus: "effective", by: [whole] } },
    };
    expect(reversalChange(marked, some ? [some] : [])).toEqual({
      status: "effective",
      reversal: { previousStatus: "effective", by: [some] },
    });
  });
});

describe("reversalChange", () => {
  const evidence: ReversalEvidence[] = [{ id: "appeal", result: "remanded", cites: "x", clause: "撤销原判" }];
  it("marks an effective judgment reversed, keeping the status to go back to", () => {
    expect(reversalChange(first, evidence)).toEqual({
      status: "reversed",
      reversal: { previousStatus: "effective", by: evidence },
    });
    expect(
      reversalChange({ status: "not_effective", record: { status: "not_effective" } }, evidence),
    ).toEqual({
      status: "reversed",
      reversal: { previousStatus: "not_effective", by: evidence },
    });
  });
  it("changes nothing already so, withdrawn, or given as reversed by its source", () => {
    const reversal = { previousStatus: "effective" as const, by: evidence };
    expect(
      reversalChange({ status: "reversed", record: { status: "reversed", reversal } }, evidence),
    ).toBeUndefined();
    expect(
      reversalChange({ status: "withdrawn", record: { status: "withdrawn" } }, evidence),
    ).toBeUndefined();
    expect(reversalChange({ status: "reversed", record: { status: "reversed" } }, [])).toBeUndefined();
    expect(reversalChange(first, [])).toBeUndefined();
  });
  it("puts a judgment back when its evidence is gone", () => {
    const reversal = { previousStatus: "not_effective" as const, by: evidence };
    expect(reversalChange({ status: "reversed", record: { status: "reversed", reversal } }, [])).toEqual({
      status: "not_effective",
    });
  });
});

describe("reversals over a synthetic corpus", () => {
  const records: JudgmentRecord[] = [];
  const given = new Map<string, string>();
  for (const item of generateJudgments({ count: 1500, seed: 11 })) {
    const { status, ...meta } = item.meta;
    // Parsed as effective: the generator's own status is what the derivation must find.
    const record = parseJudgment(item.text, { ...meta, sourceId: item.id });
    record.id = judgmentId(record);
    given.set(record.id, status);
    records.push(record);
  }

  it("reads the fields the index document holds", () => {
    for (const record of records.slice(0, 40)) {
      const doc = toJudgmentDocument(record);
      const fields = instanceFields(record);
      for (const key of [
        "caseNumbers",
        "caseNumber",
        "caseYear",
        "courtCode",
        "typeCode",
        "court",
        "courtLevel",
        "province",
        "procedure",
        "decisionDate",
        "status",
        "priorCaseNumbers",
      ] as const)
        expect(fields[key], key).toEqual(doc[key]);
    }
  });

  it("marks exactly the first instances the generator published as reversed on appeal", () => {
    const fields = records.map(instanceFields);
    const plan = planReversals(fields, fields.map(ruled));
    const derived = [...plan.changes].filter(([, c]) => c.status === "reversed").map(([id]) => id);
    const expected = [...given].filter(([, s]) => s === "reversed").map(([id]) => id);
    expect(expected.length).toBeGreaterThan(10);
    expect(derived.sort()).toEqual(expected.sort());
  });
});
