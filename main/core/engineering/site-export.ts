/**
 * The site as a file another workstation can start from: the site config and the engineered
 * model. Never a secret: a password that the site file held in plain text is replaced by the name
 * of an environment variable, and the export says so; generated simulator passwords stay
 * generated and kept ones stay kept (each workstation makes or keeps its own).
 */
import type { EngineeredAsset, SiteExport } from "../../../contract/engineering";
import type { CredentialsSource } from "../sites/endpoint-credentials";
import { siteConfigSchema, type SiteConfig } from "../sites/site-config";

export function passwordVariable(endpointId: string): string {
  return `CCR_${endpointId.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_PASSWORD`;
}

function exportedCredentials(id: string, spec: CredentialsSource | null | undefined, warnings: string[]): CredentialsSource | null {
  if (!spec) return null;
  if (!("password" in spec)) return spec;
  const variable = passwordVariable(id);
  warnings.push(`Endpoint "${id}": its password was in the site file; the export names the environment variable ${variable} instead`);
  return { user: spec.user, passwordEnv: variable };
}

export function exportSite(site: SiteConfig, assets: readonly EngineeredAsset[], by: string, now: number): SiteExport {
  const warnings: string[] = [];
  const { endpoints, engineeredModel: _previous, ...rest } = site;
  const out = {
    ...rest,
    endpoints: endpoints.map(({ credentials: _resolved, credentialsSpec, generatedPassword: _g, plainTextPassword: _p, keptPassword: _k, ...endpoint }) => ({
      ...endpoint,
      credentials: exportedCredentials(endpoint.id, credentialsSpec, warnings),
    })),
    engineeredModel: {
      exportedAt: new Date(now).toISOString(),
      exportedBy: by,
      assets: assets.map((a) => ({
        endpointId: a.endpointId,
        nodeId: a.nodeId,
        externalId: a.externalId,
        name: a.name,
        service: a.service,
        type: a.type,
        district: a.district,
        lat: a.lat,
        lon: a.lon,
        tags: a.tags.map((t) => ({ nodeId: t.nodeId, name: t.name, unit: t.unit, range: t.range, metadataFrom: t.metadataFrom })),
      })),
    },
  };
  // What we hand out must load again: checked against the same schema a start uses.
  const check = siteConfigSchema.safeParse(out);
  if (!check.success) throw new Error(`The exported site would not load: ${check.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const day = new Date(now).toISOString().slice(0, 10);
  return { fileName: `${site.id}-site-${day}.json`, json: `${JSON.stringify(out, null, 2)}\n`, warnings };
}
