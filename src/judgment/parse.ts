import { ZERO_CHARS } from "../text/normalize.ts";
import {
  caseNumberKey,
  distinctNumbers,
  findCaseNumbers,
  isTrialNumber,
  joinedOrRevoked,
  numbersInContext,
  provinceInName,
} from "./case-number.ts";
import { findCauses } from "./causes.ts";
import { distinctCharges } from "./charges.ts";
import { withCircumstance, withImpliedPrior } from "./circumstances.ts";
import { groundsByDefendant, unsentenced } from "./grounds.ts";
import { judgmentId } from "./identity.ts";
import { parseChineseDate } from "./numerals.ts";
import {
  administrativeResult,
  appealResult,
  civilResult,
  claimedAmount,
  criminalSentences,
  ownChargeMentions,
  quotedClaim,
  quotedRuling,
  rulingBelowStands,
  upheldSentences,
  weighedAgainstClaims,
} from "./outcome.ts";
import { extractBench, extractParties, isAccusedRole } from "./parties.ts";
import { priorsInHeader } from "./priors.ts";
import {
  type CaseCategory,
  type CaseNumber,
  type CourtLevel,
  type DocumentType,
  emptyRecord,
  type JudgmentRecord,
  type Outcome,
  type Status,
  type Tier,
} from "./record.ts";
import { sectionSpans, sectionTexts } from "./sections.ts";
import { asDecided, normaliseStatutes } from "./statutes.ts";

export type JudgmentMeta = {
  id?: string;
  source?: string;
  sourceId?: string;
  title?: string;
  tier?: Tier;
  /** As the source states it (a withdrawn judgment, one not yet effective); default effective. */
  status?: Status;
  synthetic?: boolean;
};

const COURT_RE = /[\u4e00-\u9fa5（）()]{2,30}?(?:人民法院|法院|法庭)/;
const DOCUMENT_TYPE_RE = /(判决书|裁定书|调解书|决定书|通知书|支付令)/;
const HEADER_SCAN = 600;

/** A court's level from its name (最高人民法院, …高级人民法院, …中级人民法院, a specialised court, else basic). */
export function courtLevelOf(court: string): CourtLevel | undefined {
  if (/^(?:中华人民共和国)?最高人民法院/.test(court)) return "最高";
  // …高级法院 too, as accounts shorten it (重庆市高级法院, 刑事审判参考's write-ups).
  if (/高级(?:人民)?法院$/.test(court)) return "高级";
  if (/中级人民法院$/.test(court)) return "中级";
  if (/(?:铁路运输|海事|知识产权|军事|金融)(?:中级)?法院$/.test(court)) return "专门";
  // 黑龙江's forest-region courts: 林区中级法院 hears the appeals of the 林区基层法院.
  if (/中级法院$/.test(court)) return "中级";
  if (/法院$|法庭$/.test(court)) return "基层";
  return undefined;
}

function provinceOf(court: string, caseNumber?: CaseNumber): string | undefined {
  return provinceInName(court) ?? caseNumber?.province;
}

function categoryOf(
  header: string,
  caseNumber: CaseNumber | undefined,
  parties: string,
): CaseCategory | undefined {
  const m = /(刑事|民事|行政|国家赔偿|赔偿|执行)(?:附带?民事)?(?:判决书|裁定书|调解书|决定书|通知书)/.exec(
    header,
  );
  const stated = m?.[1] ? (m[1] === "赔偿" ? "国家赔偿" : (m[1] as CaseCategory)) : undefined;
  // The type code of a parsed case number is more reliable than a header with typos (刑事附事民事判决书)
  // — but not another kind's code on a criminal judgment that names its prosecutor (a 刑事判决书
  // numbered …民初…号 whose parties open with 公诉机关: LeCaRD 15428, 17652, 43509 had been civil, with
  // no charge or sentence read).
  const prosecuted = stated === "刑事" && /公诉机关|自诉人/.test(parties);
  if (caseNumber?.category && !(prosecuted && caseNumber.category !== "刑事")) return caseNumber.category;
  return stated;
}

