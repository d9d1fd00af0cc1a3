/**
 * Splitting a judgment into its conventional sections (header, parties, history, claims, defence,
 * facts, reasoning, legal basis, disposition, appeal notice, footer). Works on text with newlines
 * and on flattened text whose paragraphs are separated by spaces (as in LeCaRD).
 */

import { ZERO_CHARS } from "../text/normalize.ts";
import type { Sections } from "./record.ts";

export type SectionSpans = { [K in keyof Sections]?: [number, number] };

const PARTY_ROLE_RE =
  /(?:原公诉机关|公诉机关|抗诉机关|自诉人|附带民事诉讼原告人|上诉人|被上诉人|原审被告人|原审原告|原审被告|再审申请人|申诉人|申请再审人|被申请人|申请执行人|被执行人|申请人|原告|被告人|被告单位|被告|罪犯|复议申请人|异议人)/;
const HISTORY_RE =
  /(?:检察院|公诉机关)以?[^。]{0,60}?(?:起诉书|号文书)|提起公诉|本院受理后|本院于[^。]{0,20}?(?:受理|立案)|立案受理|[一本]案[，,]?[^。]{0,30}?(?:本院|向本院)|不服[^。]{0,80}?(?:判决|裁定)|诉至本院|向本院(?:提起|提出|申请)|本院依法|提出抗诉|报请本院|审理(?:了)?[^。]{0,40}?一案/;
const HISTORY_END_STRONG_RE = /审理终结|审理完毕|审查终结|复核终结|审理终结|已审理终|审结/;
const HISTORY_END_WEAK_RE =
  /审理了本案|审理本案|开庭审理。|参加(?:了)?诉讼|不开庭审理|书面审理|当庭宣判|程序审理/g;
const CLAIMS_RE =
  /指控|诉称|起诉称|原判认定|原审判决认定|原审法院认定|原审查明|原判查明|一审法院认定|一审判决认定|原审认定|一审查明|抗诉(?:认为|称|意见)|上诉(?:称|提出|理由)|申诉(?:称|提出|理由)|请求判令|诉讼请求/;
const DEFENCE_RE =
  /辩称|辩护人[^。]{0,30}?(?:提出|认为|意见)|辩护意见|辩解|答辩|对[^。]{0,20}?指控[^。]{0,30}?(?:无异议|没有异议|均无异议|供认不讳)/;
const FACTS_RE =
  /(?:本院|二审|再审|一审|原审)?(?:经(?:本院)?(?:公开)?(?:开庭)?(?:审理|审查|再审|复核)|本院)(?:[，,]?\s?(?:本院)?(?:查明|认定|查实)|查明)/;
const REASONING_RE = /本院(?:再审|经审理|经审查|审查|复核|二审)?认为|本庭认为|合议庭(?:评议)?认为|再审认为/;
const REASONING_PARAGRAPH_RE =
  /(?<=^|[\s。：:])(?:综上[，,]?)?(?:本院(?:再审|二审)?认为|经?本院审判委员会(?:讨论)?认为|经本院审委会讨论认为)/g;
/**
 * A legal basis that runs straight into the ruling, its marker left out (…之规定： 被告人…, …之规定；
 * 一、维持…, …第五十二条 被告人甲犯…罪): the clause of 依照 ends where the first item or a
 * defendant's conviction begins. Only read when no marker is found.
 */
// The clause's last word first, then the look back for its 依照: tried at every position, the look
// back had cost 3–8 ms on a long text without a marker.
const DISPOSITION_FALLBACK_RE = new RegExp(
  "(?:之|的)规定[：:]|(?:规定|条|款|项)(?<=(?:依照|根据|依据)[^。]{0,400}(?:规定|条|款|项))[：:；;，,]?\\s" +
    "(?=[一1１][、.．]|(?:被告人|上诉人|原审被告人|被告单位|罪犯)[^，。；\\s]{1,20}?犯|维持|撤销|驳回)",
);
/** Used only when no 本院认为 exists: some courts open their reasoning with 综上. */
const REASONING_FALLBACK_RE = /(?<=\s|。)综上(?:所述)?[，,]/;
/**
 * The marker of the disposition. Whitespace may fall inside it (判决如 下, a line break of the
 * publication), and after the legal basis' 之规定 courts also write 判决意见如下, 处理意见如下,
 * 意见如下, 合议如下 or 判决以下.
 */
