/**
 * Keyword search (关键词检索) against the judgments alias: the API and reports run it here, the
 * query and the page come from src/search/queries/keyword.ts.
 */
import type { estypes } from "@elastic/elasticsearch";
import { unrecognisedTypedCauses } from "../judgment/causes.ts";
import { canonicalCharge } from "../judgment/charges.ts";
import type { Client } from "../search/client.ts";
import { courtFilterSpellings } from "../search/court-directory.ts";
import type { JudgmentDocument } from "../search/documents.ts";
import {
  buildKeywordSearch,
  hitsWithoutDocValues,
  type KeywordPage,
  type KeywordQuery,
  readKeywordResponse,
  withHitFieldsFromSource,
} from "../search/queries/keyword.ts";

/**
 * One page of results and the search body sent (reports record it). An index built before
 * mappings v5 is searched again reading each hit's stored record (/readyz says to rebuild it).
 * `required`: filter clauses every hit must meet besides the request's own (a report's statute-linked
 * search needs each article listed, where `filters.statutes` takes any: src/reports/build.ts).
 */
export async function keywordSearch(
  client: Client,
  alias: string,
  req: KeywordQuery,
  required: readonly estypes.QueryDslQueryContainer[] = [],
): Promise<{ page: KeywordPage; request: estypes.SearchRequest }> {
  const courts = req.filters?.courts;
  const found = courts?.length ? await courtFilterSpellings(client, alias, courts) : undefined;
  if (found) req = { ...req, filters: { ...req.filters, courts: found.spellings } };
  // Said back, as /similar does, rather than an unexplained empty page (醉驾 is no charge's name).
  const unrecognisedCharges = (req.filters?.charges ?? []).filter((c) => canonicalCharge(c) === undefined);
  // …and a cause no catalogue names (信息公开 for 政府信息公开), which finds only judgments naming it so.
  const unrecognisedCauses = unrecognisedTypedCauses(req.filters?.causes ?? []);
  let request = withRequired(buildKeywordSearch(req), required);
  let res = await client.search<Partial<JudgmentDocument>>({ index: alias, ...request });
  if (hitsWithoutDocValues(res)) {
    request = withHitFieldsFromSource(request);
    res = await client.search<Partial<JudgmentDocument>>({ index: alias, ...request });
  }
  const page = readKeywordResponse(req, res);
  if (unrecognisedCharges.length > 0) page.query.unrecognisedCharges = unrecognisedCharges;
  if (unrecognisedCauses.length > 0) page.query.unrecognisedCauses = unrecognisedCauses;
  if (found?.unrecognised.length) page.query.unrecognisedCourts = found.unrecognised;
  return { page, request };
}

/** The search with `required` as filters beside its query: hits, scores and order otherwise as built. */
function withRequired(
  request: estypes.SearchRequest,
  required: readonly estypes.QueryDslQueryContainer[],
): estypes.SearchRequest {
  if (required.length === 0) return request;
  return {
    ...request,
    query: { bool: { must: [request.query ?? { match_all: {} }], filter: [...required] } },
  };
}