/** The kind of judgment a title names (…一审刑事判决书, …民事裁定书), the first it names. */
function titledKind(title: string): CaseCategory | undefined {
  const m = /(刑事|民事|行政|国家赔偿)(?:附带民事)?(?:判决书|裁定书|调解书|决定书)/.exec(title);
  return m?.[1] as CaseCategory | undefined;
}

/** Normalise line endings and stray spaces without moving paragraph boundaries. */
function clean(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u3000\u00a0\t]/g, " ")
    .replace(/ {2,}/g, " ");
}

/**
 * Parse a judgment. A malformed or truncated document yields what was found plus `warnings`;
 * this function does not throw.
 */
export function parseJudgment(rawText: string, meta: JudgmentMeta = {}): JudgmentRecord {
  const text = clean(typeof rawText === "string" ? rawText : "");
  const warnings: string[] = [];
  const record = emptyRecord({
    source: meta.source ?? "unknown",
    tier: meta.tier ?? "ordinary",
    text,
    warnings,
  });
  if (meta.sourceId !== undefined) record.sourceId = meta.sourceId;
  if (meta.synthetic !== undefined) record.synthetic = meta.synthetic;
  if (meta.status !== undefined) record.status = meta.status;
  if (meta.title) record.title = meta.title;
  try {
    fill(record, text, warnings);
  } catch (error) {
    warnings.push(`parser_error: ${error instanceof Error ? error.message : String(error)}`);
  }
  record.id = meta.id ?? judgmentId(record);
  return record;
}

