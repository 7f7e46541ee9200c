/** What a window learns of the site: the config's public part, never endpoints or credentials. */
import type { SiteInfo } from "../../../contract/api";
import type { SiteConfig } from "../sites/site-config";

export function siteInfoOf(site: SiteConfig, notices: string[]): SiteInfo {
  return {
    id: site.id,
    name: site.name,
    centre: site.centre,
    zoom: site.zoom,
    services: site.services,
    tileUrl: site.tileUrl,
    timeZone: site.timeZone,
    language: site.language,
    user: site.user,
    positions: site.positions.map((p) => ({ id: p.id, name: p.name, services: [...p.services], districts: p.districts ? [...p.districts] : null })),
    notices,
  };
}
