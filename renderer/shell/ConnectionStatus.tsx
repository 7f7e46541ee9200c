/**
 * Per-endpoint connection state. Loss of connection is an abnormal state, so it gets colour and
 * says in words that the screen is showing last known values.
 */
import type { ConnectionState, EndpointStatus } from "../../contract/api";
import { useRoomSelector } from "../state/RoomContext";

const TEXT: Record<ConnectionState, string> = {
  connected: "Connected",
  connecting: "Connecting…",
  disconnected: "Disconnected — showing last known values",
  error: "Connection error — showing last known values",
};

function describe(c: EndpointStatus): string {
  const parts = [c.url];
  if (c.error) parts.push(c.error);
  parts.push(`since ${new Date(c.since).toLocaleTimeString("en-GB", { hour12: false })}`);
  return parts.join("\n");
}

export function ConnectionStatus() {
  const connections = useRoomSelector((s) => s.connections);
  const list = [...connections.values()].sort((a, b) => a.endpointId.localeCompare(b.endpointId));
  if (list.length === 0) {
    return <span className="connection-item state-disconnected">No endpoints configured</span>;
  }
  return (
    <div className="connections">
      {list.map((c) => (
        <span key={c.endpointId} className={`connection-item state-${c.state}`} title={describe(c)} data-endpoint-id={c.endpointId}>
          <span className="connection-dot" aria-hidden />
          <span className="connection-endpoint">{c.endpointId}</span>
          <span className="connection-text" data-testid="connection-state" data-state={c.state}>
            {TEXT[c.state]}
          </span>
        </span>
      ))}
    </div>
  );
}