function fill(record: JudgmentRecord, text: string, warnings: string[]): void {
  if (text.trim() === "") {
    warnings.push("empty_text");
    return;
  }
  const head = text.slice(0, HEADER_SCAN);
  const headNumbers = findCaseNumbers(head);
  const own = headNumbers[0];
  const headerEnd = own ? head.indexOf(own.raw) + own.raw.length : -1;
  const spans = sectionSpans(text, headerEnd);
  const sections = sectionTexts(text, spans);
  record.sections = sections;
  const header = sections.header ?? head.slice(0, 200);

  if (own) {
    record.caseNumber = own;
    const sameList = headNumbers.filter((c) => head.indexOf(c.raw) < headerEnd + 40);
    if (sameList.length > 1) record.caseNumbers = sameList.slice(1);
  } else warnings.push("case_number_not_found");

  const court = COURT_RE.exec(header)?.[0];
  if (court) {
    record.court = court;
    record.courtLevel = courtLevelOf(court) ?? own?.courtLevel;
  } else {
    warnings.push("court_not_found");
    if (own?.courtLevel) record.courtLevel = own.courtLevel;
  }
  const province = provinceOf(court ?? "", own);
  if (province) record.province = province;

  const docType = DOCUMENT_TYPE_RE.exec(header)?.[1];
  record.documentType = (docType === "支付令" ? "令" : docType) as DocumentType | undefined;
  if (!record.documentType) record.documentType = "其他";
  const category = categoryOf(header, own, sections.parties ?? header);
  if (category) record.category = category;
  if (own?.procedure) record.procedure = own.procedure;
  // A title naming another kind of judgment than the text is (a source's title for a civil judgment
  // naming a crime and a defendant of another case: LeCaRD 4844, 11298, 18759) is not this judgment's:
  // the text wins, and the record keeps the source's title among its warnings.
  const foreign = (title: string) => {
    const kind = titledKind(title);
    return kind !== undefined && category !== undefined && kind !== category;
  };
  if (record.title && foreign(record.title)) {
    warnings.push(`title_contradicts_text: ${record.title}`);
    delete record.title;
  }
  if (!record.title) {
    const titleMatch = /^\s*(\S{4,80}?(?:判决书|裁定书|调解书|决定书))\s/.exec(text);
    if (titleMatch?.[1] && !titleMatch[1].startsWith(court ?? "\u0000") && !foreign(titleMatch[1]))
      record.title = titleMatch[1];
    else if (court && docType) record.title = `${court}${category ?? ""}${docType}`;
  }

  for (const key of ["facts", "reasoning", "disposition"] as const) {
    if (!sections[key]) warnings.push(`section_missing:${key}`);
  }

  const footer = sections.footer ?? "";
  const date = parseChineseDate(footer) ?? lastChineseDate(text);
  if (date) record.decisionDate = date;
  else warnings.push("decision_date_not_found");

  record.parties = extractParties(sections.parties ?? "");
  record.judges = extractBench(footer.split(/附(?:相关|本判决适用的|本案适用的)?(?:法律|法条)/)[0] ?? footer);

  const citing = [sections.reasoning, sections.legalBasis].filter(Boolean).join(" ");
  record.statutes = asDecided(normaliseStatutes(citing || text), record.decisionDate);

  const disposition = sections.disposition ?? "";
  const isCriminal =
    record.category === "刑事" || (!record.category && /被告人|公诉机关/.test(text.slice(0, 2000)));
  if (isCriminal) {
    // An appeal's or a retrial's 原判 is this case's own earlier judgment (ownChargeMentions).
    const review = record.procedure !== undefined && record.procedure !== "一审";
    record.charges = chargesOf(sections, review);
    const sentences = criminalSentences(disposition, review);
    // An appeal upholding the judgment below (驳回上诉，维持原判) states no sentence: the one it
    // upheld, as the appeal quotes it; so does one withdrawn (准许撤回上诉), which leaves that
    // judgment in force. Not a retrial's: it may uphold a judgment other than the first it quotes (a
    // second instance's acquittal after a first instance's conviction).
    const upheld =
      sentences.length === 0 &&
      own?.procedure === "二审" &&
      rulingBelowStands(appealResult(disposition, record.documentType === "判决书"))
        ? upheldSentences([
            sections.history,
            sections.claims,
            sections.defence,
            sections.facts,
            sections.reasoning,
          ])
        : [];
    if (sentences.length > 0) record.outcome.criminal = sentences;
    else if (upheld.length > 0) record.outcome.criminal = upheld;
    const sentenced = record.outcome.criminal ?? [];
    const names = [...new Set(sentenced.map((s) => s.defendant))];
    // The accused it names but does not sentence (co-appellants decided apart): their grounds are
    // no one's here.
    const parties = record.parties
      .filter((p) => p.kind === "person" && isAccusedRole(p.role))
      .map((p) => p.name);
    const accused = unsentenced(names, parties);
    // Each defendant's own grounds where the judgment's tags are not one person's: several sentenced,
    // or one beside accused it does not sentence.
    if (names.length > 1 || (names.length > 0 && accused.length > 0)) {
      // What the court finds (经审理查明, 本院认为), not what the indictment or the defence claim of
      // each (公诉机关认为…被告人X系从犯, which the court may not follow): the whole text only where
      // neither section was read.
      const found = [sections.facts, sections.reasoning].filter(Boolean).join("\n") || text;
      // All the accused parties: whose name is another's than a defendant's is told among them all.
      const grounds = groundsByDefendant(found, names, parties);
      // …and a prior the parties' header states of each (曾因犯盗窃罪被判处…: src/judgment/priors.ts), or
      // that a recidivist has (刑法 §65).
      const priors = new Set(priorsInHeader(sections.parties, names, sections.history));
      for (const s of sentenced) {
        const own = grounds.get(s.defendant) ?? [];
        s.grounds = withImpliedPrior(priors.has(s.defendant) ? withCircumstance(own, "前科") : own);
      }
    }
  } else {
    record.causes = findCauses(
      `${record.title ?? ""} ${sections.history ?? header}`,
      [],
      record.category === "行政",
    );
    const appealed = own?.procedure === "二审" || own?.procedure === "再审" || own?.procedure === "审判监督";
    const quoted = [sections.history, sections.claims, sections.defence, sections.facts];
    // An appeal upholding the judgment below (驳回上诉，维持原判), or withdrawn, rules nothing itself:
    // what stands is the first instance's ruling, as the appeal quotes it (一审法院…判决：…).
    const standing = () =>
      appealed && rulingBelowStands(appealResult(disposition, record.documentType === "判决书"))
        ? quotedRuling([...quoted, sections.reasoning])
        : undefined;
    if (record.category === "民事" || record.documentType === "调解书") {
      record.outcome.civil = civilResult(
        disposition,
        record.documentType === "调解书" || /主持调解/.test(disposition),
      );
      const upheld = record.outcome.civil.disposition === "other" ? standing() : undefined;
      if (upheld) record.outcome.civil = civilResult(upheld, /主持调解|调解协议/.test(upheld));
      // The plaintiff's claims; on appeal or retrial the requests are the appellant's, not a claim:
      // the first-instance claim as the appeal quotes it (X向一审法院起诉请求：…), if it does.
      const claimed = appealed
        ? quotedClaim(quoted)
        : (claimedAmount(sections.claims ?? "") ?? claimedAmount(sections.history ?? ""));
      if (claimed !== undefined) record.outcome.civil.claimed = claimed;
      if (!appealed) record.outcome.civil = weighedAgainstClaims(record.outcome.civil, sections.claims);
    } else if (record.category === "行政") {
      let dispositions = administrativeResult(disposition);
      const upheld = dispositions.length === 0 ? standing() : undefined;
      if (upheld) dispositions = administrativeResult(upheld);
      if (dispositions.length > 0) record.outcome.administrative = { dispositions };
    }
  }
  const outcome: Outcome = record.outcome;
  if (own?.procedure === "二审" || own?.procedure === "再审" || own?.procedure === "审判监督") {
    outcome.appeal = appealResult(disposition, record.documentType === "判决书");
  }

  const ownKeys = new Set(
    [own?.raw, ...(record.caseNumbers ?? []).map((c) => c.raw)]
      .filter((raw): raw is string => raw !== undefined)
      .map(caseNumberKey),
  );
  // Instances are told in the history (审理经过), and for appeals and retrials in the claims (上诉/
  // 再审请求) and the disposition (撤销/维持…判决). Numbers elsewhere are other judgments cited: of
  // 1,266 LeCaRD first-instance judgments citing another first-instance number, 989 cite it in the
  // facts or reasoning only (同案人…已被判处, 前科); a first instance's indictment and disposition
  // cite earlier convictions (撤销…（2013）衢江刑初字第450号…宣告缓刑部分), never an instance.
  const numbersIn = (...parts: (string | undefined)[]) =>
    findCaseNumbers(parts.filter((p) => p !== undefined).join(" "));
  const later = own?.procedure !== undefined && own.procedure !== "一审";
  // Trials are instances of one another; an enforcement case's earlier enforcement cases are too.
  // Not: designations of jurisdiction (刑辖), requests and instructions (刑他, 刑请), commutations
  // (刑更) cited by a trial.
  const enforcement = own?.procedure?.startsWith("执行") ?? false;
  const isInstance = (c: CaseNumber) =>
    isTrialNumber(c) || (enforcement && (c.procedure?.startsWith("执行") ?? false));
  // An appeal's account of the earlier instances sometimes runs on from the last party's paragraph
  // (…原审被告人任航… 山东省乳山市人民法院审理…一案，于…作出（2014）乳刑初字第709号刑事判决; a retrial's
  // …人民检察院指控原审被告人周远立犯…一案，杭州市江干区人民法院于…作出（2014）杭江刑初字第691号刑事判决):
  // read from there when the parties' section holds it.
  const partiesTail = (() => {
    const parties = sections.parties ?? "";
    const at = later
      ? parties.search(
          /(?:人民法院|本院)审理[^。]{0,300}?一案|(?:检察院|公诉机关)[^。]{0,60}?指控[^。]{0,300}?一案/,
        )
      : -1;
    return at < 0 ? undefined : parties.slice(at);
  })();
  const told = numbersIn(partiesTail, sections.history, ...(later ? [sections.claims, disposition] : []));
  // Of the claims and disposition, not a judgment quoted as evidence or as a defendant's earlier
  // conviction, unless the history or the parties' account tells it too (a retrial's 原审被告人X因犯…罪
  // 被本院以（2013）…号刑事判决判处…: the judgment retried).
  const asInstance = new Set(
    [
      ...numbersIn(partiesTail, sections.history),
      ...(later ? [sections.claims, disposition].flatMap((t) => instanceNumbers(t ?? "")) : []),
    ].map((c) => caseNumberKey(c.raw)),
  );
  const instances = told.filter((c) => asInstance.has(caseNumberKey(c.raw)));
  // One entry per number, whatever its brackets or width; never the judgment's own; an instance is
  // never also cited.
  const distinct = distinctNumbers(ownKeys);
  record.priorCaseNumbers = distinct(instances.filter(isInstance));
  const cited = distinct([
    ...told.filter((c) => !isInstance(c) || !asInstance.has(caseNumberKey(c.raw))),
    ...numbersIn(...(later ? [] : [sections.claims, disposition]), sections.facts, sections.reasoning),
  ]);
  if (cited.length > 0) record.citedCaseNumbers = cited;
  // 经本院审判委员会决定, 审判委员会第17次会议讨论决定, 审判委员会进行了讨论: words may come between.
  if (/审判委员会[^。，；,;]{0,20}?(?:讨论|研究|决定)|审委会[^。，；,;]{0,10}?(?:讨论|研究|决定)/.test(text))
    record.committeeDiscussed = true;
}

