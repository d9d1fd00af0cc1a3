/**
 * Calls to the engine from a route: failures become the product's error (a missing judgments index
 * is "not ready", not an internal error).
 */
import { LeianError } from "../errors.ts";
import { engineError, isIndexNotFound } from "../search/errors.ts";

export async function engineCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isIndexNotFound(error)) {
      throw new LeianError("not_ready", "案例库尚未建立索引，请联系技术处", { cause: error });
    }
    throw engineError(error, what);
  }
}
