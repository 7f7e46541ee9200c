/**
 * A tag's class for retention: its asset's service. Looked up in the asset model, whose list is
 * rebuilt into a map at most every few seconds, so tags the model does not know (yet) never
 * cost a scan of every asset per batch.
 */
import type { AssetInfo, TagId } from "../../../contract/api";

const REBUILD_MS = 5_000;

export class TagClasses {
  private byTag = new Map<TagId, string>();
  private builtAt = -Infinity;

  constructor(
    private readonly assets: () => readonly AssetInfo[],
    private readonly now: () => number = Date.now,
  ) {}

  serviceOf(id: TagId): string | null {
    const known = this.byTag.get(id);
    if (known !== undefined || this.now() - this.builtAt < REBUILD_MS) return known ?? null;
    this.builtAt = this.now();
    this.byTag = new Map(this.assets().flatMap((a) => a.tags.map((t) => [t.id, a.service] as const)));
    return this.byTag.get(id) ?? null;
  }
}
