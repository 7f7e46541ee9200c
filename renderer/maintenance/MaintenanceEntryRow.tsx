/** One line of the maintenance history: a note, an alarm state or an action, with its time. */
import { Tag } from "@blueprintjs/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { MaintenanceEntry } from "../../contract/api";
import { historyStateText } from "../history/historyColumns";
import { actionName } from "../i18n/actionName";
import type { Formats } from "../i18n/formats";
import { NoteDeliveryTag } from "../notes/NoteDeliveryTag";
import { NotePhotoThumb } from "../notes/NotePhotoThumb";
import { ServerText } from "../text/ServerText";
import { tk } from "../i18n/keys";

const KIND_LABEL = { note: tk("maintenance.kind.note"), alarm: tk("maintenance.kind.alarm"), action: tk("maintenance.kind.action") } as const;

export function MaintenanceEntryRow({ entry, formats }: { entry: MaintenanceEntry; formats: Formats }) {
  const { t } = useTranslation();
  return (
    <li className={`maintenance-entry maintenance-${entry.kind}`} data-testid="maintenance-entry" data-kind={entry.kind}>
      <time className="maintenance-time" dateTime={new Date(entry.time).toISOString()}>
        {formats.dateTime(entry.time)}
      </time>
      <Tag minimal className="maintenance-kind" intent={entry.kind === "note" ? "primary" : "none"}>
        {t(KIND_LABEL[entry.kind])}
      </Tag>
      <div className="maintenance-body">{body(entry, t)}</div>
    </li>
  );
}

function body(entry: MaintenanceEntry, t: TFunction) {
  if (entry.kind === "note") {
    const n = entry.note;
    return (
      <>
        <p className="maintenance-text" data-testid="maintenance-note-text">
          {n.text}
        </p>
        <p className="maintenance-meta">
          {t("maintenance.by", { name: n.userName })}
          {n.alarmId && (
            <>
              {" · "}
              {t("maintenance.onAlarm")}{" "}
              <ServerText text={n.targetLabel} />
            </>
          )}{" "}
          <NoteDeliveryTag note={n} />
        </p>
        {n.photo && <NotePhotoThumb noteId={n.id} />}
      </>
    );
  }
  if (entry.kind === "alarm") {
    const a = entry.alarm;
    return (
      <>
        <p className="maintenance-text">
          <ServerText text={a.message} />
        </p>
        <p className="maintenance-meta">
          {historyStateText(a, t)} · <ServerText text={a.conditionName || a.sourceName} />
        </p>
      </>
    );
  }
  const a = entry.action;
  return (
    <>
      <p className="maintenance-text">
        {actionName(a.action, t)}
        {a.targetLabel && (
          <>
            {": "}
            <ServerText text={a.targetLabel} />
          </>
        )}
      </p>
      <p className="maintenance-meta">
        {t("maintenance.by", { name: a.userName })} · <ServerText text={a.detail} />
      </p>
    </>
  );
}
