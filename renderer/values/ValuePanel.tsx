/** Live values of the selected asset. */
import { HTMLTable, NonIdealState } from "@blueprintjs/core";
import { useRoomSelector } from "../state/RoomContext";
import { useNow } from "../time/clock";
import { AssetAlarms } from "./AssetAlarms";
import { serviceName } from "./serviceNames";
import { TagRow } from "./TagRow";

export function ValuePanel() {
  const asset = useRoomSelector((s) => (s.selectedAssetId ? s.assetsById.get(s.selectedAssetId) ?? null : null));
  const live = useRoomSelector((s) => (asset ? s.connections.get(asset.endpointId)?.state === "connected" : false));
  const now = useNow();

  return (
    <section className="panel value-panel" data-testid="value-panel" aria-label="Asset values">
      <header className="panel-header">
        <h2 className="panel-title">{asset ? asset.name : "Asset"}</h2>
        {asset && (
          <div className="asset-facts" data-testid="asset-facts">
            <span className="asset-fact">
              <span className="fact-label">Service</span> {serviceName(asset.service)}
            </span>
            <span className="asset-fact">
              <span className="fact-label">Type</span> {asset.type}
            </span>
            <span className="asset-fact">
              <span className="fact-label">District</span> {asset.district}
            </span>
          </div>
        )}
      </header>
      <div className="panel-body">
        {!asset ? (
          <NonIdealState className="panel-empty" title="No asset selected" description="Select an asset on the map or an alarm in the list." />
        ) : asset.tags.length === 0 ? (
          <NonIdealState className="panel-empty" title="No tags" description="This asset publishes no live values." />
        ) : (
          <HTMLTable compact className="tag-table">
            <thead>
              <tr>
                <th>Tag</th>
                <th>Value</th>
                <th>Quality</th>
                <th>Age</th>
              </tr>
            </thead>
            <tbody>
              {asset.tags.map((tag) => (
                <TagRow key={tag.id} tag={tag} now={now} live={live} />
              ))}
            </tbody>
          </HTMLTable>
        )}
        {asset && <AssetAlarms />}
      </div>
    </section>
  );
}
