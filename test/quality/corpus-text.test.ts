/**
 * Nothing copied from ../shared may be committed into the project (brief: "nothing from it may be
 * committed"): fixtures and comments use invented case numbers of the corpus's forms. This test
 * fails on any case number in the project's own files that is written, character for character, in
 * the corpora (skipped when ../shared is absent). It also fails on a case's own text: a stretch of
 * SHARED_RUN Chinese characters or more written, character for character, in the corpora, every
 * WINDOW characters of it in fewer than RARE_IN of their records, as one case's sentences, its
 * parties' names and its particular sentence are. Wording many records share (court formulae such
 * as 原判认定事实清楚…) passes, and so do the law's own words: charge names, citations of a law
 * (《…》, 第…条第…款第（…）项) and the statute text that tests of quoted law quote (QUOTED_LAW).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { CRIMINAL_CHARGES } from "../../src/judgment/charge-list.ts";

const root = path.resolve(import.meta.dirname, "../..");
const shared = path.resolve(root, "../shared/data");
const corpora = ["lecard/candidates.jsonl.br", "cases/authoritative-cases.jsonl.br"].map((f) =>
  path.join(shared, f),
);
const chargeList = path.join(shared, "reference/criminal-charges.txt");

/** The project's own text files: sources, tests, fixtures, tools, mappings and the two documents. */
function projectFiles(): string[] {
  const out = ["README.md", "CHANGELOG.md"].map((f) => path.join(root, f));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:ts|json|md|js|html|css)$/.test(entry.name)) out.push(full);
    }
  };
  for (const dir of ["src", "test", "indexer", "tools", "mappings"]) walk(path.join(root, dir));
  return out;
}

