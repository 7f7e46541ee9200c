/**
 * What the signed-in person may do on this alarm now (the row menu's rules, offeredActions), with
 * the alarm list's own dialogs, and "show on map", which moves the map in every window showing one.
 * When a dialog closes, the focus returns to the button that opened it.
 */
import { Button } from "@blueprintjs/core";
import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmId, AlarmState } from "../../../contract/api";
import { describeError } from "../../i18n/describeError";
import { showToast } from "../../shell/toaster";
import { selectQueuedAcks } from "../../state/actionSelectors";
import { useRoom, useRoomSelector } from "../../state/RoomContext";
import { NOTHING_ALLOWED } from "../../state/sessionFeed";
import { windowActs, windowRole } from "../../shell/windowRole";
import { AckDialog } from "../AckDialog";
import { outcomeOf, refusedCall } from "../actionOutcome";
import { ACTION_LABEL, offeredActions, type AlarmAction } from "../alarmActions";
import { AlarmTextDialog, type TextAction } from "../AlarmTextDialog";
import { ShelveDialog } from "../ShelveDialog";

/** A role window (map, detail, …) acts on nothing, whoever is signed in: it says so instead of asking for a sign-in. */
const MAP_WINDOW = !windowActs(windowRole(window.location.search));

export function DetailActions({ alarm }: { alarm: AlarmState }) {
  const { api, session } = useRoom();
  const { t } = useTranslation();
  const may = useRoomSelector((s) => s.sessionInfo?.may ?? NOTHING_ALLOWED);
  const ackUnderWay = useRoomSelector((s) => s.pendingAcks.has(alarm.id) || selectQueuedAcks(s).has(alarm.id));
  const [ackTarget, setAckTarget] = useState<AlarmId | null>(null);
  const [textTarget, setTextTarget] = useState<{ alarmId: AlarmId; action: TextAction } | null>(null);
  const [shelveTarget, setShelveTarget] = useState<AlarmId | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const offered = offeredActions(alarm, may, { ackUnderWay });

  const backToButton = useCallback(() => opener.current?.focus(), []);
  const unshelve = async () => {
    try {
      const outcome = outcomeOf("unshelve", await session.unshelve(alarm.id), t);
      if (outcome.kind !== "taken") showToast({ intent: outcome.kind === "refused" ? "danger" : "warning", message: outcome.message });
    } catch (e) {
      showToast({ intent: "danger", message: refusedCall("unshelve", e, t) });
    }
  };
  const act = (action: AlarmAction, button: HTMLElement) => {
    opener.current = button;
    if (action === "acknowledge") setAckTarget(alarm.id);
    else if (action === "shelve") setShelveTarget(alarm.id);
    else if (action === "unshelve") void unshelve();
    else setTextTarget({ alarmId: alarm.id, action });
  };
  const showOnMap = async () => {
    if (!alarm.assetId) return;
    try {
      setShown((await api.showOnMap({ assetId: alarm.assetId })).windows);
    } catch (e) {
      showToast({ intent: "danger", message: t("detail.actions.mapFailed", { message: describeError(e, t) }) });
    }
  };

  return (
    <section className="detail-section detail-actions" aria-label={t("detail.actions.aria")}>
      <div className="detail-buttons">
        <Button icon="map-marker" disabled={!alarm.assetId} onClick={() => void showOnMap()} data-testid="detail-show-on-map" title={alarm.assetId ? undefined : t("detail.noAsset")}>
          {t("detail.actions.showOnMap")}
        </Button>
        {offered.map((action) => (
          <Button
            key={action}
            intent={action === "acknowledge" ? "primary" : "none"}
            onClick={(e) => act(action, e.currentTarget)}
            data-testid="detail-action"
            data-action={action}
          >
            {t(ACTION_LABEL[action])}
          </Button>
        ))}
      </div>
      <p className="detail-faint detail-status" role="status" data-testid="detail-status">
        {shown !== null ? t("detail.actions.shownOnMap", { count: shown }) : offered.length > 0 ? "" : MAP_WINDOW ? t("detail.actions.mapWindow") : t("detail.actions.nothingAllowed")}
      </p>
      <AckDialog alarmId={ackTarget} onClose={() => setAckTarget(null)} onClosed={backToButton} />
      <AlarmTextDialog target={textTarget} onClose={() => setTextTarget(null)} onClosed={backToButton} />
      <ShelveDialog alarmId={shelveTarget} onClose={() => setShelveTarget(null)} onClosed={backToButton} />
    </section>
  );
}