/**
 * A judgment an appeal's or a retrial's claims or disposition tell as another case's: an item of the
 * evidence quoted (…人民法院（2014）…号刑事判决书、刑满释放证明书…等证据证实), or a defendant's earlier
 * conviction (因犯盗窃罪被某法院以（2008）…号刑事判决判处…; 撤销（2008）…号刑事判决对被告人…的缓刑宣告
 * and 与（2014）…号刑事判决判处的刑罚并罚, 刑法 §77, §69-§71) — LeCaRD 40441 took such a number for an
 * earlier instance. Otherwise one a court reviews (撤销/维持/不服/发回…号判决) is one.
 */
const EVIDENCE_DOCUMENT_AFTER_RE = /^\s*(?:刑事|民事)?(?:附带民事)?(?:判决|裁定)书?/;
const EVIDENCE_RE = /证实|证明|证据|予以印证|在案佐证/;
const CONVICTION_BEFORE_RE = /(?:曾因|曾被|因犯[^。；，,]{0,30}罪[^。；]{0,6}被)[^。；]{0,60}$/;
const RELEASE_AFTER_RE = /^[^。；]{0,40}(?:刑满释放|释放证明|释放通知)/;
const REVIEW_BEFORE_RE = /(?:撤销|撤消|维持|不服|发回|改判|核准|再审|复查)[^。；，,]{0,60}$/;

