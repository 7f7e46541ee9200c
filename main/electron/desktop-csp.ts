/**
 * The desktop CSP needs the site's tile server, and the site file is read by the core in its
 * utility process. The main process reads the same file with the same loader for that one
 * field. A file that does not load gives a CSP without tiles: the core reports the real error.
 */
import { contentSecurityPolicy } from "../core/csp";
import { loadSiteConfig, type SiteConfig } from "../core/sites/site-config";

export interface DesktopCsp {
  csp: string;
  tileUrl: string | null;
  /** Why the tile server is left out, when the site file could not be read. */
  problem: string | null;
}

export function desktopCsp(siteFile: string, load: (file: string) => Pick<SiteConfig, "tileUrl"> = loadSiteConfig): DesktopCsp {
  let tileUrl: string | null = null;
  let problem: string | null = null;
  try {
    tileUrl = load(siteFile).tileUrl;
  } catch (err) {
    problem = err instanceof Error ? err.message : String(err);
  }
  // The renderer talks to the core over a MessagePort, so nothing beyond 'self' to connect to.
  return { csp: contentSecurityPolicy({ connect: [], tileUrl }), tileUrl, problem };
}
