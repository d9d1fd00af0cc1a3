/**
 * A small court's worth of judgments for the workbench tests, written by hand so every assertion
 * knows its answer: 危险驾驶 judgments of Beijing courts (one of them appealed, one sentenced far
 * above its peers), a guiding and a typical case on 醉驾, and thefts that must not be offered as
 * similar to a drunk-driving case.
 */
import type { JudgmentRecord } from "../../src/judgment/record.ts";
import { record } from "../integration/api-fixtures.ts";

export const HAIDIAN = "北京市海淀区人民法院";
export const FIRST_INSTANCE = "（2023）京0108刑初120号";
export const APPEAL = "（2023）京01刑终50号";
export const OUTLIER = "（2024）京0105刑初300号";
export const GUIDING = "（2013）最高法刑指32号";
export const THEFT = "（2023）京0108刑初900号";
export const PENDING = "（2025）京0108刑初777号";

export const PENDING_FACTS =
  "被告人甲某于2025年1月5日晚饮酒后驾驶小型轿车在北京市海淀区中关村大街行驶，被执勤民警查获，经鉴定其血液中乙醇含量为182毫克/100毫升。到案后如实供述。";

const MONTHS = [2, 2, 3, 2, 2, 1, 2, 2, 2, 3, 2, 2, 2, 2];
const VEHICLES = ["小型轿车", "小型普通客车", "小型越野客车", "轻型货车"];
const STREETS = ["中关村大街", "学院路", "西三环北路", "长安街", "京藏高速辅路"];
const DRUNK_STATUTES = [{ law: "中华人民共和国刑法", article: 133, subArticle: 1 }];

function drunk(i: number, over: Partial<JudgmentRecord> = {}): JudgmentRecord {
  const months = over.outcome?.criminal?.[0]?.months ?? MONTHS[i % MONTHS.length] ?? 2;
  const alcohol = 150 + ((i * 7) % 90);
  const vehicle = VEHICLES[i % VEHICLES.length];
  const street = STREETS[i % STREETS.length];
  const caseNumber = over.caseNumber?.raw ?? `（2023）京0108刑初${100 + i}号`;
  const court = over.court ?? HAIDIAN;
  const facts = `经审理查明：被告人${i}号某饮酒后驾驶${vehicle}在北京市${street}行驶，被执勤民警查获。经鉴定，其血液中乙醇含量为${alcohol}毫克/100毫升。到案后如实供述自己的罪行。`;
  const reasoning =
    "本院认为，被告人在道路上醉酒驾驶机动车，其行为已构成危险驾驶罪。被告人到案后如实供述，依法可以从轻处罚。";
  const disposition = `被告人犯危险驾驶罪，判处拘役${months}个月，并处罚金人民币${2000 + i * 500}元。`;
  return record({
    id: `drunk-${String(i).padStart(2, "0")}`,
    title: `${i}号某危险驾驶一审刑事判决书`,
    caseNumber: { raw: caseNumber },
    court,
    courtLevel: "基层",
    province: "北京",
    category: "刑事",
    procedure: "一审",
    documentType: "判决书",
    decisionDate: `2023-${String((i % 12) + 1).padStart(2, "0")}-15`,
    charges: ["危险驾驶罪"],
    statutes: DRUNK_STATUTES,
    parties: [
      { name: "北京市海淀区人民检察院", role: "公诉机关", kind: "organisation" },
      { name: `${i}号某`, role: "被告人", kind: "person" },
    ],
    sections: {
      facts,
      reasoning,
      legalBasis: "依照《中华人民共和国刑法》第一百三十三条之一的规定",
      disposition,
    },
    outcome: {
      criminal: [
        { defendant: `${i}号某`, charges: ["危险驾驶罪"], penalty: "拘役", months, fine: 2000 + i * 500 },
      ],
    },
    text: `${court}\n刑事判决书\n${caseNumber}\n${facts}\n${reasoning}\n${disposition}`,
    ...over,
  });
}

