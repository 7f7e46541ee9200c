/**
 * A cluster on the map: a small DOM badge with its count, grey unless an alarm is inside, then
 * the worst priority's colour, ringed while one is unacknowledged, dimmed when any asset inside
 * has no live connection. State lives in classes and data attributes (for CSS and tests).
 */
import type { ClusterFeature } from "./clusterIndex";

export function createBadge(): HTMLElement {
  const el = document.createElement("div");
  el.setAttribute("role", "button");
  el.appendChild(document.createElement("span"));
  return el;
}

/** `label`: the badge's words for a screen reader, in the window's language. */
export function styleBadge(el: HTMLElement, f: ClusterFeature, label: string): void {
  el.className = [
    "asset-cluster",
    `cluster-state-${f.worst}`,
    f.count >= 100 ? "cluster-large" : f.count >= 10 ? "cluster-medium" : "cluster-small",
    f.unacked ? "cluster-unacked" : "",
    f.live ? "" : "cluster-not-live",
  ]
    .filter(Boolean)
    .join(" ");
  el.setAttribute("data-state", f.worst);
  el.setAttribute("data-live", f.live ? "true" : "false");
  el.setAttribute("data-unacked", f.unacked ? "true" : "false");
  el.setAttribute("data-count", String(f.count));
  el.setAttribute("data-cluster-id", String(f.clusterId));
  el.setAttribute("aria-label", label);
  el.firstElementChild!.textContent = f.count >= 1000 ? `${Math.floor(f.count / 100) / 10}k` : String(f.count);
}

/** Groups with an alarm inside are drawn above calm ones. */
export function badgeZ(f: ClusterFeature): number {
  return f.worst === "normal" ? 0 : 1000;
}
