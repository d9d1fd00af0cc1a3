import nodejieba from "nodejieba";
import { afterAll, describe, expect, it } from "vitest";
import { CURRENT_VERSIONS, loadIndexDefinition } from "../../src/search/mappings.ts";
import { cleanup, testClient, uniquePrefix } from "./helpers.ts";

// The foundation's promise: a real Elasticsearch, an index made from a committed mapping file,
// Chinese text segmented by jieba going in, and a segmented query finding it.
describe("a real Elasticsearch with a mapping from mappings/", () => {
  const client = testClient();
  const prefix = uniquePrefix("foundation");
  afterAll(async () => {
    await cleanup(client, prefix);
    await client.close();
  });

  it("indexes jieba-segmented Chinese text and finds it by a segmented query", async () => {
    const def = loadIndexDefinition("judgments", CURRENT_VERSIONS.judgments);
    const index = `${prefix}judgments`;
    await client.indices.create({ index, settings: def.settings, mappings: def.mappings });
    const seg = (text: string) =>
      nodejieba
        .cut(text)
        .filter((t) => t.trim())
        .join(" ");
    await client.index({
      index,
      id: "a",
      document: {
        id: "a",
        facts_seg: seg("被告人驾驶机动车在道路上醉酒驾驶，血液酒精含量为195毫克"),
        category: "刑事",
      },
    });
    await client.index({
      index,
      id: "b",
      document: { id: "b", facts_seg: seg("原告与被告签订买卖合同，被告未按约定支付货款"), category: "民事" },
    });
    await client.indices.refresh({ index });

    const hit = await client.search({ index, query: { match: { facts_seg: seg("醉酒驾驶机动车") } } });
    expect(hit.hits.hits.map((h) => h._id)).toEqual(["a"]);

    const phrase = await client.search({ index, query: { match_phrase: { facts_seg: seg("支付货款") } } });
    expect(phrase.hits.hits.map((h) => h._id)).toEqual(["b"]);
  });
});
