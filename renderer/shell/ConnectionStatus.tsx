/**
 * The connections in one glance: a city has a server per utility, so the top bar shows one
 * summary (all connected, or how many are not, in words and colour); a click opens the
 * connections view, where each endpoint says what is wrong and what to do.
 * Loss of connection is an abnormal state: it gets colour and says the screen shows last known values.
 */
import { Button } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConnectionsDrawer } from "../connections/ConnectionsDrawer";
import { isUp, STATE_TEXT, worstState } from "../connections/connectionView";
import { useRoomSelector } from "../state/RoomContext";

export { worstState };

export function ConnectionStatus() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const connections = useRoomSelector((s) => s.connections);
  const list = [...connections.values()];
  if (list.length === 0) {
    return <span className="connection-item state-disconnected">{t("connection.none")}</span>;
  }
  const state = worstState(list);
  const up = list.filter((c) => isUp(c.state)).length;
  // One endpoint says its own state; several say how many are not connected (or that alarms are being refreshed).
  const text = isUp(state) || list.length === 1 ? t(STATE_TEXT[state]) : t("connection.someDown", { count: list.length - up, total: list.length });
  return (
    <>
      <Button
        variant="minimal"
        className={`connection-summary connection-item state-${state}`}
        data-testid="connections-button"
        title={t("connection.openList")}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span className="connection-dot" aria-hidden />
        <span className="connection-text" data-testid="connection-state" data-state={state}>
          {text}
        </span>
        {list.length > 1 && <span className="connection-count">{`${up}/${list.length}`}</span>}
      </Button>
      <ConnectionsDrawer isOpen={open} onClose={() => setOpen(false)} />
    </>
  );
}
