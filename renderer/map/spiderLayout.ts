/**
 * Where the assets of a cluster that cannot split any further (a few metres apart, or on the very
 * same spot) go when it spreads: offsets in screen pixels around the cluster, far enough apart to
 * click each. A few sit on a circle; more follow a spiral so a long row of cabinets stays compact.
 */

/** Centre-to-centre distance between neighbours on the circle or spiral, px. */
const SPACING_PX = 26;
const CIRCLE_UP_TO = 9;

export interface Offset {
  x: number;
  y: number;
}

export function spiderOffsets(count: number): Offset[] {
  if (count <= 0) return [];
  if (count <= CIRCLE_UP_TO) {
    const radius = Math.max(28, (SPACING_PX * count) / (2 * Math.PI));
    // From the top, clockwise.
    return Array.from({ length: count }, (_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
      return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
  }
  // An Archimedean spiral: each step moves about SPACING_PX along the curve.
  const out: Offset[] = [];
  let angle = 0;
  let radius = 30;
  for (let i = 0; i < count; i++) {
    out.push({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    angle += SPACING_PX / radius;
    radius += (SPACING_PX * 0.9) / (2 * Math.PI) * (SPACING_PX / radius);
  }
  return out;
}
