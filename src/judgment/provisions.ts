/**
 * Provisions as a judge reads them, with the article in Chinese numerals as judgments write it
 * (《刑法》第一百三十三条之一): the one formatter of the server (reports, audit reports, deviation
 * reasons) and of the workbench, which imports this module as it is (src/web/serve.ts serves it and
 * ./numerals.ts to the browser). Browser-safe: it imports nothing else.
 */
import { formatChineseInt } from "./numerals.ts";

/**
 * A statute key as typed: `law`, `law#article` or `law#article-n` (之n: 第一百三十三条之一 →
 * `刑法#133-1`), the law's name not yet shortened (src/search/documents.ts statuteKey).
 */
export const STATUTE_KEY = /^[^#\s]+(?:#(\d{1,4})(?:-(\d{1,2}))?)?$/;

/** An article as judgments number it: 264 → 第二百六十四条, 133 之 1 → 第一百三十三条之一. */
export function articleText(article: number, subArticle?: number): string {
  return `第${formatChineseInt(article)}条${subArticle ? `之${formatChineseInt(subArticle)}` : ""}`;
}

/**
 * A provision written out: 《刑法》第一百三十三条之一第一款; a law alone as 《刑法》; the 1979 Criminal
 * Law's (刑法（1979年）) as a judge writes it, 1979年《刑法》第一百三十二条.
 */
export function provisionText(p: {
  law: string;
  article?: number;
  subArticle?: number;
  paragraph?: number;
}): string {
  const dated = /^(.+)（(\d{4}年)）$/.exec(p.law);
  const law = dated ? `${dated[2]}《${dated[1]}》` : `《${p.law}》`;
  if (p.article === undefined) return law;
  const paragraph = p.paragraph ? `第${formatChineseInt(p.paragraph)}款` : "";
  return `${law}${articleText(p.article, p.subArticle)}${paragraph}`;
}

/**
 * A statute key (刑法#133-1, as the index and the API name a provision) as a judge reads it:
 * 《刑法》第一百三十三条之一 ({@link provisionText}); anything else — a reference already written out
 * (《中华人民共和国刑法》第二百六十四条) — as given.
 */
export function statuteKeyText(key: string): string {
  const m = STATUTE_KEY.exec(key);
  if (!m || /[《》]|第.+条/.test(key)) return key;
  return provisionText({
    law: key.split("#")[0] ?? "",
    ...(m[1] === undefined ? {} : { article: Number(m[1]) }),
    ...(m[2] === undefined ? {} : { subArticle: Number(m[2]) }),
  });
}