function theft(i: number): JudgmentRecord {
  const caseNumber = i === 0 ? THEFT : `（2023）京0108刑初${900 + i}号`;
  const facts = `经审理查明：被告人盗${i}某于2023年3月在北京市海淀区某超市内，趁店员不备，窃取货架上的洗发水、香烟等商品，价值人民币${3200 + i * 400}元。`;
  const disposition = `被告人犯盗窃罪，判处有期徒刑${6 + i}个月，并处罚金人民币3000元。`;
  return record({
    id: `theft-${i}`,
    title: `盗${i}某盗窃一审刑事判决书`,
    caseNumber: { raw: caseNumber },
    court: HAIDIAN,
    courtLevel: "基层",
    province: "北京",
    category: "刑事",
    procedure: "一审",
    documentType: "判决书",
    decisionDate: "2023-06-01",
    charges: ["盗窃罪"],
    statutes: [{ law: "中华人民共和国刑法", article: 264 }],
    sections: {
      facts,
      reasoning: "本院认为，被告人以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。",
      disposition,
    },
    outcome: {
      criminal: [
        { defendant: `盗${i}某`, charges: ["盗窃罪"], penalty: "有期徒刑", months: 6 + i, fine: 3000 },
      ],
    },
    text: `${HAIDIAN}\n刑事判决书\n${caseNumber}\n${facts}\n${disposition}`,
  });
}

/** Every judgment of the test court, in index order. */
export function workbenchCorpus(): JudgmentRecord[] {
  const ordinary = Array.from({ length: 14 }, (_, i) => drunk(i));
  // drunk-20: the first instance that was appealed; drunk-21: its appeal, which amended the sentence.
  const first = drunk(20, { caseNumber: { raw: FIRST_INSTANCE }, decisionDate: "2023-03-10" });
  const appeal = drunk(21, {
    id: "drunk-21",
    title: "21号某危险驾驶二审刑事判决书",
    caseNumber: { raw: APPEAL },
    court: "北京市第一中级人民法院",
    courtLevel: "中级",
    procedure: "二审",
    decisionDate: "2023-07-20",
    priorCaseNumbers: [FIRST_INSTANCE],
    parties: [{ name: "20号某", role: "上诉人", kind: "person" }],
  });
  // drunk-30: the same facts sentenced to the statutory maximum, far above its peers.
  const outlier = drunk(30, {
    caseNumber: { raw: OUTLIER },
    court: "北京市朝阳区人民法院",
    decisionDate: "2024-04-02",
    outcome: {
      criminal: [{ defendant: "30号某", charges: ["危险驾驶罪"], penalty: "拘役", months: 6, fine: 20000 }],
    },
  });
  const guiding = drunk(40, {
    id: "guiding-drunk",
    title: "醉酒驾驶机动车危险驾驶案（测试用指导性案例）",
    caseNumber: { raw: GUIDING },
    court: "最高人民法院",
    courtLevel: "最高",
    tier: "guiding",
    // A write-up, as the indexer reads authoritative cases.
    documentType: "案例",
    authorityNumber: "指导案例测试1号",
    keyHoldings:
      "在道路上醉酒驾驶机动车的，以危险驾驶罪定罪处罚；血液酒精含量刚过标准且如实供述的，可以从轻处罚。",
    decisionDate: "2013-12-18",
  });
  const typical = drunk(41, {
    id: "typical-drunk",
    title: "醉驾型危险驾驶典型案例（测试用）",
    caseNumber: { raw: "（2020）京02刑终88号" },
    court: "北京市第二中级人民法院",
    courtLevel: "中级",
    procedure: "二审",
    tier: "typical",
    decisionDate: "2020-09-09",
  });
  return [
    ...ordinary,
    first,
    appeal,
    outlier,
    guiding,
    typical,
    ...Array.from({ length: 4 }, (_, i) => theft(i)),
  ];
}
