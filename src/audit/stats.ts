/**
 * Robust statistics for audits: medians and median absolute deviations rather than means and
 * standard deviations, so one outlying sentence does not hide itself by inflating the spread.
 */

/** Linear-interpolation quantile (type 7) of already sorted values; NaN when empty. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function median(values: readonly number[]): number {
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** Median absolute deviation from the median (unscaled). */
export function mad(values: readonly number[], med = median(values)): number {
  return median(values.map((v) => Math.abs(v - med)));
}

/** Spread used for robust z: MAD, or — when over half the values are equal (MAD 0) — the mean absolute deviation. */
export interface RobustSpread {
  median: number;
  /** Unscaled MAD. */
  mad: number;
  /** Mean absolute deviation from the median, the fallback when MAD is 0. */
  meanAbsDev: number;
}

export function robustSpread(values: readonly number[]): RobustSpread {
  const med = median(values);
  const meanAbsDev =
    values.length === 0 ? Number.NaN : values.reduce((s, v) => s + Math.abs(v - med), 0) / values.length;
  return { median: med, mad: mad(values, med), meanAbsDev };
}

/**
 * Robust z-score (Iglewicz & Hoaglin's modified z): 0.6745·(x − median)/MAD. When MAD is 0 (more
 * than half the cluster got the same sentence) the mean absolute deviation stands in, scaled to the
 * same units: (x − median)/(1.253314·meanAbsDev). 0 when every value is equal.
 */
export function robustZ(x: number, spread: RobustSpread): number {
  if (spread.mad > 0) return (0.6745 * (x - spread.median)) / spread.mad;
  if (spread.meanAbsDev > 0) return (x - spread.median) / (1.253314 * spread.meanAbsDev);
  return 0;
}

/** Percentage (0–100) of `values` below `x`, ties counting half: the mid-rank percentile. */
export function percentileOf(x: number, values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < x) below++;
    else if (v === x) equal++;
  }
  return ((below + equal / 2) / values.length) * 100;
}

/** Rounds to `digits` decimals (figures shown to people and stored). */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Shares of each key, largest first. */
export function shares(keys: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const out: Record<string, number> = {};
  for (const [k, n] of [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    out[k] = round(n / keys.length, 4);
  }
  return out;
}
