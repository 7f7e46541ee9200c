/**
 * The Content-Security-Policy for every renderer page, the same in Electron and host mode.
 * Inline styles are allowed because Blueprint and Leaflet position elements with them;
 * scripts only from our own origin. Images may also come from the site's tile server.
 */
export function contentSecurityPolicy(options: { connect: string[]; tileUrl: string | null }): string {
  const img = ["'self'", "data:", ...tileSources(options.tileUrl)];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${img.join(" ")}`,
    "font-src 'self' data:",
    `connect-src 'self' ${options.connect.join(" ")}`.trim(),
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Leaflet's default subdomains for {s}.
const SUBDOMAINS = ["a", "b", "c"];
// Only http(s) origins (other schemes have the origin "null"), and only characters a CSP
// host-source may hold: ";", quotes or spaces could end the directive or add sources.
const SAFE_ORIGIN = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

/**
 * CSP sources for a Leaflet tile URL template: its origin, with {s} as the leftmost label
 * becoming a wildcard (tiles come from a., b. and c. alike). Only http(s); a template that
 * does not give a plain origin adds nothing, so a bad site file blanks the map, never the CSP.
 */
export function tileSources(tileUrl: string | null): string[] {
  if (!tileUrl) return [];
  const wildcard = /^https?:\/\/\{s\}\./i.test(tileUrl);
  const variants = wildcard
    ? [tileUrl.replace("{s}", "tile-subdomain")]
    : tileUrl.includes("{s}")
      ? SUBDOMAINS.map((s) => tileUrl.replaceAll("{s}", s))
      : [tileUrl];
  const sources = new Set<string>();
  for (const variant of variants) {
    let url: URL;
    try {
      // Other placeholders ({z}, {x}, {y}, {r}) sit in the path; make them parse anywhere.
      url = new URL(variant.replace(/\{[a-z]+\}/gi, "0"));
    } catch {
      return [];
    }
    if (url.username || url.password) return [];
    if (!SAFE_ORIGIN.test(url.origin)) return [];
    sources.add(wildcard ? url.origin.replace("://tile-subdomain.", "://*.") : url.origin);
  }
  return [...sources];
}
