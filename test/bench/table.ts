/** The bench table as printed by `npm run bench`: one row per figure, columns aligned, notes below. */
import { formatNumber, targetText, type Figure } from "./figures";

const HEAD = ["item", "figure", "value", "baseline", "ratio", "target", "met"] as const;

export function renderTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.item,
    f.name,
    `${formatNumber(f.value)} ${f.unit}`,
    f.baseline === null ? "" : `${formatNumber(f.baseline)} ${f.unit}`,
    f.ratio === null ? "" : `${formatNumber(f.ratio)}×`,
    targetText(f),
    f.met === null ? "" : f.met ? "met" : "NOT MET",
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  const out = [line(HEAD), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
  const notes = figures.filter((f) => f.baselineLabel || f.note);
  if (notes.length) {
    out.push("", "baselines and notes:");
    for (const f of notes) out.push(`  ${f.item} · ${f.name}: ${[f.baselineLabel ? `baseline = ${f.baselineLabel}` : "", f.note].filter(Boolean).join("; ")}`);
  }
  return out.join("\n");
}

/** The same table as Markdown, for the README's performance section. */
export function renderMarkdown(figures: Figure[]): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  const out = ["| item | figure | value | baseline | ratio | target | met |", "|---|---|---:|---:|---:|---|---|"];
  for (const f of figures) {
    out.push(
      `| ${f.item} | ${esc(f.name)} | ${formatNumber(f.value)} ${f.unit} | ${f.baseline === null ? "" : `${formatNumber(f.baseline)} ${f.unit}`} | ${f.ratio === null ? "" : `${formatNumber(f.ratio)}×`} | ${targetText(f)} | ${f.met === null ? "" : f.met ? "met" : "**not met**"} |`,
    );
  }
  return out.join("\n");
}
