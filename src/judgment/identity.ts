/**
 * The identity of a judgment: the same judgment always gets the same id, whichever source brings it
 * (so re-indexing never duplicates and two publications of one ruling become one document).
 */
import { createHash } from "node:crypto";
import { foldWidthAndCase } from "../text/normalize.ts";
import type { JudgmentRecord } from "./record.ts";

/**
 * Numbers a collection printed on two different cases: 刑事审判参考 published two cases as 第993号.
 * Keyed by the number alone, the one indexed later replaced the other. A write-up bearing one of
 * these is keyed by its number and its case's name (its title before the question, the number's
 * 【第993号】 left out), so each keeps a place of its own while every other write-up keeps the id its
 * number gives — reports link to them. The list, not the records, says a number is shared: a record
 * alone cannot know another bears its number, and its id must not depend on which of them a job reads
 * first (an upsert of one file gives the id a full reindex gives). The id the number alone gave named
 * whichever was written last, so neither keeps it. A new collision shows in the indexer's dead letters
 * (stage "duplicate"): add its number here.
 */
const SHARED_AUTHORITY_NUMBERS: ReadonlySet<string> = new Set(["刑事审判参考第993号"]);

/**
 * A write-up's case name as its title gives it (某某故意杀人案), without number, question or spacing;
 * also what tells apart two cases a citation names by their shared number (src/reports/submitted.ts).
 */
export function caseNameOf(title: string | undefined): string {
  const name = foldWidthAndCase(title ?? "")
    .replace(/^\s*[【[(]?第\s?\d+\s?号[】\])]?/, "")
    .split(/——|—|-{2,}/)[0];
  return (name ?? "").replace(/[\s\p{P}]/gu, "");
}

/**
 * Court, case number, document type, decision date and parties when all are known (number not
 * masked); otherwise the source's own id; otherwise the text. Authoritative write-ups are keyed by
 * collection and number (and case name, for a number printed twice): they are documents distinct
 * from the judgments they summarise.
 */
export function judgmentId(record: JudgmentRecord): string {
  let key: string;
  const cn = record.caseNumber;
  const textHash = () => createHash("sha256").update(record.text).digest("hex");
  if (record.documentType === "案例") {
    // A write-up cites its underlying case's number: it must never take that judgment's id.
    const number = record.authorityNumber;
    key = `authority|${record.source}|${number ?? textHash()}`;
    if (number && SHARED_AUTHORITY_NUMBERS.has(number)) key += `|${caseNameOf(record.title) || textHash()}`;
  } else if (
    cn?.year !== undefined &&
    cn.sequence !== undefined &&
    cn.courtCode &&
    cn.typeCode &&
    record.court &&
    record.decisionDate
  ) {
    // Pre-2016 court codes are not unique nationally ((2015)上刑初字第19号 exists in 上犹 and in
    // 上街), supplementary rulings (…号之一) share their main ruling's number, and courts publish one
    // number per defendant group of a split trial: court, date and parties tell these apart.
    const number = foldWidthAndCase(cn.raw).replace(/[\s()（）〔〕[\]]/g, "");
    const parties = [...new Set(record.parties.map((p) => p.name))].sort().slice(0, 6).join("、");
    key = `case|${record.court}|${number}|${record.documentType ?? ""}|${record.decisionDate}|${parties}`;
  } else if (record.sourceId) {
    key = `source|${record.source}|${record.sourceId}`;
  } else {
    key = `text|${textHash()}`;
  }
  return createHash("sha256").update(key).digest("base64url").slice(0, 22);
}
