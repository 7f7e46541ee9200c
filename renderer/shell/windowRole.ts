/**
 * What a window shows. The Electron shell opens one window per display and names its role in
 * the URL (`?role=map` on the extra displays); host mode takes the same parameter, for a
 * video-wall browser. The operator screen is the default.
 */
export type WindowRole = "operator" | "map";

export function windowRole(search: string): WindowRole {
  return new URLSearchParams(search).get("role") === "map" ? "map" : "operator";
}