/** The case numbers of a text but those it tells as another case's evidence or earlier conviction. */
function instanceNumbers(text: string): CaseNumber[] {
  return text.split(/(?<=[。；;\n])/).flatMap((sentence) =>
    numbersInContext(sentence)
      .filter(({ before, after }) => {
        if (joinedOrRevoked(before, after)) return false;
        if (REVIEW_BEFORE_RE.test(before)) return true;
        const evidence = EVIDENCE_DOCUMENT_AFTER_RE.test(after) && EVIDENCE_RE.test(sentence);
        return !evidence && !CONVICTION_BEFORE_RE.test(before) && !RELEASE_AFTER_RE.test(after);
      })
      .map(({ number }) => number),
  );
}

/** Charges in the disposition first; the reasoning and the indictment when the disposition names none. */
function chargesOf(sections: JudgmentRecord["sections"], review: boolean): string[] {
  for (const part of [
    sections.disposition,
    sections.reasoning,
    sections.claims,
    sections.history,
    sections.facts,
  ]) {
    if (!part) continue;
    // The disposition's own crimes: not another judgment's it combines or revokes (ownChargeMentions).
    const found =
      part === sections.disposition
        ? [...new Set(ownChargeMentions(part, review).map((m) => m.charge))]
        : distinctCharges(part);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * A date written in Chinese numerals, its zero also written ○, O or 0 (二○一九年十一月一日: see
 * src/text/normalize.ts ZERO_CHARS), January also 元月.
 */
const CHINESE_DATE_RE = new RegExp(
  `[${ZERO_CHARS}一二三四五六七八九]{4}年(?:元|[一二三四五六七八九十]{1,3})月[一二三四五六七八九十]{1,3}日`,
  "g",
);

function lastChineseDate(text: string): string | undefined {
  const all = [...text.matchAll(CHINESE_DATE_RE)];
  const last = all.at(-1);
  return last ? parseChineseDate(last[0]) : undefined;
}
