/**
 * Plain text from a write-up's Markdown. The collections' pages were converted to Markdown by pandoc,
 * which keeps an inline HTML fragment it cannot place as a raw span (`<中华人民共和国刑法>`{=html}),
 * links with their URLs, escapes for punctuation (\[2012\], G\*公司) and a few HTML tags (<br>, a table).
 * The text keeps what a reader of the page sees: a link's or a raw span's content, the punctuation
 * without its backslash, bold and heading lines without their marks.
 */

/** A raw-attribute span: `…`{=html}, also written `…`{html}. */
const RAW_SPAN_RE = /`([^`\n]*)`\{=?[A-Za-z]+\}/g;
/** An image, which a text has no place for; its alternative text stays. */
const IMAGE_RE = /!\[((?:\\.|[^\]\\\n])*)\]\([^)\n]*\)/g;
/** An inline link [text](url "title"), or a span with attributes [text]{.underline}; not an escaped \[. */
const LINK_RE = /(?<!\\)\[((?:\\.|[^\]\\\n])*)\](?:\([^)\n]*\)|\{[^}\n]*\})/g;
/** HTML tags pandoc kept: a break or a row's end ends a line, a cell's end separates cells. */
const LINE_END_TAG_RE = /<(?:br|\/tr|\/p|\/div)\b[^>\n]*>/gi;
const CELL_END_TAG_RE = /<\/t[dh]>(?=<t[dh]\b)/gi;
const OTHER_TAG_RE =
  /<\/?(?:span|table|tbody|thead|tr|td|th|p|div|sup|sub|font|u|b|i|em|strong|a|img)\b[^>\n]*>/gi;
/**
 * Bold: **…** around text with no asterisk of its own. Runs of asterisks that mask a number or a name
 * (021-****1721, ***山) are the document's, not emphasis.
 */
const BOLD_RE = /(?<![*\\])\*\*(?=[^\s*])([^*\n]*?[^\s*\\])\*\*(?!\*)/g;
const HEADING_MARK_RE = /^[ \t]*(?:#{1,6}[ \t\u3000]+)+/gm;
/** A backslash before ASCII punctuation escapes it (CommonMark §2.4); before anything else it is text. */
const ESCAPE_RE = /\\([!-/:-@[-`{-~])/g;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};
const ENTITY_RE = /&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,6})|#[xX]([0-9a-fA-F]{1,5}));/g;

/** The text a write-up's Markdown reads as. */
export function markdownText(markdown: string): string {
  return (
    markdown
      .replace(/\r\n?/g, "\n")
      .replace(RAW_SPAN_RE, "$1")
      .replace(IMAGE_RE, "$1")
      .replace(LINK_RE, "$1")
      .replace(LINE_END_TAG_RE, "\n")
      .replace(CELL_END_TAG_RE, " ")
      .replace(OTHER_TAG_RE, "")
      .replace(BOLD_RE, "$1")
      .replace(HEADING_MARK_RE, "")
      .replace(ESCAPE_RE, "$1")
      // Last, so that an entity's < or & is never read as markup.
      .replace(ENTITY_RE, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
        name
          ? (ENTITIES[name] ?? "")
          : String.fromCodePoint(Number.parseInt(dec ?? hex ?? "", dec ? 10 : 16)),
      )
  );
}
