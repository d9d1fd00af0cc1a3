/**
 * The one error type of the product. `code` is stable snake_case; the HTTP status is chosen only at
 * the HTTP edge (src/api/errors.ts); `message` is what a person reads (Chinese where judges read it);
 * `details` carries field paths and evidence; `cause` keeps the original error.
 */
export class LeianError extends Error {
  readonly code: string;
  readonly details: unknown;
  constructor(code: string, message: string, options?: { details?: unknown; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "LeianError";
    this.code = code;
    this.details = options?.details;
  }
}
