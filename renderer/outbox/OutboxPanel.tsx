/** The outbox list: refused actions first (they wait for a person), then the ones waiting for a server. */
import { Callout, NonIdealState } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { describeError } from "../i18n/describeError";
import { selectSortedActions } from "../state/actionSelectors";
import { useRoomSelector } from "../state/RoomContext";
import { OutboxEntryCard } from "./OutboxEntryCard";

export function OutboxPanel() {
  const { t } = useTranslation();
  const entries = useRoomSelector(selectSortedActions);
  const error = useRoomSelector((s) => s.actionsError);
  return (
    <div className="outbox-panel" data-testid="outbox-panel">
      <p className="outbox-intro">{t("outbox.intro")}</p>
      {error !== null && (
        <Callout intent="danger" data-testid="outbox-error">
          {t("outbox.loadFailed", { message: describeError(error, t) })}
        </Callout>
      )}
      {entries.length === 0 ? (
        error === null && <NonIdealState className="panel-empty" icon="tick" title={t("outbox.empty")} />
      ) : (
        <ol className="outbox-list">
          {entries.map((e) => (
            <OutboxEntryCard key={e.id} entry={e} />
          ))}
        </ol>
      )}
    </div>
  );
}
