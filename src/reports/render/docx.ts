/**
 * Word (DOCX) export of a retrieval report through the `docx` library. Content comes from
 * sections.ts; this file only lays it out: A4, 宋体/黑体, numbered sections, one table per tier with
 * header rows repeated across pages, a footer with page numbers, and the source notes.
 *
 * Deterministic: the document properties (creator "Leian", title, created/modified = the report's
 * createdAt) are fixed, and the zip entries' modification times — which the library stamps with the
 * current time — are rewritten to the report's createdAt, so the same report version always gives
 * the same bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { RetrievalReport } from "../model.ts";
import {
  type Block,
  buildSections,
  type Cell,
  type ReportDocument,
  type Table as TableSpec,
} from "./sections.ts";

const SERIF = "宋体";
const SANS = "黑体";
const LATIN = "Times New Roman";
/** A4 in twips, margins 25/22/22/20 mm. */
const PAGE = { width: 11906, height: 16838, top: 1417, bottom: 1247, left: 1247, right: 1134 };
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Half-points. */
const SIZE = { body: 24, table: 21, compact: 17, h1: 40, h2: 28, h3: 24, note: 19 };
const WARNING_COLOR = "B00000";

const font = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, eastAsia, cs: LATIN });

function run(text: string, options: { bold?: boolean; size?: number; sans?: boolean; color?: string } = {}) {
  return new TextRun({
    text,
    bold: options.bold,
    size: options.size,
    color: options.color,
    font: options.sans ? font(SANS) : undefined,
  });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = {
  top: cellBorder,
  bottom: cellBorder,
  left: cellBorder,
  right: cellBorder,
  insideHorizontal: cellBorder,
  insideVertical: cellBorder,
};

function tableCell(
  cell: Cell,
  width: number,
  options: { header?: boolean; size: number; shade?: string; center?: boolean },
): TableCell {
  const warning = cell.tone === "warning";
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: options.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    shading: options.shade ? { type: ShadingType.CLEAR, color: "auto", fill: options.shade } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: cell.lines.map(
      (line) =>
        new Paragraph({
          alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: 0, after: 0, line: 276 },
          children: [
            run(line, {
              bold: options.header || warning,
              sans: options.header,
              size: options.size,
              color: warning ? WARNING_COLOR : undefined,
            }),
          ],
        }),
    ),
  });
}

function twips(widths: number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.floor((w / total) * CONTENT_WIDTH));
  const rest = CONTENT_WIDTH - out.reduce((a, b) => a + b, 0);
  out[out.length - 1] = (out[out.length - 1] ?? 0) + rest;
  return out;
}

function renderTable(spec: TableSpec): Table {
  const widths = twips(spec.widths);
  const size = spec.compact ? SIZE.compact : SIZE.table;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: spec.headers.map((h, i) =>
      tableCell({ lines: [h] }, widths[i] ?? 0, { header: true, size, shade: "E7E7E7", center: true }),
    ),
  });
  const rows = spec.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((cell, i) =>
          spec.rowHeaders && i === 0
            ? tableCell(cell, widths[i] ?? 0, { header: true, size, shade: "F4F4F4" })
            : tableCell(cell, widths[i] ?? 0, { size }),
        ),
      }),
  );
  return new Table({
    rows: [header, ...rows],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
  });
}

function fieldsTable(rows: Array<[string, string]>): Table {
  const widths = twips([28, 72]);
  return new Table({
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          height: { value: 0, rule: HeightRule.AUTO },
          children: [
            tableCell({ lines: [label] }, widths[0] ?? 0, {
              header: true,
              size: SIZE.table,
              shade: "F4F4F4",
            }),
            tableCell({ lines: [value] }, widths[1] ?? 0, { size: SIZE.table }),
          ],
        }),
    ),
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
  });
}

const spacer = () => new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });

function renderBlock(block: Block): Array<Paragraph | Table> {
  switch (block.kind) {
    case "subheading":
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 160, after: 80 },
          children: [run(block.text, { bold: true, sans: true, size: SIZE.h3 })],
        }),
      ];
    case "paragraph": {
      const small = block.tone !== undefined;
      return [
        new Paragraph({
          alignment: AlignmentType.BOTH,
          indent: block.indent ? { firstLine: 2 * SIZE.body * 10 } : undefined,
          spacing: { before: 0, after: 80, line: 360 },
          children: [
            run(block.text, {
              size: small ? SIZE.note : undefined,
              bold: block.tone === "warning",
              color: block.tone === "warning" ? WARNING_COLOR : undefined,
            }),
          ],
        }),
      ];
    }
    case "fields":
      return [fieldsTable(block.rows), spacer()];
    case "numbered":
      return block.items.map(
        (item, i) =>
          new Paragraph({
            alignment: AlignmentType.BOTH,
            indent: { left: 480, hanging: 480 },
            spacing: { before: 0, after: 60, line: 360 },
            children: [run(`${i + 1}. ${item}`)],
          }),
      );
    case "table":
      return [renderTable(block.table), spacer()];
  }
}

