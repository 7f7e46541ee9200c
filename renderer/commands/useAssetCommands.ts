/**
 * The command tags of one asset, asked of the core when the asset is shown and again when its
 * endpoint comes back (the server is the one that says which tags are commands).
 */
import { useEffect, useState } from "react";
import type { AssetCommands, AssetId } from "../../contract/api";
import { useRoom } from "../state/RoomContext";

export function useAssetCommands(assetId: AssetId | null, live: boolean): AssetCommands | null {
  const { api } = useRoom();
  const [found, setFound] = useState<AssetCommands | null>(null);
  useEffect(() => {
    if (!assetId) return setFound(null);
    let current = true;
    api.listCommands({ assetId }).then(
      (answer) => current && setFound(answer),
      // Not knowing the commands leaves the controls out; the values still show.
      () => current && setFound(null),
    );
    return () => {
      current = false;
    };
  }, [api, assetId, live]);
  return found && found.assetId === assetId ? found : null;
}
