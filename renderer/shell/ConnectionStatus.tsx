/**
 * Per-endpoint connection state. Loss of connection is an abnormal state, so it gets colour and
 * says in words that the screen is showing last known values.
 */
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { ConnectionState, EndpointStatus } from "../../contract/api";
import type { Formats } from "../i18n/formats";
import { tk } from "../i18n/keys";
import { useFormats } from "../i18n/useFormats";
import { useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { prepareServerText } from "../text/serverText";

const TEXT = {
  connected: tk("connection.connected"),
  connecting: tk("connection.connecting"),
  disconnected: tk("connection.disconnected"),
  error: tk("connection.error"),
} as const satisfies Record<ConnectionState, string>;

/** The tooltip: the URL and the core's own sentence are server text, so they are cleaned and capped. */
function describe(c: EndpointStatus, t: TFunction, formats: Formats): string {
  const parts = [prepareServerText(c.url).title];
  if (c.error) parts.push(prepareServerText(c.error).title);
  parts.push(t("connection.since", { time: formats.clock(c.since) }));
  return parts.join("\n");
}

export function ConnectionStatus() {
  const { t } = useTranslation();
  const formats = useFormats();
  const connections = useRoomSelector((s) => s.connections);
  const list = [...connections.values()].sort((a, b) => a.endpointId.localeCompare(b.endpointId));
  if (list.length === 0) {
    return <span className="connection-item state-disconnected">{t("connection.none")}</span>;
  }
  return (
    <div className="connections">
      {list.map((c) => (
        <span key={c.endpointId} className={`connection-item state-${c.state}`} title={describe(c, t, formats)} data-endpoint-id={c.endpointId}>
          <span className="connection-dot" aria-hidden />
          <span className="connection-endpoint">
            <ServerText text={c.endpointId} max={80} />
          </span>
          <span className="connection-text" data-testid="connection-state" data-state={c.state}>
            {t(TEXT[c.state])}
          </span>
        </span>
      ))}
    </div>
  );
}
