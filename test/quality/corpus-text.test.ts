/**
 * Nothing copied from ../shared may be committed into the project (brief: "nothing from it may be
 * committed"): fixtures and comments use invented case numbers of the corpus's forms. This test
 * fails on any case number in the project's own files that is written, character for character, in
 * the corpora (skipped when ../shared is absent). Names and sentences are not checkable this way:
 * reviews read for those.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const shared = path.resolve(root, "../shared/data");
const corpora = ["lecard/candidates.jsonl.br", "cases/authoritative-cases.jsonl.br"].map((f) =>
  path.join(shared, f),
);

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

describe.skipIf(!corpora.every((f) => existsSync(f)))("corpus text in the project", () => {
  it("holds no case number of the corpora", () => {
    const project = projectFiles().map((file) => ({ file, text: readFileSync(file, "utf8") }));
    const written = new Set(project.flatMap(({ text }) => [...text.matchAll(CASE_NUMBER)].map((m) => m[0])));
    // The corpora's case numbers, read with the same pattern: a number starts at its bracket and the
    // pattern crosses no other bracket, so a number the project writes is among them if written there.
    const inCorpus = new Set<string>();
    for (const file of corpora) {
      const text = zlib.brotliDecompressSync(readFileSync(file)).toString();
      for (const m of text.matchAll(CASE_NUMBER)) if (written.has(m[0])) inCorpus.add(m[0]);
    }
    const found = project.flatMap(({ file, text }) =>
      [...text.matchAll(CASE_NUMBER)]
        .filter((m) => inCorpus.has(m[0]))
        .map((m) => `${path.relative(root, file)}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});
