/**
 * "Note" and "Maintenance history" where an asset or an alarm is shown (the value panel, the
 * alarm detail): a note on the alarm when there is one, else on the asset; the history of the
 * asset either way.
 */
import { Button } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmId, AssetId } from "../../contract/api";
import { NoteDialog, type NoteTarget } from "../notes/NoteDialog";
import { windowActs, windowRole } from "../shell/windowRole";
import { useRoomSelector } from "../state/RoomContext";
import "./maintenance.css";
import { MaintenanceHistory } from "./MaintenanceHistory";

const MAP_WINDOW = !windowActs(windowRole(window.location.search));

interface Props {
  assetId: AssetId | null;
  assetName: string;
  /** With an alarm, "Note" writes on the alarm (a comment at its server too). */
  alarm?: { id: AlarmId; label: string };
}

export function MaintenanceButtons({ assetId, assetName, alarm }: Props) {
  const { t } = useTranslation();
  const mayNote = useRoomSelector((s) => !MAP_WINDOW && !!s.sessionInfo?.person && !!s.sessionInfo.may.comment);
  const [noteTarget, setNoteTarget] = useState<NoteTarget | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [version, setVersion] = useState(0);
  const onAsset: NoteTarget | null = assetId ? { assetId, alarmId: null, label: assetName } : null;
  const here: NoteTarget | null = alarm ? { assetId, alarmId: alarm.id, label: alarm.label } : onAsset;

  return (
    <div className="maintenance-buttons">
      <Button
        size="small"
        icon="annotation"
        disabled={!mayNote || !here}
        title={!mayNote ? t("notes.notAllowed") : alarm ? t("notes.writeAlarmTitle") : t("notes.writeTitle")}
        onClick={() => setNoteTarget(here)}
        data-testid="write-note"
      >
        {t("notes.write")}
      </Button>
      <Button size="small" icon="history" disabled={!assetId} title={t("notes.historyTitle")} onClick={() => setHistoryOpen(true)} data-testid="open-maintenance">
        {t("notes.history")}
      </Button>
      <NoteDialog target={noteTarget} onClose={() => setNoteTarget(null)} onSaved={() => setVersion((v) => v + 1)} />
      <MaintenanceHistory
        assetId={assetId}
        assetName={assetName}
        isOpen={historyOpen}
        onClose={() => setHistoryOpen(false)}
        onWriteNote={mayNote && onAsset ? () => setNoteTarget(onAsset) : undefined}
        version={version}
      />
    </div>
  );
}
