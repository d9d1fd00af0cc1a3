/**
 * Quality floors of judgment understanding, measured on LeCaRD candidates and the authoritative
 * cases in ../shared (skipped when it is absent).
 *
 * Section mapping to the dataset's fields (cut from `qw` by the dataset's authors):
 * - ajjbqk = our claims + defence + facts (everything between the procedural history and 本院认为);
 * - cpfxgc = our reasoning + legalBasis (本院认为 … 依照…判决如下：);
 * - pjjg   = our disposition + appealNotice (判决主文 and 如不服本判决…/本判决为终审判决).
 * Overlap is the F1 of the two multisets of non-space characters (order-free, so whitespace and
 * paragraph joins do not matter, while a missing or extra paragraph lowers it).
 */
import { createReadStream, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseAuthoritativeCase } from "../../src/cases/parse.ts";
import { canonicalCharge } from "../../src/judgment/charges.ts";
import { parseJudgment } from "../../src/judgment/parse.ts";
import type { JudgmentRecord } from "../../src/judgment/record.ts";

const shared = path.resolve(import.meta.dirname, "../../../shared/data");
const candidatesPath = path.join(shared, "lecard/candidates.jsonl.br");
const casesPath = path.join(shared, "cases/authoritative-cases.jsonl.br");
const fixturePath = path.resolve(import.meta.dirname, "../fixtures/prison-terms.json");

type Candidate = {
  id: number;
  ajName: string;
  writName: string;
  qw: string;
  ajjbqk?: string;
  cpfxgc?: string;
  pjjg?: string;
};

async function* jsonLines<T>(file: string): AsyncGenerator<T> {
  const lines = createInterface({
    input: createReadStream(file).pipe(zlib.createBrotliDecompress()),
    crlfDelay: Infinity,
  });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
}

function characterF1(a: string, b: string): number {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const c of s.replace(/\s/g, "")) m.set(c, (m.get(c) ?? 0) + 1);
    return m;
  };
  const A = count(a);
  const B = count(b);
  let na = 0;
  let nb = 0;
  let both = 0;
  for (const v of A.values()) na += v;
  for (const v of B.values()) nb += v;
  for (const [k, v] of A) both += Math.min(v, B.get(k) ?? 0);
  return na + nb === 0 ? 1 : (2 * both) / (na + nb);
}

/** Charges a case name names: scanning left to right, the longest written charge name at each position. */
function chargesNamed(name: string): Set<string> {
  const out = new Set<string>();
  const stem = name.replace(/(?:一审|二审|再审|刑事|附带民事|判决书|裁定书|一案).*$/, "");
  let i = 0;
  while (i < stem.length - 1) {
    let next = i + 1;
    for (let j = Math.min(stem.length, i + 30); j >= i + 2; j--) {
      const charge = canonicalCharge(stem.slice(i, j));
      if (charge) {
        out.add(charge);
        next = j;
        break;
      }
    }
    i = next;
  }
  return out;
}

