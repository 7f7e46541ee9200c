/**
 * The outbox in the navbar: how many actions wait for a server, and how many a server refused.
 * Quiet grey while nothing is refused; a refusal is abnormal and needs a person, so it is red.
 */
import { Button, Drawer, Icon, Position } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { selectAttentionCount, selectWaitingCount } from "../state/actionSelectors";
import { useRoomSelector } from "../state/RoomContext";
import { OverlayHeader } from "../shell/OverlayHeader";
import { OutboxPanel } from "./OutboxPanel";

export function OutboxIndicator() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const waiting = useRoomSelector(selectWaitingCount);
  const attention = useRoomSelector(selectAttentionCount);
  const unavailable = useRoomSelector((s) => s.actionsError !== null);
  const state = attention > 0 ? "has-attention" : waiting > 0 ? "has-waiting" : "is-quiet";
  return (
    <>
      <Button
        className={`outbox-indicator ${state}`}
        variant="outlined"
        size="small"
        data-testid="outbox-indicator"
        data-waiting={waiting}
        data-attention={attention}
        title={t("outbox.buttonTitle")}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span className="outbox-label">{t("outbox.button")}</span>
        {/* Narrow top bars (top-bar-fit.css): an outbox icon and the bare number; the words stay the accessible name. */}
        <Icon icon="inbox" size={14} className="outbox-icon" aria-hidden />
        <span className="outbox-count outbox-waiting" data-testid="outbox-count-waiting">
          {t("outbox.pending", { count: waiting })}
        </span>
        <span className="outbox-count outbox-waiting-short" aria-hidden>
          {waiting}
        </span>
        {(attention > 0 || unavailable) && (
          <span className="outbox-count outbox-attention" data-testid="outbox-count-attention">
            {unavailable ? "?" : t("outbox.attention", { count: attention })}
          </span>
        )}
      </Button>
      <Drawer
        isOpen={open}
        onClose={() => setOpen(false)}
        position={Position.RIGHT}
        size="min(640px, 92vw)"
        className="outbox-drawer"
        aria-labelledby="outbox-title"
      >
        <OverlayHeader id="outbox-title" title={t("outbox.title")} onClose={() => setOpen(false)} />
        <OutboxPanel />
      </Drawer>
    </>
  );
}
