/**
 * `Server-Timing: engine;dur=…, app;dur=…` on every response: how much of a request's time was
 * spent waiting for Elasticsearch. Operators see it in the browser or in logs; the query benchmark
 * reads it to report the engine's share of latency.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { Client } from "../search/client.ts";

interface Timing {
  /** [start, end] of each engine call, in performance.now() milliseconds. */
  calls: [number, number][];
  started: number;
}

/**
 * Time during which at least one engine call was in flight: calls made in parallel (a similar-case
 * search's term statistics and court lookup) count once, so the engine's share never exceeds 1.
 */
export function engineWallMs(calls: readonly [number, number][]): number {
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of [...calls].sort((a, b) => a[0] - b[0])) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

export function engineTiming(es: Client): RequestHandler {
  const current = new AsyncLocalStorage<Timing>();
  // The client reports each request's duration; async context ties it to the HTTP request in flight.
  es.diagnostic.on("response", (_error, result) => {
    const timing = current.getStore();
    if (timing && result?.meta.duration !== undefined) {
      const now = performance.now();
      timing.calls.push([now - result.meta.duration, now]);
    }
  });
  return (_req, res, next) => {
    const timing: Timing = { calls: [], started: performance.now() };
    const raw = res as ServerResponse;
    const writeHead = raw.writeHead;
    // Headers go out with the first write; the figures are final by then.
    raw.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
      if (!this.headersSent) {
        const app = performance.now() - timing.started;
        this.setHeader(
          "server-timing",
          `engine;dur=${engineWallMs(timing.calls).toFixed(1)}, app;dur=${app.toFixed(1)}`,
        );
      }
      return writeHead.apply(this, args);
    } as ServerResponse["writeHead"];
    current.run(timing, next);
  };
}
