/**
 * One benchmark figure as `npm run bench` prints and stores it: the value, the baseline measured
 * in the same run on the same machine, their ratio, and the target with met or not.
 * A target is on the value or on the ratio; a figure without a target is context (the server's
 * own rate, a baseline's absolute time).
 */
export interface Target {
  on: "value" | "ratio";
  op: "<=" | ">=";
  limit: number;
}

export interface Figure {
  /** Issue #9 item: "1 ingest", "2 historian", ... */
  item: string;
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  baselineLabel: string | null;
  ratio: number | null;
  target: Target | null;
  /** null when there is no target, or nothing was measured to hold it against. */
  met: boolean | null;
  note: string;
}

export interface FigureInput {
  item: string;
  name: string;
  value: number;
  unit: string;
  baseline?: { value: number; label: string };
  target?: Target;
  note?: string;
}

export function figure(input: FigureInput): Figure {
  const baseline = input.baseline ?? null;
  const ratio = baseline && baseline.value !== 0 && Number.isFinite(input.value) ? input.value / baseline.value : null;
  const target = input.target ?? null;
  const subject = target?.on === "ratio" ? ratio : input.value;
  const met = !target || subject === null || !Number.isFinite(subject) ? null : target.op === "<=" ? subject <= target.limit : subject >= target.limit;
  return {
    item: input.item,
    name: input.name,
    value: input.value,
    unit: input.unit,
    baseline: baseline?.value ?? null,
    baselineLabel: baseline?.label ?? null,
    ratio,
    target,
    met,
    note: input.note ?? "",
  };
}

/** "≤ 1.4×", "≥ 0.8×", "≤ 250 ms" */
export function targetText(f: Figure): string {
  if (!f.target) return "";
  const op = f.target.op === "<=" ? "≤" : "≥";
  return f.target.on === "ratio" ? `${op} ${f.target.limit}×` : `${op} ${formatNumber(f.target.limit)} ${f.unit}`;
}

export function formatNumber(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return n === null ? "" : String(n);
  const abs = Math.abs(n);
  if (abs >= 100) return Math.round(n).toLocaleString("en-US");
  if (abs >= 10) return n.toFixed(1);
  if (abs >= 0.01) return n.toFixed(2);
  return n === 0 ? "0" : n.toPrecision(2);
}
