/** Interval arithmetic for the gap logic: which parts of a range no known span covers. */
export interface Span {
  start: number;
  end: number;
}

/** Parts of [from, to] outside every span, oldest first; holes shorter than `minGapMs` are ignored. */
export function uncovered(from: number, to: number, spans: readonly Span[], minGapMs = 0): Span[] {
  const sorted = [...spans].filter((s) => s.end >= from && s.start <= to).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = from;
  for (const s of sorted) {
    if (s.start > at) out.push({ start: at, end: s.start });
    at = Math.max(at, s.end);
    if (at >= to) break;
  }
  if (at < to) out.push({ start: at, end: to });
  return out.filter((g) => g.end - g.start >= minGapMs);
}