const DISPOSITION_RE =
  /(?:判\s?决|裁\s?定|判\s?处|决\s?定|调解协议|裁决)(?:\s?意\s?见)?\s?如\s?下\s?[：:；;，]?|(?:规定|之规定)[，,]?(?:判决|裁定)[：:]|规定[，,]\s?(?:(?:处理|判决)?意见|合议)如下\s?[：:]|规定[，,]\s?判决以下\s?[：:]/;
const LEGAL_BASIS_RE = /(?:依照|依据|根据|按照|据此|综上，?依照)/g;
// 本判决发生法律效力 closes a final judgment, but also dates a duty inside the disposition (罚金于本判决
// 发生法律效力之日起十日内缴纳, 应当自本判决发生法律效力之日起…报到): read there, it had cut off the
// items and defendants after it in 311 of LeCaRD's 9,064 dispositions.
const APPEAL_NOTICE_RE =
  /如不服本(?:判决|裁定|决定)|本(?:判决|裁定)为终审(?:判决|裁定)|(?<![于自在从限])本(?:判决|裁定|调解书)(?:送达后)?即?(?:发生|具有)法律效力(?![之后次第起的])|本裁定送达后立即生效|如不服本判决/;
const FOOTER_RE =
  /审\s?判\s?长|审\s?判\s?员|代理审判员|人民陪审员|陪\s?审\s?员|[（(](?:此|本)页无正文[）)]|书\s?记\s?员/;
/**
 * The bench signing, then the date (审判长甲 审判员乙 二〇一七年三月二十二日, its zero written in any of
 * ZERO_CHARS' look-alikes: 二0一七年, 二○一七年): a sign-off, no mention of one.
 */
const SIGN_OFF_RE = new RegExp(
  `(?:${FOOTER_RE.source})[^。，,；;：:]{0,60}?[一二][${ZERO_CHARS}一二三四五六七八九]{3}\\s?年`,
);

/**
 * 本院认为 also opens evidence rulings inside the findings (本院经审查认为…予以采信) and recurs in the
 * reasoning; the reasoning proper is the last paragraph that opens with it before the disposition.
 */
function findReasoningStart(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  let last = -1;
  for (const m of window.matchAll(REASONING_PARAGRAPH_RE)) last = m.index;
  if (last >= 0) return from + last;
  const any = REASONING_RE.exec(window);
  if (any) return from + any.index;
  const fallback = REASONING_FALLBACK_RE.exec(window);
  return fallback ? from + fallback.index : -1;
}

function searchFrom(text: string, re: RegExp, from: number, to = text.length): number {
  const m = re.exec(text.slice(from, to));
  return m ? from + m.index : -1;
}

function matchEnd(text: string, re: RegExp, from: number, to = text.length): number {
  const m = re.exec(text.slice(from, to));
  return m ? from + m.index + m[0].length : -1;
}

/** Start of the sentence (or paragraph) holding position `at`, not before `floor`. */
function sentenceStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i];
    if (c === "。" || c === "\n" || c === "；") return i + 1;
    if (c === " " && (text[i - 1] === "。" || text[i - 1] === "：")) return i;
  }
  return floor;
}

/** End of the sentence holding position `at` (after its 。). */
function sentenceEnd(text: string, at: number, ceiling: number): number {
  const i = text.indexOf("。", at);
  return i < 0 || i >= ceiling ? ceiling : i + 1;
}

/** A paragraph that opens this court's own reasoning (综上所述，本院认为 too). */
const OWN_REASONING_RE =
  /(?<=^|[\s。：:])(?:综上(?:所述)?[，,]?)?(?:本院(?:再审|二审)?认为|经?本院审判委员会(?:讨论)?认为)/g;

/**
 * A paragraph that opens a court's findings (本院经审理查明, 经二审审理查明, or the court named in a
 * write-up: 某省高级人民法院经审理后查明).
 */
const FINDINGS_PARAGRAPH_RE =
  /(?<=^|[\s。：:])(?:(?:本院|[^\s。，,：:；;、]{2,20}?法院)?经(?:二审|再审)?(?:公开)?(?:开庭)?审理(?:后)?查明|(?:本院)?(?:二审|再审)(?:审理)?查明)/g;

/**
 * The end of this court's own 判决如下 when the first one found is an earlier judgment's, quoted in the
 * procedural history (an appeal or a retrial of this court's own retrial: 再审判决如下：一、撤销…；二、
 * 原审被告人…判处…): a 本院认为 paragraph after it, before the appeal notice, opens this court's
 * reasoning, and the first marker after that is its own. An appeal that reasons without 本院认为
 * (本院评判如下, 审理认为) still finds its own facts after the account of the first instance's
 * judgment (原审法院认为…判决如下：…。宣判后…上诉。本院经审理查明…): the first marker after its
 * last findings paragraph is its own. A marker inside a numbered item (九、依照…第六十四条之规定，
 * 判决如下：责令退赔…) belongs to the disposition and is not one.
 */
