import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convertItem } from "./convert.ts";
import {
  checkFormat,
  countItems,
  detectFormat,
  readSources,
  type SourceItem,
  type SourceSpec,
  sourceWarnings,
} from "./sources.ts";

const TEXT =
  "江西省南昌市青山湖区人民法院 刑事判决书 （2018）赣0111刑初182号 公诉机关南昌市青山湖区人民检察院。 被告人应某，男。 经审理查明，2017年8月15日，被告人应某醉酒驾驶机动车。 本院认为，被告人应某的行为已构成危险驾驶罪。依照《中华人民共和国刑法》第一百三十三条之一之规定，判决如下： 被告人应某犯危险驾驶罪，判处拘役二个月。 审判长彭某 二〇一八年九月十八日 书记员刘某";

/** GBK bytes of a text, from the inverse of Node's GBK decoder (Node encodes only UTF-8). */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder("gbk");
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  return Buffer.from(
    [...text].flatMap((char) =>
      char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (table.get(char) ?? [0x3f]),
    ),
  );
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "leian-sources-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const full = path.join(dir, name);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, content);
  return full;
}

async function readAll(specs: SourceSpec[]): Promise<{ items: SourceItem[]; error?: Error }> {
  const items: SourceItem[] = [];
  try {
    for await (const item of readSources(specs, () => [])) items.push(item);
    return { items };
  } catch (error) {
    return { items, error: error as Error };
  }
}

const record = (i: number) => JSON.stringify({ id: `r${i}`, text: TEXT.replace("182", String(i)) });

describe("text in another encoding (review14 #6)", () => {
  it("refuses GBK JSONL line by line with the line's place and how to convert it, never as mojibake", async () => {
    const location = await file("gbk.jsonl", Buffer.concat([gbk(`${record(1)}\n`), gbk(`${record(2)}\n`)]));
    const { items, error } = await readAll([{ location, format: "records" }]);
    expect(error).toBeUndefined();
    expect(items.map((i) => i.locator)).toEqual([`${location}:1`, `${location}:2`]);
    for (const item of items) {
      const converted = await convertItem(item);
      expect(converted).toMatchObject({ locator: item.locator });
      expect("error" in converted && converted.error).toMatch(/not UTF-8 \(GBK\?\).*iconv -f GBK -t UTF-8/);
    }
    // Auto-detection refuses the file before anything is read.
    await expect(detectFormat(location)).rejects.toThrow(/gbk\.jsonl:1 is not UTF-8 \(GBK\?\).*iconv/);
  });

  it("reads JSONL in UTF-16 with a byte-order mark, little- or big-endian", async () => {
    const le = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${record(1)}\r\n${record(2)}\r\n`, "utf16le"),
    ]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${record(3)}\n`, "utf16le").swap16()]);
    for (const [name, bytes, ids] of [
      ["le.jsonl", le, ["r1", "r2"]],
      ["be.jsonl", be, ["r3"]],
    ] as const) {
      const location = await file(name, bytes);
      expect(await detectFormat(location)).toBe("records");
      const { items, error } = await readAll([{ location, format: "records" }]);
      expect(error).toBeUndefined();
      const converted = await Promise.all(items.map(convertItem));
      expect(converted.map((c) => ("error" in c ? c.error : JSON.parse(c.json).caseNumber))).toEqual(
        ids.map((id) => `（2018）赣0111刑初${id.slice(1)}号`),
      );
    }
  });
});

