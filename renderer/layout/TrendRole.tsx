/**
 * The trends role: the trend view, following the selection of every window. When another window
 * (or this one) chooses an asset, its tags become the pens, as the asset's "Trend" button does;
 * until then the pens this window had last time stay.
 */
import { useEffect, useRef, useState } from "react";
import type { WindowRole } from "../../contract/api";
import { useRoomSelector } from "../state/RoomContext";
import { showTrendOf, trendKey } from "../trends/trendPrefs";
import { TrendView } from "../trends/TrendView";

export function TrendRole({ role }: { role: WindowRole }) {
  const asset = useRoomSelector((s) => (s.selectedAssetId ? (s.assetsById.get(s.selectedAssetId) ?? null) : null));
  const shown = useRef(asset?.id ?? null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!asset || asset.id === shown.current || asset.tags.length === 0) return;
    shown.current = asset.id;
    showTrendOf(role, asset.tags.map((tag) => tag.id));
    // The view reads its pens when it mounts: a new key is a view on the new pens.
    setGeneration((g) => g + 1);
  }, [asset, role]);

  // A layout loaded in the operator window rewrote this role's pens: show them.
  useEffect(() => {
    const changed = (e: StorageEvent) => {
      if (e.key === trendKey(role)) setGeneration((g) => g + 1);
    };
    window.addEventListener("storage", changed);
    return () => window.removeEventListener("storage", changed);
  }, [role]);

  return <TrendView key={generation} />;
}