/** A case number as judgments write it: （2018）某0111刑初…号, (2015)民申字第…号. */
const CASE_NUMBER = /[（(]\d{4}[）)][^\s，。；、“”"'`（）()]{1,14}?第?\d{1,8}(?:-\d+)?号/g;

/** The corpora's texts, one record a line: read once for both checks. */
let corpusTexts: string[] | undefined;
const readCorpora = () =>
  (corpusTexts ??= corpora.map((file) => zlib.brotliDecompressSync(readFileSync(file)).toString()));

/** Chinese characters and the full-width punctuation written between them in a sentence. */
const CJK =
  "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u00d7";
/**
 * The unit looked up in the corpora: a court formula's 15 characters stand in many records, so a
 * stretch of a court's name and a formula (…市中级人民法院经审理认为，原判…) breaks where they join.
 */
const WINDOW = 15;
/** Shortest shared stretch that fails. */
const SHARED_RUN = 22;
/** A window written in this many records or more is common wording, not one case's. */
const RARE_IN = 5;
/**
 * Statute text quoted by the tests of the rule that a quoted law is no finding (circumstances.test.ts):
 * the law's words, which few judgments quote in full.
 */
const QUOTED_LAW = [
  // 刑法 §276之一
  "以逃匿方法逃避支付劳动者的劳动报酬，数额较大，经政府有关部门责令支付仍不支付的，处三年以下有期徒刑或者拘役",
  // 法释〔2013〕8号 §12
  "盗窃未遂，具有下列情形之一的，应当依法追究刑事责任：（一）以数额巨大的财物为盗窃目标的；（二）以珍贵文物为盗窃目标的",
  // 刑法 §293
  "强拿硬要公私财物，情节严重，破坏社会秩序的",
  // 刑法 §236 ¶3
  "强奸妇女、奸淫幼女，有下列情形之一的，处十年以上有期徒刑",
  // 刑法 §267
  "抢夺公私财物，数额较大的，或者多次抢夺的，处三年以下有期徒刑",
];

/** A law cited: its title in 《》, an article, paragraph or item (第二百六十四条之一第一款第（二）项). */
const CITATION =
  "《[^《》\\n]{1,60}》|第[一二三四五六七八九十百千零]+(?:条(?:之[一二三四五六七八九十]+)?|款)|第[（(][一二三四五六七八九十]+[)）]项";

/**
 * The project's runs of Chinese text, a sentence wrapped over comment or string lines read as one,
 * cut where a charge name, QUOTED_LAW or a CITATION stands.
 */
function chineseRuns(text: string, allowed: RegExp): string[] {
  const joined = text
    .replace(new RegExp(`([${CJK}])\\s*\\n\\s*(?:\\/\\/+|\\*|#|\\+|"|')?\\s*(?=[${CJK}])`, "g"), "$1")
    .replace(allowed, "\n");
  return joined.match(new RegExp(`[${CJK}]{${SHARED_RUN},}`, "g")) ?? [];
}

describe.skipIf(![...corpora, chargeList].every((f) => existsSync(f)))("corpus text in the project", () => {
  it("holds no case number of the corpora", () => {
    const project = projectFiles().map((file) => ({ file, text: readFileSync(file, "utf8") }));
    const written = new Set(project.flatMap(({ text }) => [...text.matchAll(CASE_NUMBER)].map((m) => m[0])));
    // The corpora's case numbers, read with the same pattern: a number starts at its bracket and the
    // pattern crosses no other bracket, so a number the project writes is among them if written there.
    const inCorpus = new Set<string>();
    for (const text of readCorpora()) {
      for (const m of text.matchAll(CASE_NUMBER)) if (written.has(m[0])) inCorpus.add(m[0]);
    }
    const found = project.flatMap(({ file, text }) =>
      [...text.matchAll(CASE_NUMBER)]
        .filter((m) => inCorpus.has(m[0]))
        .map((m) => `${path.relative(root, file)}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });

  it("holds no stretch of a case's own text from the corpora", () => {
    const n = WINDOW;
    // The reference list's names and the project's (the list writes 剌探 for 刺探).
    const names = [...readFileSync(chargeList, "utf8").split("\n").filter(Boolean), ...CRIMINAL_CHARGES];
    const allowed = new RegExp(
      [
        ...[...names, ...QUOTED_LAW]
          .sort((a, b) => b.length - a.length)
          .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
        CITATION,
      ].join("|"),
      "g",
    );
    const project = projectFiles().map((file) => ({
      file,
      runs: chineseRuns(readFileSync(file, "utf8"), allowed),
    }));
    // Every window of the project's runs, and every part of `half` characters of them: a window
    // written in the corpora holds a part starting at a multiple of `half` (2 × half - 1 <= n), so the
    // corpora are probed only there, and a probe that hits is widened to the windows around it.
    const half = Math.floor(n / 2);
    const records = new Map<string, Set<number>>();
    const halves = new Set<string>();
    for (const { runs } of project)
      for (const run of runs) {
        for (let i = 0; i + n <= run.length; i++) records.set(run.slice(i, i + n), new Set());
        for (let i = 0; i + half <= run.length; i++) halves.add(run.slice(i, i + half));
      }
    let base = 0;
    for (const text of readCorpora()) {
      const lineStarts = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
      const recordAt = (pos: number) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((lineStarts[mid] ?? 0) <= pos) lo = mid;
          else hi = mid - 1;
        }
        return base + lo;
      };
      for (let p = 0; p + half <= text.length; p += half) {
        if (!halves.has(text.slice(p, p + half))) continue;
        for (let q = Math.max(0, p - half + 1); q <= p; q++) {
          const seen = records.get(text.slice(q, q + n));
          if (seen && seen.size < RARE_IN) seen.add(recordAt(q));
        }
      }
      base += lineStarts.length;
    }
    // A stretch of consecutive windows each written in 1 to RARE_IN - 1 records.
    const rare = (w: string) => {
      const size = records.get(w)?.size ?? 0;
      return size > 0 && size < RARE_IN;
    };
    const found: string[] = [];
    for (const { file, runs } of project)
      for (const run of runs) {
        let start = -1;
        for (let i = 0; i + n <= run.length + 1; i++) {
          if (i + n <= run.length && rare(run.slice(i, i + n))) {
            if (start < 0) start = i;
          } else if (start >= 0) {
            if (i - 1 + n - start >= SHARED_RUN)
              found.push(`${path.relative(root, file)}: ${run.slice(start, i - 1 + n)}`);
            start = -1;
          }
        }
      }
    expect(found).toEqual([]);
  });
});
