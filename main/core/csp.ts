/**
 * The Content-Security-Policy for every renderer page, the same in Electron and host mode.
 * Inline styles are allowed because Blueprint and Leaflet position elements with them;
 * scripts only from our own origin.
 */
export function contentSecurityPolicy(options: { connect: string[]; tileUrl: string | null }): string {
  const img = ["'self'", "data:"];
  if (options.tileUrl) img.push(new URL(options.tileUrl.replace(/\{[a-z]\}/g, "a")).origin);
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