function ownDispositionMarker(text: string, firstEnd: number): number {
  const noticeAt = searchFrom(text, APPEAL_NOTICE_RE, firstEnd);
  const limit = noticeAt >= 0 ? noticeAt : text.length;
  const rest = text.slice(firstEnd, limit);
  let reasoning = -1;
  for (const m of rest.matchAll(OWN_REASONING_RE)) reasoning = firstEnd + m.index;
  if (reasoning < 0) for (const m of rest.matchAll(FINDINGS_PARAGRAPH_RE)) reasoning = firstEnd + m.index;
  if (reasoning < 0) return firstEnd;
  const m = DISPOSITION_RE.exec(text.slice(reasoning, limit));
  if (!m) return firstEnd;
  const at = reasoning + m.index;
  const sentence = text.slice(sentenceStart(text, at, reasoning), at);
  return /^\s*[（(]?[一二三四五六七八九十\d]+[)）]?[、.．]/.test(sentence) ? firstEnd : at + m[0].length;
}

/** Character spans of each section; absent sections are left out. */
export function sectionSpans(text: string, headerEndHint = -1): SectionSpans {
  const n = text.length;
  const spans: SectionSpans = {};

  // Parties begin at the first role word after the header (the case number ends the header).
  const headerScanFrom = Math.max(0, headerEndHint);
  let partiesStart = searchFrom(text, PARTY_ROLE_RE, headerScanFrom, Math.min(n, headerScanFrom + 400));
  if (partiesStart < 0) partiesStart = headerScanFrom;

  // Reasoning and disposition anchor the second half of the document.
  const firstReasoning = searchFrom(text, REASONING_RE, partiesStart);
  const dispositionFrom = firstReasoning >= 0 ? firstReasoning : partiesStart;
  let dispositionMarkerEnd = matchEnd(text, DISPOSITION_RE, dispositionFrom);
  if (dispositionMarkerEnd < 0)
    dispositionMarkerEnd = matchEnd(text, DISPOSITION_FALLBACK_RE, dispositionFrom);
  else dispositionMarkerEnd = ownDispositionMarker(text, dispositionMarkerEnd);
  const reasoningStart = findReasoningStart(
    text,
    partiesStart,
    dispositionMarkerEnd >= 0 ? dispositionMarkerEnd : n,
  );

  // The legal basis is the last 依照… sentence before 判决如下.
  let legalBasisStart = -1;
  if (dispositionMarkerEnd >= 0) {
    const floor = reasoningStart >= 0 ? reasoningStart : partiesStart;
    const window = text.slice(floor, dispositionMarkerEnd);
    let last = -1;
    for (const m of window.matchAll(LEGAL_BASIS_RE)) last = m.index;
    if (last >= 0) {
      const candidate = floor + last;
      // Only when it opens the closing sentence(s); a 根据 deep inside the reasoning is not the basis.
      const sentence = sentenceStart(text, candidate, floor);
      if (dispositionMarkerEnd - sentence < 1200) legalBasisStart = sentence;
    }
    if (legalBasisStart < 0) legalBasisStart = sentenceStart(text, dispositionMarkerEnd - 1, floor);
    if (reasoningStart >= 0 && legalBasisStart <= reasoningStart) legalBasisStart = reasoningStart;
  }

  const bodyEnd = reasoningStart >= 0 ? reasoningStart : legalBasisStart >= 0 ? legalBasisStart : n;

  // Procedural history: from the sentence that opens it to 审理终结.
  const historyHit = searchFrom(text, HISTORY_RE, partiesStart, bodyEnd);
  let historyStart = historyHit >= 0 ? sentenceStart(text, historyHit, partiesStart) : -1;
  let historyEnd = -1;
  if (historyStart >= 0) {
    const strong = searchFrom(
      text,
      HISTORY_END_STRONG_RE,
      historyStart,
      Math.min(bodyEnd, historyStart + 3000),
    );
    if (strong >= 0) historyEnd = sentenceEnd(text, strong, bodyEnd);
    else {
      const claimsAt = searchFrom(text, CLAIMS_RE, historyStart, bodyEnd);
      const limit = Math.min(bodyEnd, historyStart + 3000);
      let weak = -1;
      for (const m of text.slice(historyStart, limit).matchAll(HISTORY_END_WEAK_RE)) {
        const at = historyStart + m.index;
        if (claimsAt >= 0 && at > claimsAt && weak >= 0) break;
        weak = at;
      }
      if (weak >= 0) historyEnd = sentenceEnd(text, weak, bodyEnd);
    }
    if (historyEnd < 0) {
      const claimsAt = searchFrom(text, CLAIMS_RE, historyStart, bodyEnd);
      historyEnd = claimsAt >= 0 ? sentenceStart(text, claimsAt, historyStart) : historyStart;
    }
  }
  if (historyStart < 0) {
    const claimsAt = searchFrom(text, CLAIMS_RE, partiesStart, bodyEnd);
    const factsAt = searchFrom(text, FACTS_RE, partiesStart, bodyEnd);
    const first = [claimsAt, factsAt].filter((x) => x >= 0).sort((a, b) => a - b)[0];
    historyStart = historyEnd = first === undefined ? bodyEnd : sentenceStart(text, first, partiesStart);
  }

  spans.header = [0, partiesStart];
  if (historyStart > partiesStart) spans.parties = [partiesStart, historyStart];
  if (historyEnd > historyStart) spans.history = [historyStart, historyEnd];

  // Between history and reasoning: claims, defence, facts found.
  const regionStart = Math.max(historyEnd, partiesStart);
  if (bodyEnd > regionStart) {
    const factsAt = searchFrom(text, FACTS_RE, regionStart, bodyEnd);
    const factsStart = factsAt >= 0 ? sentenceStart(text, factsAt, regionStart) : -1;
    if (factsStart > regionStart) {
      const defenceAt = searchFrom(text, DEFENCE_RE, regionStart, factsStart);
      const defenceStart = defenceAt >= 0 ? sentenceStart(text, defenceAt, regionStart) : -1;
      if (defenceStart > regionStart) {
        spans.claims = [regionStart, defenceStart];
        spans.defence = [defenceStart, factsStart];
      } else if (defenceStart === regionStart) {
        spans.defence = [regionStart, factsStart];
      } else {
        spans.claims = [regionStart, factsStart];
      }
      spans.facts = [factsStart, bodyEnd];
    } else {
      // No 经审理查明: in summary procedure the court adopts the indictment's account as its findings.
      spans.facts = [regionStart, bodyEnd];
    }
  }

  // Without a disposition found (处理意见如下, 判决如 下), the reasoning runs on to the text's end: not into
  // the sign-off (审判长…书记员 and its date) and what follows it (附：相关法律条文), which are no reasoning.
  let closingAt = n;
  if (reasoningStart >= 0 && dispositionMarkerEnd < 0) {
    const footerAt = searchFrom(text, SIGN_OFF_RE, reasoningStart);
    if (footerAt >= 0) spans.footer = [footerAt, n];
    closingAt = footerAt >= 0 ? footerAt : n;
  }
  if (reasoningStart >= 0) {
    const end =
      legalBasisStart > reasoningStart
        ? legalBasisStart
        : dispositionMarkerEnd >= 0
          ? dispositionMarkerEnd
          : closingAt;
    spans.reasoning = [reasoningStart, end];
  }
  if (legalBasisStart >= 0 && dispositionMarkerEnd > legalBasisStart && legalBasisStart !== reasoningStart) {
    spans.legalBasis = [legalBasisStart, dispositionMarkerEnd];
  } else if (legalBasisStart >= 0 && legalBasisStart === reasoningStart && spans.reasoning) {
    spans.reasoning = [reasoningStart, dispositionMarkerEnd];
  }

  if (dispositionMarkerEnd >= 0) {
    const noticeAt = searchFrom(text, APPEAL_NOTICE_RE, dispositionMarkerEnd);
    const footerFrom = noticeAt >= 0 ? noticeAt : dispositionMarkerEnd;
    let footerAt = searchFrom(text, FOOTER_RE, footerFrom);
    if (footerAt < 0) footerAt = n;
    const dispositionEnd = noticeAt >= 0 ? noticeAt : footerAt;
    spans.disposition = [dispositionMarkerEnd, dispositionEnd];
    if (noticeAt >= 0) spans.appealNotice = [noticeAt, footerAt];
    if (footerAt < n) spans.footer = [footerAt, n];
  }
  return spans;
}

/** Section texts, trimmed; empty sections are left out. */
export function sectionTexts(text: string, spans: SectionSpans): Sections {
  const out: Sections = {};
  for (const [key, span] of Object.entries(spans) as [keyof Sections, [number, number]][]) {
    const value = text.slice(span[0], span[1]).trim();
    if (value) out[key] = value;
  }
  return out;
}
