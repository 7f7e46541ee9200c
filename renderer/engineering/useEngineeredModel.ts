/**
 * What the engineering view lists from the core: each endpoint's model state, the engineered
 * assets and the model's versions. Asked again whenever the asset list changes (the core pushes
 * it after every save, delete and discovery, whoever made them) and when a connection changes.
 */
import { useCallback, useEffect, useState } from "react";
import type { EndpointModel, EngineeredAsset, ModelVersion } from "../../contract/engineering";
import { useRoom, useRoomSelector } from "../state/RoomContext";

export interface EngineeredModel {
  models: EndpointModel[] | null;
  assets: EngineeredAsset[] | null;
  versions: ModelVersion[] | null;
  /** Why the last listing failed, as thrown; null when it did not. */
  error: unknown;
  reload(): void;
}

const VERSIONS_SHOWN = 200;

export function useEngineeredModel(): EngineeredModel {
  const { api } = useRoom();
  const assetList = useRoomSelector((s) => s.assets);
  const connections = useRoomSelector((s) => s.connections);
  const [round, setRound] = useState(0);
  const [state, setState] = useState<Omit<EngineeredModel, "reload">>({ models: null, assets: null, versions: null, error: null });

  useEffect(() => {
    let live = true;
    Promise.all([api.listEndpointModels({}), api.listEngineeredAssets({}), api.listModelVersions({ limit: VERSIONS_SHOWN })]).then(
      ([models, assets, versions]) => live && setState({ models, assets, versions, error: null }),
      (error: unknown) => live && setState((s) => ({ ...s, error })),
    );
    return () => {
      live = false;
    };
  }, [api, assetList, connections, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
