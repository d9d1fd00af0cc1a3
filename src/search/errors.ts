/**
 * Elasticsearch errors become tagged results at this boundary (style: Kibana's migration actions):
 * one function decides what is retryable.
 */
import { errors } from "@elastic/elasticsearch";
import { LeianError } from "../errors.ts";

/** Statuses worth retrying with back-off: timeouts, gone, too many requests, unavailable. */
const RETRYABLE_STATUS = new Set([408, 410, 429, 502, 503, 504]);

/** True for connection failures and for 408/410/429/502/503/504 responses. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof errors.ConnectionError || error instanceof errors.TimeoutError) return true;
  if (error instanceof errors.ResponseError) return RETRYABLE_STATUS.has(error.statusCode ?? 0);
  return false;
}

/** True when the error says the index or alias does not exist. */
export function isIndexNotFound(error: unknown): boolean {
  return (
    error instanceof errors.ResponseError &&
    error.statusCode === 404 &&
    /index_not_found/.test(JSON.stringify(error.body ?? ""))
  );
}

/** True when the error says the index being created exists already (e.g. another process made it). */
export function isAlreadyExists(error: unknown): boolean {
  return (
    error instanceof errors.ResponseError &&
    /resource_already_exists_exception/.test(JSON.stringify(error.body ?? ""))
  );
}

/** Wraps an engine failure in the product's error type, keeping the cause. */
export function engineError(error: unknown, what: string): LeianError {
  if (error instanceof LeianError) return error;
  if (isRetryable(error)) {
    return new LeianError("engine_unavailable", `检索引擎暂不可用（${what}），请稍后重试`, { cause: error });
  }
  return new LeianError("engine_error", `检索引擎出错（${what}）`, { cause: error });
}
