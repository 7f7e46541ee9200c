/**
 * A workstation's first start with a site file that carries an engineered model: the model goes
 * into the store as its first versions, under the site's name, audited like an engineer's save.
 * A store that already has a model keeps it: it has its own history (versions, who changed what),
 * which a file must not overwrite silently; the start says so instead.
 */
import { assetId, endpointId } from "../../../contract/api";
import type { SiteConfig } from "../sites/site-config";
import type { EngineeredAssetDraft, EngineeredModelRepository } from "../store/engineered-model-repository";

export type SeedOutcome = { seeded: number; kept: 0 } | { seeded: 0; kept: number };

export function draftsOfSection(site: SiteConfig): EngineeredAssetDraft[] {
  return (site.engineeredModel?.assets ?? []).map((a) => {
    const endpoint = endpointId(a.endpointId);
    return { ...a, id: assetId(endpoint, a.nodeId), endpointId: endpoint };
  });
}

export async function seedEngineeredModel(store: EngineeredModelRepository, site: SiteConfig): Promise<SeedOutcome | null> {
  const drafts = draftsOfSection(site);
  if (drafts.length === 0) return null;
  const stored = await store.load();
  if (stored.length > 0) return { seeded: 0, kept: stored.length };
  const person = { name: `site file "${site.id}"`, role: "engineer" };
  for (const draft of drafts) {
    const outcome = await store.save(draft, { person });
    if (!outcome.ok) throw new Error(`The site file's engineered asset "${draft.name}" could not be stored (${outcome.reason})`);
  }
  return { seeded: drafts.length, kept: 0 };
}
