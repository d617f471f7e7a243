/** Small statistics helpers for the benchmark table. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
export const ratio = (value: number, baseline: number) => (Number.isFinite(value / baseline) ? `${(value / baseline).toFixed(2)}×` : 'n/a');
export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export interface Row {
  scenario: string;
  measure: string;
  value: string;
  baseline?: string;
  ratio?: string;
  goal?: string;
  met?: 'yes' | 'no' | '—';
}
