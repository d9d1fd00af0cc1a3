/**
 * Nothing copied from ../shared may be committed into the project (brief: "nothing from it may be
 * committed"): fixtures and comments use invented case numbers of the corpus's forms. This test
 * fails on any case number in the project's own files that is written, character for character, in
 * the corpora (skipped when ../shared is absent). It also fails on a case's own text: a stretch of
 * SHARED_RUN Chinese characters or more written, character for character, in the corpora, every
 * WINDOW characters of it in fewer than RARE_IN of their records, as one case's sentences, its
 * parties' names and its particular sentence are. Wording many records share (court formulae such
 * as 原判认定事实清楚…) passes, and so do the law's own words: charge names, causes of 民事案件案由规定,
 * citations of a law (《…》, 第…条第…款第（…）项, 最高人民法院关于…的解释) and the statute text the
 * project quotes (QUOTED_LAW). A few formulae every judgment writes (FORMULAE) pass too: a real court's
 * name joined to one (上海市高级人民法院经审理认为…) is in fewer than RARE_IN records.
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
/**
 * Shortest shared stretch that fails. At 20 the project's text passes once FORMULAE are set aside; at
 * 19, 35 stretches fail, nearly all a formula joined to a court's name or a sentence's figures
 * (…人民法院经复核认为，原判认定事实清楚, 不符合自首的法律规定，不能认定为自首), too many and too
 * varied to list as FORMULAE without letting a case's own words pass.
 */
const SHARED_RUN = 20;
/** A window written in this many records or more is common wording, not one case's. */
const RARE_IN = 5;
/**
 * Statute text the project quotes, in the tests of the rule that a quoted law is no finding
 * (circumstances.test.ts), in comments and in the synthetic generator: the law's words, which few
 * judgments quote in full.
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
  // 劳动合同法 §30
  "用人单位应当按照劳动合同约定和国家规定",
  // 行诉法解释 2000 §44
  "应当裁定不予受理；已经受理的，裁定驳回起诉",
];

/**
 * Formulae every court writes (依法组成合议庭, 驳回上诉…发生法律效力), the law's terms (数罪并罚,
 * 如实供述, 缓刑考验期限), the usual findings of a drunk-driving case (在道路上醉酒驾驶机动车, 血液中
 * 乙醇含量), and 民事案件案由规定's causes the tests name: none is one case's. Joined to a court's
 * name or a sum they make a stretch few records share, so they are cut like charge names. Add one
 * only for wording every judgment of its kind writes, never to let a case's own sentence pass.
 */
const FORMULAE = [
  "依法组成合议庭",
  "一、撤销",
  "经审理",
  "提起上诉",
  "提出上诉",
  "发生法律效力",
  "自愿达成如下协议",
  "判决生效之日起",
  "罚金限于本判决生效后",
  "承担连带清偿责任",
  "系双方真实意思表示",
  "附带民事",
  "数罪并罚",
  "如实供述",
  "缓刑考验期限",
  "酌情从轻处罚",
  "在道路上醉酒驾驶机动车",
  "血液中乙醇含量",
  "人力资源和社会保障局",
  "侵害集成电路布图设计专有权纠纷",
  "因恶意提起知识产权诉讼损害责任纠纷",
];

/**
 * A law cited: its title in 《》 or a judicial interpretation's written without them (最高人民法院关于审理…的
 * 解释), an article, paragraph or item (第二百六十四条之一第一款第（二）项).
 */
const CITATION =
  "《[^《》\\n]{1,60}》|最高人民(?:法院|检察院)关于[^，。；、《》\\s]{2,60}?(?:解释|规定|意见|批复)|第[一二三四五六七八九十百千零]+(?:条(?:之[一二三四五六七八九十]+)?|款)|第[（(][一二三四五六七八九十]+[)）]项";

/**
 * The project's runs of Chinese text, a sentence wrapped over comment or string lines read as one,
 * cut where a charge name, QUOTED_LAW, FORMULAE or a CITATION stands.
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
        ...[...names, ...QUOTED_LAW, ...FORMULAE]
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
