/**
 * Acknowledge (or confirm) every alarm the list shows with one comment. The dialog says how
 * many, then sends one contract call per alarm (each authorised, audited and refused on its
 * own), at most a few in flight, with a progress line; what was refused is told in words. It
 * closes by itself when everything was taken; otherwise it stays to show the refusals.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter } from "@blueprintjs/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmId } from "../../contract/api";
import { OverlayHeader } from "../shell/OverlayHeader";
import { showToast } from "../shell/toaster";
import { useRoom } from "../state/RoomContext";
import { AckCommentField } from "./AckCommentField";
import { ServerText } from "../text/ServerText";
import { outcomeOf, refusedCall } from "./actionOutcome";
import { runBulk, summarize, type BulkOutcome, type BulkSummary } from "./panel/bulkRun";

import type { BulkMode } from "./panel/bulkTargets";

export type { BulkMode };

export interface BulkTarget {
  mode: BulkMode;
  ids: readonly AlarmId[];
}

/** Refusals listed by name; the rest are counted (the outbox has them all). */
const LISTED = 6;

export function BulkAckDialog({ target, onClose, onClosed }: { target: BulkTarget | null; onClose: () => void; onClosed?: () => void }) {
  const { session, store } = useRoom();
  const { t } = useTranslation();
  const [comment, setComment] = useState("");
  const [done, setDone] = useState<number | null>(null);
  const [summary, setSummary] = useState<{ counts: BulkSummary; refusals: string[] } | null>(null);
  const open = useRef(target);
  open.current = target;

  useEffect(() => {
    setComment("");
    setDone(null);
    setSummary(null);
  }, [target]);

  const mode = target?.mode ?? "acknowledge";
  const count = target?.ids.length ?? 0;
  const busy = done !== null && summary === null;

  const describe = (o: BulkOutcome): string => {
    const alarm = store.getState().alarms.get(o.id);
    const name = alarm?.sourceName ?? o.id;
    if (o.kind !== "refused") return name;
    const why = o.result ? outcomeOf(mode, o.result, t) : null;
    const message = why && why.kind !== "taken" ? why.message : refusedCall(mode, o.error, t);
    return `${name}: ${message}`;
  };

  const submit = async () => {
    if (!target || busy || count === 0) return;
    const text = comment.trim();
    const call = (id: AlarmId) => (target.mode === "acknowledge" ? session.acknowledge(id, text) : session.confirm(id, text));
    setDone(0);
    const outcomes = await runBulk(target.ids, call, (n) => {
      if (open.current === target) setDone(n);
    });
    const counts = summarize(outcomes);
    const refusals = outcomes.filter((o) => o.kind === "refused").map(describe);
    if (open.current !== target) {
      // Closed meanwhile: say what happened anyway.
      if (counts.refused > 0) showToast({ intent: "danger", message: [t("bulk.refused", { count: counts.refused }), ...refusals.slice(0, 2)].join(" ") });
      return;
    }
    if (counts.refused === 0 && counts.queued === 0) {
      showToast({ intent: "success", message: t("bulk.allTaken", { count: counts.taken }) });
      onClose();
      return;
    }
    setSummary({ counts, refusals });
  };

  const title = mode === "acknowledge" ? t("bulk.ackTitle") : t("bulk.confirmTitle");
  return (
    <Dialog isOpen={target !== null} onClose={onClose} onClosed={onClosed} shouldReturnFocusOnClose={false} aria-labelledby="bulk-title" className="ack-dialog bulk-dialog" canOutsideClickClose={!busy}>
      <OverlayHeader id="bulk-title" title={title} onClose={onClose} closeDisabled={busy} />
      <DialogBody data-testid="bulk-dialog">
        {count === 0 ? (
          <Callout>{mode === "acknowledge" ? t("bulk.nothingAck") : t("bulk.nothingConfirm")}</Callout>
        ) : (
          <p className="bulk-intro" data-testid="bulk-intro">
            {mode === "acknowledge" ? t("bulk.ackIntro", { count }) : t("bulk.confirmIntro", { count })}
          </p>
        )}
        {summary === null ? (
          <AckCommentField id="bulk-comment" value={comment} onChange={setComment} onSubmit={() => void submit()} rows={3} disabled={busy || count === 0} />
        ) : null}
        {done !== null && (
          <p className="bulk-progress" data-testid="bulk-progress" aria-live="polite">
            {t("bulk.progress", { done, total: count })}
          </p>
        )}
        {summary && (
          <Callout intent={summary.counts.refused > 0 ? "danger" : "warning"} data-testid="bulk-summary">
            <p>{t("bulk.taken", { count: summary.counts.taken })}</p>
            {summary.counts.queued > 0 && <p>{t("bulk.queued", { count: summary.counts.queued })}</p>}
            {summary.counts.refused > 0 && (
              <>
                <p>{t("bulk.refused", { count: summary.counts.refused })}</p>
                <ul className="bulk-refusals">
                  {summary.refusals.slice(0, LISTED).map((r, i) => (
                    <li key={i}>
                      <ServerText text={r} wrap />
                    </li>
                  ))}
                </ul>
                {summary.refusals.length > LISTED && <p>{t("bulk.refusedMore", { count: summary.refusals.length - LISTED })}</p>}
              </>
            )}
          </Callout>
        )}
      </DialogBody>
      <DialogFooter
        actions={
          summary ? (
            <Button text={t("bulk.done")} intent="primary" data-testid="bulk-close" onClick={onClose} autoFocus />
          ) : (
            <>
              <Button text={t("common.cancel")} variant="minimal" onClick={onClose} disabled={busy} />
              <Button
                text={mode === "acknowledge" ? t("bulk.ackSubmit") : t("bulk.confirmSubmit")}
                intent="primary"
                data-testid="bulk-submit"
                loading={busy}
                disabled={count === 0}
                onClick={() => void submit()}
              />
            </>
          )
        }
      />
    </Dialog>
  );
}
