/**
 * The identity of a judgment: the same judgment always gets the same id, whichever source brings it
 * (so re-indexing never duplicates and two publications of one ruling become one document).
 */
import { createHash } from "node:crypto";
import { foldWidthAndCase } from "../text/normalize.ts";
import type { JudgmentRecord } from "./record.ts";

/**
 * Court, case number, document type, decision date and parties when all are known (number not
 * masked); otherwise the source's own id; otherwise the text. Authoritative write-ups are keyed by
 * collection and number: they are documents distinct from the judgments they summarise.
 */
export function judgmentId(record: JudgmentRecord): string {
  let key: string;
  const cn = record.caseNumber;
  if (record.documentType === "案例") {
    // A write-up cites its underlying case's number: it must never take that judgment's id.
    key = `authority|${record.source}|${record.authorityNumber ?? createHash("sha256").update(record.text).digest("hex")}`;
  } else if (
    cn?.year !== undefined &&
    cn.sequence !== undefined &&
    cn.courtCode &&
    cn.typeCode &&
    record.court &&
    record.decisionDate
  ) {
    // Pre-2016 court codes are not unique nationally ((2015)上刑初字第53号 exists in 上犹 and in
    // 上街), supplementary rulings (…号之一) share their main ruling's number, and courts publish one
    // number per defendant group of a split trial: court, date and parties tell these apart.
    const number = foldWidthAndCase(cn.raw).replace(/[\s()（）〔〕[\]]/g, "");
    const parties = [...new Set(record.parties.map((p) => p.name))].sort().slice(0, 6).join("、");
    key = `case|${record.court}|${number}|${record.documentType ?? ""}|${record.decisionDate}|${parties}`;
  } else if (record.sourceId) {
    key = `source|${record.source}|${record.sourceId}`;
  } else {
    key = `text|${createHash("sha256").update(record.text).digest("hex")}`;
  }
  return createHash("sha256").update(key).digest("base64url").slice(0, 22);
}
