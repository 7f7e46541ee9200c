/**
 * Per-endpoint connection state. Loss of connection is an abnormal state, so it gets colour and
 * says in words that the screen is showing last known values; the tooltip says what is wrong
 * in the window's language, with the core's own (English) sentence as the detail.
 */
import { useTranslation } from "react-i18next";
import type { ConnectionState } from "../../contract/api";
import { connectionTitle } from "../i18n/endpointProblem";
import { tk } from "../i18n/keys";
import { useFormats } from "../i18n/useFormats";
import { useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";

const TEXT = {
  connected: tk("connection.connected"),
  connecting: tk("connection.connecting"),
  disconnected: tk("connection.disconnected"),
  error: tk("connection.error"),
} as const satisfies Record<ConnectionState, string>;

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
        <span key={c.endpointId} className={`connection-item state-${c.state}`} title={connectionTitle(c, t, formats)} data-endpoint-id={c.endpointId} data-problem={c.problem?.kind}>
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
