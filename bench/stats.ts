/** Order statistics of a sample, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export const median = (values: readonly number[]) => percentile(values, 50)
export const p95 = (values: readonly number[]) => percentile(values, 95)

/** Runs `measure` `runs` times after `warmup` unmeasured runs; returns the measured values. */
export async function sample(
  runs: number,
  measure: () => Promise<number> | number,
  warmup = 1,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await measure()
  const values: number[] = []
  for (let i = 0; i < runs; i++) values.push(await measure())
  return values
}