describe("judgment files in another encoding (review14 #6)", () => {
  const caseNumberOf = async (location: string) => {
    const { items } = await readAll([{ location, format: "files" }]);
    const converted = await convertItem(items[0] as SourceItem);
    return "error" in converted ? `error: ${converted.error}` : JSON.parse(converted.json).caseNumber;
  };
  const caseNumber = "（2018）赣0111刑初182号";

  it("reads a .txt in UTF-16 with a BOM, and an .html in the GBK its <meta> declares", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]);
    expect(await caseNumberOf(await file("enc/m-utf16.txt", utf16))).toBe(caseNumber);
    const html = (charset: string) =>
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>${TEXT}</p></body></html>`;
    expect(await caseNumberOf(await file("enc/l-gbk.html", gbk(html("gbk"))))).toBe(caseNumber);
    expect(await caseNumberOf(await file("enc/l-gb2312.htm", gbk(`<meta charset="GB2312">${TEXT}`)))).toBe(
      caseNumber,
    );
    // A page saved as UTF-8 that kept its original declaration is read as the UTF-8 it is.
    expect(await caseNumberOf(await file("enc/saved.html", html("gbk")))).toBe(caseNumber);
  });

  it("refuses a GBK .txt or an undeclared GBK .html, and UTF-16 without a BOM, saying how to convert", async () => {
    expect(await caseNumberOf(await file("enc/d-gbk.txt", gbk(TEXT)))).toMatch(
      /^error: not UTF-8 \(GBK\?\): .*iconv -f GBK -t UTF-8/,
    );
    expect(await caseNumberOf(await file("enc/n-gbk.html", gbk(`<p>${TEXT}</p>`)))).toMatch(
      /^error: not UTF-8 \(GBK\?\)/,
    );
    expect(await caseNumberOf(await file("enc/nobom.txt", Buffer.from(`${TEXT}\n`, "utf16le")))).toMatch(
      /^error: (not UTF-8|holds NUL bytes)/,
    );
    expect(await caseNumberOf(await file("enc/ascii16.txt", Buffer.from("abc", "utf16le")))).toMatch(
      /^error: holds NUL bytes \(UTF-16 without a byte-order mark\?\).*iconv -f UTF-16LE/,
    );
  });
});

describe("format detection (review14 #11)", () => {
  it("drops a UTF-8 BOM: the first record is read as any other", async () => {
    const location = await file("bom.jsonl", `\uFEFF${record(1)}\n${record(2)}\n`);
    expect(await detectFormat(location)).toBe("records");
    const { items } = await readAll([{ location, format: "records" }]);
    const converted = await Promise.all(items.map(convertItem));
    expect(converted.map((c) => ("error" in c ? c.error : "ok"))).toEqual(["ok", "ok"]);
  });

  it("looks past a bad first line to the first record, and says what is wrong when none is found", async () => {
    const lecard = JSON.stringify({ id: 7, qw: TEXT, writName: "刑事判决书" });
    const location = await file("badfirst.jsonl", `{"id": 1, "text": \n\n${lecard}\n`);
    expect(await detectFormat(location)).toBe("lecard");
    const prose = await file("prose.jsonl", "这不是 JSONL。\n[1, 2]\n");
    const error = await detectFormat(prose).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/prose\.jsonl.*line 1 is not JSON/);
    expect((error as Error).message).toMatch(/--format records sends each bad line to the dead-letter file/);
  });
});

describe("folders and single files (review14 #14)", () => {
  it("indexes one .txt file given as the source, as a files source", async () => {
    const location = await file("one/judgment.txt", TEXT);
    expect(await detectFormat(location)).toBe("files");
    const { items, error } = await readAll([{ location, format: "files" }]);
    expect(error).toBeUndefined();
    expect(items.map((i) => i.locator)).toEqual([location]);
    const converted = await convertItem(items[0] as SourceItem);
    expect("error" in converted ? converted.error : JSON.parse(converted.json).caseNumber).toBe(
      "（2018）赣0111刑初182号",
    );
  });

  it("says plainly when a named format does not fit the source, instead of EISDIR or ENOTDIR", async () => {
    const folder = path.dirname(await file("folder/a.txt", TEXT));
    const jsonl = await file("records.jsonl", `${record(1)}\n`);
    expect(() => checkFormat(folder, "records")).toThrow(
      /is a folder: --format records reads one JSONL file/,
    );
    expect(() => checkFormat(jsonl, "files")).toThrow(
      /--format files reads a folder or one .*file, not \.jsonl/,
    );
    expect((await readAll([{ location: folder, format: "records" }])).error?.message).toMatch(/is a folder/);
    expect((await readAll([{ location: jsonl, format: "files" }])).error?.message).toMatch(/--format files/);
  });

  it("counts and names the files of a folder it passes over", async () => {
    await file("mixed/a.txt", TEXT);
    await file("mixed/b.pdf", "%PDF");
    await file("mixed/sub/c.doc", "doc");
    await file("mixed/notes.md", "# notes");
    const location = path.join(dir, "mixed");
    const { items } = await readAll([{ location, format: "files" }]);
    expect(items.map((i) => path.basename(i.locator))).toEqual(["a.txt"]);
    const warnings = await sourceWarnings([{ location, format: "files" }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("3 file(s) skipped");
    for (const name of ["b.pdf", "notes.md", path.join("sub", "c.doc")]) expect(warnings[0]).toContain(name);
    expect(await sourceWarnings([{ location: path.join(dir, "folder"), format: "files" }])).toEqual([]);
  });
});

describe("read errors (review14 #8)", () => {
  // Varied lines so the compressed stream grows along the file and a cut falls mid-way through it.
  const lines = Array.from({ length: 60 }, (_, i) =>
    JSON.stringify({
      id: `t${i}`,
      text: `${TEXT} ${Math.sin(i + 1)
        .toString(36)
        .repeat(40)}`,
    }),
  );
  const content = Buffer.from(`${lines.join("\n")}\n`);

  for (const [ext, compress, partial] of [
    [
      ".br",
      brotliCompressSync,
      (b: Buffer) => brotliDecompressSync(b, { finishFlush: constants.BROTLI_OPERATION_FLUSH }),
    ],
    [".gz", gzipSync, (b: Buffer) => gunzipSync(b, { finishFlush: constants.Z_SYNC_FLUSH })],
  ] as const) {
    it(`yields every line of a truncated ${ext} read before the cut, then names the file and the line`, async () => {
      const compressed = compress(content);
      const cut = compressed.subarray(0, Math.floor(compressed.length * 0.6));
      const complete = partial(cut).toString("utf8").split("\n").length - 1;
      expect(complete).toBeGreaterThan(10);
      const location = await file(`trunc.jsonl${ext}`, cut);
      const { items, error } = await readAll([{ location, format: "records" }]);
      expect(items.map((i) => (i.raw as { line: string }).line)).toEqual(lines.slice(0, complete));
      expect(error?.message).toContain(`${location} could not be read past line ${complete}:`);
      expect(error).toMatchObject({ code: "source_unreadable", details: { file: location, line: complete } });
    });
  }

  it("yields the records of the sources before one that is gone, then names it", async () => {
    const first = await file("first.jsonl", `${record(1)}\n${record(2)}\n`);
    const gone = path.join(dir, "gone.jsonl.br");
    const { items, error } = await readAll([
      { location: first, format: "records" },
      { location: gone, format: "records" },
    ]);
    expect(items.map((i) => i.locator)).toEqual([`${first}:1`, `${first}:2`]);
    expect(error?.message).toContain(`Source not found: ${gone}`);
  });
});

describe("items counted before a job, for its progress", () => {
  it("counts a folder's judgment files, one file and synthetic items; a JSONL source's are unknown", async () => {
    await file("counted/a.txt", TEXT);
    await file("counted/b.html", `<p>${TEXT}</p>`);
    await file("counted/sub/c.txt", TEXT);
    await file("counted/d.pdf", "%PDF");
    const folder = path.join(dir, "counted");
    const one = await file("counted-one.txt", TEXT);
    expect(await countItems([{ location: folder, format: "files" }])).toBe(3);
    expect(
      await countItems([
        { location: folder, format: "files" },
        { location: one, format: "files" },
        { location: "synthetic:20:3", format: "synthetic" },
      ]),
    ).toBe(24);
    const jsonl = await file("counted.jsonl", `${record(1)}\n`);
    expect(
      await countItems([
        { location: folder, format: "files" },
        { location: jsonl, format: "records" },
      ]),
    ).toBeUndefined();
  });
});

describe("a dead-letter file read again (indexer replay)", () => {
  it("yields each failure's record at its first place, in its source's format, and names those it cannot", async () => {
    const lecard = JSON.stringify({ id: 7, qw: TEXT, writName: "刑事判决书" });
    const letters = [
      {
        jobId: "j",
        seq: 2,
        locator: "/data/a.jsonl:2",
        stage: "parse",
        reason: "invalid JSON",
        record: record(2),
      },
      {
        jobId: "j",
        seq: 3,
        locator: "/data/l.jsonl:9",
        stage: "index",
        reason: "es_rejected",
        id: "x",
        record: lecard,
      },
      { jobId: "j", seq: 4, locator: "/data/files/b.txt", stage: "parse", reason: "the file holds no text" },
      { jobId: "j", seq: 5, locator: "/data/a.jsonl:5", stage: "duplicate", reason: "same id", id: "y" },
      { jobId: "j", seq: 6, locator: "/data/a.jsonl:6", stage: "decision", reason: "deleted", id: "z" },
    ].map((l) => JSON.stringify(l));
    // An operator's edit that broke a line is said, not skipped.
    const location = await file("dead.jsonl", `${[...letters, '{"record": "{\\"text"'].join("\n")}\n`);
    const spec: SourceSpec = { location, format: "dead-letters" };
    const { items, error } = await readAll([spec]);
    expect(error).toBeUndefined();
    expect(items.map((i) => [i.locator, i.raw])).toEqual([
      ["/data/a.jsonl:2", { kind: "json", format: "records", line: record(2) }],
      ["/data/l.jsonl:9", { kind: "json", format: "lecard", line: lecard }],
      [
        `${location}:6`,
        { kind: "unreadable", reason: expect.stringMatching(/^not a dead letter \(.*\): fix it/) },
      ],
    ]);
    const converted = await convertItem(items[1] as SourceItem);
    expect("error" in converted ? converted.error : JSON.parse(converted.json).caseNumber).toBe(
      "（2018）赣0111刑初182号",
    );
    const warnings = await sourceWarnings([spec]);
    expect(warnings).toEqual([expect.stringContaining("1 dead letter(s) without their record")]);
    expect(warnings[0]).toContain("/data/files/b.txt");
  });
});