/** W3C date-time without milliseconds, as Word writes it. */
function w3cdtf(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? "1980-01-01T00:00:00Z" : new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === '"' ? "&quot;" : "&apos;",
  );
}

/** docProps/core.xml with fixed timestamps (the library would write the current time). */
function coreProperties(doc: ReportDocument): string {
  const at = w3cdtf(doc.properties.createdAt);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(doc.properties.title)}</dc:title>` +
    `<dc:subject>${xmlEscape(doc.properties.subject)}</dc:subject>` +
    "<dc:creator>Leian</dc:creator>" +
    `<cp:keywords>${xmlEscape(doc.properties.keywords)}</cp:keywords>` +
    "<cp:lastModifiedBy>Leian</cp:lastModifiedBy>" +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/**
 * Rewrites the modification time of every entry of a zip (local headers and central directory) to
 * `iso` in Beijing time, the DOS format's local time. CRCs and sizes do not cover these fields.
 */
export function fixZipTimestamps(zip: Buffer, iso: string): Buffer {
  const ms = Date.parse(iso);
  const d = new Date(
    (Number.isNaN(ms) ? Date.UTC(1980, 0, 1) : Math.max(ms, Date.UTC(1980, 0, 1))) + 8 * 3600_000,
  );
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  const out = Buffer.from(zip);
  // End of central directory: the last 0x06054b50 (no archive comment is written, but search anyway).
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("DOCX: no zip end-of-central-directory record");
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error("DOCX: malformed zip central directory");
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error("DOCX: malformed zip local header");
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** Builds the docx Document of a laid-out report (exported for tests and the benchmark). */
export function layoutDocx(doc: ReportDocument): Document {
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 200 },
      children: [run(doc.title, { bold: true, sans: true, size: SIZE.h1 })],
    }),
    ...doc.subtitle.map(
      (line, i) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: i === doc.subtitle.length - 1 ? 320 : 0 },
          children: [run(line)],
        }),
    ),
  ];
  for (const section of doc.sections) {
    children.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 280, after: 120 },
        children: [run(section.heading, { bold: true, sans: true, size: SIZE.h2 })],
      }),
    );
    for (const block of section.blocks) children.push(...renderBlock(block));
  }
  children.push(
    new Paragraph({
      spacing: { before: 360, after: 80 },
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 4 } },
      children: [run("来源说明", { bold: true, sans: true, size: SIZE.note })],
    }),
    ...doc.sourceNotes.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.BOTH,
          spacing: { before: 0, after: 60 },
          children: [run(line, { size: SIZE.note })],
        }),
    ),
    ...doc.signature.map(
      ([label, value], i) =>
        new Paragraph({
          indent: { left: Math.floor(CONTENT_WIDTH * 0.45) },
          spacing: { before: i === 0 ? 480 : 0, after: 160 },
          children: [run(`${label}：${value === "" ? "____________________" : value}`)],
        }),
    ),
  );

  return new Document({
    creator: "Leian",
    lastModifiedBy: "Leian",
    title: doc.properties.title,
    subject: doc.properties.subject,
    keywords: doc.properties.keywords,
    revision: 1,
    styles: {
      default: {
        document: {
          run: { font: font(SERIF), size: SIZE.body },
          paragraph: { spacing: { line: 360 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: 567 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: ["第 ", PageNumber.CURRENT, " 页 共 ", PageNumber.TOTAL_PAGES, " 页"],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/**
 * Characters XML 1.0 does not allow (C0 controls but tab and line breaks, U+FFFE/U+FFFF, unpaired
 * surrogates): a case number with a BEL (\u0007) typed into a report made its DOCX unreadable to Word,
 * and a report is immutable — it could never be exported. Dropped from the file, kept in the report.
 */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

function stripNonXml(text: string): string {
  let out = "";
  // Iterating a string yields code points: a pair of surrogates is one, a lone surrogate stays alone.
  for (const ch of text) if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/** `value` with every string in it XML-safe (see isXmlChar). */
export function xmlSafe<T>(value: T): T {
  if (typeof value === "string") return stripNonXml(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafe) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  return value;
}

export async function renderDocx(report: RetrievalReport): Promise<Buffer> {
  const doc = xmlSafe(buildSections(report));
  const packed = await Packer.toBuffer(layoutDocx(doc), false, [
    { path: "docProps/core.xml", data: coreProperties(doc) },
  ]);
  return fixZipTimestamps(packed, report.createdAt);
}
