/**
 * The connections in one glance: a city has a server per utility, so the top bar shows one
 * summary (all connected, or how many are not, in words and colour), and a click lists every
 * endpoint with its state and, in the window's language, what is wrong and since when.
 * Loss of connection is an abnormal state: it gets colour and says the screen shows last known values.
 */
import { Button, Popover } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { ConnectionState, EndpointStatus } from "../../contract/api";
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

/** Worst first: the summary takes the state of the endpoint in the worst one. */
const SEVERITY: Record<ConnectionState, number> = { error: 3, disconnected: 2, connecting: 1, connected: 0 };

export function worstState(list: readonly EndpointStatus[]): ConnectionState {
  return list.reduce<ConnectionState>((worst, c) => (SEVERITY[c.state] > SEVERITY[worst] ? c.state : worst), "connected");
}

function EndpointList({ list }: { list: readonly EndpointStatus[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <ul className="connection-list" data-testid="connection-list" aria-label={t("connection.listTitle")}>
      {list.map((c) => (
        <li key={c.endpointId} className={`connection-item state-${c.state}`} title={connectionTitle(c, t, formats)} data-endpoint-id={c.endpointId} data-problem={c.problem?.kind}>
          <span className="connection-dot" aria-hidden />
          <span className="connection-endpoint">
            <ServerText text={c.endpointId} max={80} />
          </span>
          <span className="connection-text" data-testid="endpoint-state" data-state={c.state}>
            {t(TEXT[c.state])}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function ConnectionStatus() {
  const { t } = useTranslation();
  const connections = useRoomSelector((s) => s.connections);
  const list = [...connections.values()].sort((a, b) => a.endpointId.localeCompare(b.endpointId));
  if (list.length === 0) {
    return <span className="connection-item state-disconnected">{t("connection.none")}</span>;
  }
  const state = worstState(list);
  const up = list.filter((c) => c.state === "connected").length;
  // One endpoint says its own state; several say how many are not connected.
  const text =
    state === "connected" || list.length === 1 ? t(TEXT[state]) : t("connection.someDown", { count: list.length - up, total: list.length });
  return (
    <Popover content={<EndpointList list={list} />} placement="bottom-end">
      <Button variant="minimal" className={`connection-summary connection-item state-${state}`} data-testid="connections-button" title={t("connection.openList")}>
        <span className="connection-dot" aria-hidden />
        <span className="connection-text" data-testid="connection-state" data-state={state}>
          {text}
        </span>
        {list.length > 1 && <span className="connection-count">{`${up}/${list.length}`}</span>}
      </Button>
    </Popover>
  );
}
