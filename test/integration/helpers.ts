/**
 * Shared helpers for integration tests: a client for the suite's Elasticsearch and unique,
 * self-cleaning index names so test files never see each other's data.
 */
import { randomBytes } from "node:crypto";
import { Client } from "@elastic/elasticsearch";
import { inject } from "vitest";
import type { JudgmentDocument } from "../../src/search/documents.ts";
import { createIndex } from "../../src/search/indices.ts";
import { loadIndexDefinition } from "../../src/search/mappings.ts";

export function esUrl(): string {
  return inject("esUrl");
}

export function testClient(): Client {
  return new Client({ node: esUrl(), requestTimeout: 60_000 });
}

/** A lowercase prefix unique to this test file run, e.g. `t-3f9a1c-`. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${randomBytes(3).toString("hex")}-`;
}

/** Deletes every index starting with `prefix` (by name: Elasticsearch 9 refuses wildcard deletes). */
export async function cleanup(client: Client, prefix: string): Promise<void> {
  const found = await client.indices.get({
    index: `${prefix}*`,
    allow_no_indices: true,
    ignore_unavailable: true,
  });
  const names = Object.keys(found);
  if (names.length > 0) await client.indices.delete({ index: names });
}

/**
 * A document as mappings before v7 indexed it: without the fields added since (v7 citedCaseNumbers,
 * v8 the sections' character fields), which an older index's strict mapping refuses.
 */
export function beforeV7(
  document: JudgmentDocument,
): Omit<JudgmentDocument, "citedCaseNumbers" | "facts_chars" | "reasoning_chars" | "disposition_chars"> {
  const {
    citedCaseNumbers: _cited,
    facts_chars: _facts,
    reasoning_chars: _reasoning,
    disposition_chars: _disposition,
    ...rest
  } = document;
  return rest;
}

/**
 * An index `index` of judgments mapping `version` behind `alias` (added to it: an alias may point at
 * several), holding `documents` by id, refreshed: the state an older release left behind.
 */
export async function judgmentsIndex(
  client: Client,
  {
    index,
    alias,
    version,
    documents = {},
  }: {
    index: string;
    alias: string;
    version: number;
    documents?: Record<string, object>;
  },
): Promise<void> {
  await createIndex(client, index, loadIndexDefinition("judgments", version));
  await client.indices.putAlias({ index, name: alias });
  for (const [id, document] of Object.entries(documents)) await client.index({ index, id, document });
  await client.indices.refresh({ index });
}
