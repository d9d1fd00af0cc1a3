/**
 * Persistence of audits behind the audits alias (mappings/audits.v1.json), created on first use.
 * An audit is written once (op_type create) and never updated.
 */
import type { Client } from "../search/client.ts";
import { ensureAliasedIndex } from "../search/indices.ts";
import { CURRENT_VERSIONS, loadIndexDefinition } from "../search/mappings.ts";
import type { Audit } from "./model.ts";

/** What a list shows of an audit. */
export interface AuditSummary {
  id: string;
  createdAt: string;
  requestedBy: Audit["requestedBy"];
  scope: Audit["request"]["scope"];
  snapshot: Audit["snapshot"];
  casesExamined: number;
  clusterCount: number;
  findingCount: number;
  durationMs: number;
}

export interface AuditStore {
  save(audit: Audit): Promise<void>;
  get(id: string): Promise<Audit | undefined>;
  /** Newest first. */
  list(query: { size: number }): Promise<AuditSummary[]>;
}

export function toAuditSummary(audit: Audit): AuditSummary {
  return {
    id: audit.id,
    createdAt: audit.createdAt,
    requestedBy: audit.requestedBy,
    scope: audit.request.scope,
    snapshot: audit.snapshot,
    casesExamined: audit.casesExamined,
    clusterCount: audit.clusters.length,
    findingCount: audit.findings.length,
    durationMs: audit.durationMs,
  };
}

/** A store on `client` with its own first-use memo (no module-level state). */
export function createAuditStore(client: Client, alias: string): AuditStore {
  let ready: Promise<void> | undefined;
  const ensure = () => {
    ready ??= ensureAliasedIndex(client, alias, loadIndexDefinition("audits", CURRENT_VERSIONS.audits)).catch(
      (error: unknown) => {
        ready = undefined;
        throw error;
      },
    );
    return ready;
  };
  return {
    async save(audit) {
      await ensure();
      await client.index({
        index: alias,
        id: audit.id,
        op_type: "create",
        document: { ...toAuditSummary(audit), audit },
      });
    },
    async get(id) {
      await ensure();
      // Realtime get: an audit just stored is readable at once.
      const res = await client.get<{ audit: Audit }>({ index: alias, id }, { ignore: [404] });
      return res.found ? res._source?.audit : undefined;
    },
    async list({ size }) {
      await ensure();
      // Audits are few and listing is rare: a refresh makes one stored a moment ago appear.
      await client.indices.refresh({ index: alias });
      const res = await client.search<AuditSummary>({
        index: alias,
        size,
        _source: { excludes: ["audit"] },
        sort: [{ createdAt: { order: "desc" } }, { id: { order: "desc" } }],
      });
      return res.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
    },
  };
}