describe.skipIf(!existsSync(candidatesPath))("LeCaRD candidates", () => {
  const records: { candidate: Candidate; record: JudgmentRecord }[] = [];
  let parseMs = 0;

  it("parses all 9,088 documents without throwing, fast", async () => {
    for await (const candidate of jsonLines<Candidate>(candidatesPath)) {
      const t0 = performance.now();
      const record = parseJudgment(candidate.qw, { source: "lecard", sourceId: String(candidate.id) });
      parseMs += performance.now() - t0;
      records.push({ candidate, record: { ...record, text: "" } });
    }
    const perDoc = parseMs / records.length;
    console.log(`parse: ${records.length} documents, ${perDoc.toFixed(3)} ms per document`);
    expect(records.length).toBe(9088);
    expect(perDoc).toBeLessThan(2);
  });

  it("recovers facts, reasoning and disposition sections (≥ 95% of documents at overlap ≥ 0.9)", () => {
    const sample = records.filter(
      ({ candidate: c }) => c.ajjbqk?.trim() && c.cpfxgc?.trim() && c.pjjg?.trim(),
    );
    let facts = 0;
    let reasoning = 0;
    let disposition = 0;
    let all = 0;
    for (const { candidate: c, record: r } of sample) {
      const s = r.sections;
      const f = characterF1([s.claims, s.defence, s.facts].join(""), c.ajjbqk ?? "") >= 0.9;
      const re = characterF1([s.reasoning, s.legalBasis].join(""), c.cpfxgc ?? "") >= 0.9;
      const d = characterF1([s.disposition, s.appealNotice].join(""), c.pjjg ?? "") >= 0.9;
      facts += Number(f);
      reasoning += Number(re);
      disposition += Number(d);
      all += Number(f && re && d);
    }
    const n = sample.length;
    const pct = (x: number) => `${((100 * x) / n).toFixed(2)}%`;
    console.log(
      `sections over ${n} documents: facts ${pct(facts)}, reasoning ${pct(reasoning)}, disposition ${pct(disposition)}, all three ${pct(all)}`,
    );
    expect(n).toBeGreaterThanOrEqual(1000);
    expect(all / n).toBeGreaterThanOrEqual(0.95);
  });

  it("ends the disposition at the appeal notice, not at a duty dated from the judgment's effect", () => {
    // 罚金于本判决发生法律效力之日起十日内缴纳 sits inside a disposition; cut there, the items and
    // defendants after it were lost (311 documents). The dataset's pjjg up to its notice is the truth.
    const NOTICE = /如不服本(?:判决|裁定)|本(?:判决|裁定)为终审(?:判决|裁定)/;
    const sample = records.filter(({ candidate: c }) => c.pjjg && NOTICE.test(c.pjjg));
    let whole = 0;
    for (const { candidate: c, record: r } of sample) {
      const pjjg = c.pjjg ?? "";
      const expected = pjjg.slice(0, pjjg.search(NOTICE));
      whole += Number(characterF1(r.sections.disposition ?? "", expected) >= 0.9);
    }
    console.log(`dispositions whole: ${whole} of ${sample.length}`);
    expect(sample.length).toBeGreaterThanOrEqual(8000);
    expect(whole / sample.length).toBeGreaterThanOrEqual(0.98);
  });

  it("reads the decision date of ≥ 99% of documents, its zero written 〇, ○, 0 or O alike", () => {
    // 265 had none when ○ (U+25CB), an Arabic 0 or a Greek Ο stood for 〇 (二○一九年十一月一日).
    const dated = records.filter(({ record: r }) => r.decisionDate).length;
    console.log(
      `decision dates: ${dated}/${records.length} = ${((100 * dated) / records.length).toFixed(2)}%`,
    );
    expect(dated / records.length).toBeGreaterThanOrEqual(0.99);
  });

  it("places ≥ 99% of judgments in a province, from the court's name or its number", () => {
    // 294 had none while a name beginning with its city (杭州市西湖区人民法院) told nothing.
    const placed = records.filter(({ record: r }) => r.province).length;
    console.log(`provinces: ${placed}/${records.length} = ${((100 * placed) / records.length).toFixed(2)}%`);
    expect(placed / records.length).toBeGreaterThanOrEqual(0.99);
  });

  it("reads year, court code and type from ≥ 99% of case numbers", () => {
    const ok = records.filter(
      ({ record: r }) => r.caseNumber?.year && r.caseNumber.courtCode && r.caseNumber.typeCode,
    );
    console.log(
      `case numbers: ${ok.length}/${records.length} = ${((100 * ok.length) / records.length).toFixed(2)}%`,
    );
    expect(ok.length / records.length).toBeGreaterThanOrEqual(0.99);
  });

  it("extracts the charge named in writName/ajName for ≥ 97% of documents", () => {
    let named = 0;
    let agree = 0;
    let complete = 0;
    for (const { candidate: c, record: r } of records) {
      const expected = new Set([...chargesNamed(c.writName ?? ""), ...chargesNamed(c.ajName ?? "")]);
      if (expected.size === 0) continue;
      named++;
      if (r.charges.some((x) => expected.has(x))) agree++;
      if ([...expected].every((x) => r.charges.includes(x))) complete++;
    }
    console.log(
      `charges: ${named} documents name a charge; agreement ${((100 * agree) / named).toFixed(2)}%, all named charges found ${((100 * complete) / named).toFixed(2)}%`,
    );
    expect(named).toBeGreaterThan(8000);
    expect(agree / named).toBeGreaterThanOrEqual(0.97);
  });

  it("reads prison terms right on the hand-checked sample (≥ 95%)", () => {
    const fixture = JSON.parse(readFileSync(fixturePath, "utf8")) as {
      sentences: { id: string; sentence: number; clause: string; months: number }[];
    };
    const byId = new Map(records.map(({ candidate, record }) => [String(candidate.id), record]));
    let right = 0;
    const wrong: string[] = [];
    for (const s of fixture.sentences) {
      const sentence = byId.get(s.id)?.outcome.criminal?.[s.sentence];
      if (sentence?.months === s.months) right++;
      else wrong.push(`${s.id} #${s.sentence}: expected ${s.months}, got ${sentence?.months}`);
    }
    const n = fixture.sentences.length;
    console.log(`prison terms: ${right}/${n} = ${((100 * right) / n).toFixed(2)}%`, wrong);
    expect(n).toBeGreaterThanOrEqual(50);
    expect(right / n).toBeGreaterThanOrEqual(0.95);
  });
});

describe.skipIf(!existsSync(casesPath))("authoritative cases", () => {
  it("parses all 4,107 without throwing; ≥ 95% yield title, tier and key holdings or facts, ≥ 80% a court", async () => {
    let n = 0;
    let complete = 0;
    let courts = 0;
    const byCollection = new Map<string, { n: number; complete: number }>();
    for await (const c of jsonLines<{ collection: string; markdown: string }>(casesPath)) {
      const r = parseAuthoritativeCase(c.markdown, c.collection);
      const ok = Boolean(r.title && r.tier && (r.keyHoldings || r.sections.facts));
      n++;
      complete += Number(ok);
      courts += Number(Boolean(r.court));
      const s = byCollection.get(c.collection) ?? { n: 0, complete: 0 };
      s.n++;
      s.complete += Number(ok);
      byCollection.set(c.collection, s);
    }
    console.log(
      `authoritative cases: ${complete}/${n} = ${((100 * complete) / n).toFixed(2)}%`,
      Object.fromEntries(byCollection),
    );
    console.log(
      `authoritative cases with the deciding court: ${courts}/${n} = ${((100 * courts) / n).toFixed(2)}%`,
    );
    expect(n).toBe(4107);
    expect(complete / n).toBeGreaterThanOrEqual(0.95);
    // Write-ups have no header: the court is the one their account has decide (none before session 12).
    expect(courts / n).toBeGreaterThanOrEqual(0.8);
  });
});
