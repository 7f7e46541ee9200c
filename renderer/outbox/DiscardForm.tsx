/** Giving an action up takes a reason: it goes into the audit trail beside who did it. */
import { Button, FormGroup, TextArea } from "@blueprintjs/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

const MAX_REASON = 2000;

export function DiscardForm({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState("");
  const ready = reason.trim().length > 0;
  return (
    <form
      className="outbox-discard-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onSubmit(reason.trim());
      }}
    >
      <FormGroup label={t("outbox.discardReason")} labelFor={id}>
        <TextArea
          id={id}
          data-testid="outbox-discard-reason"
          fill
          autoFocus
          rows={2}
          maxLength={MAX_REASON}
          placeholder={t("outbox.discardPlaceholder")}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormGroup>
      <div className="outbox-actions">
        <Button size="small" variant="minimal" text={t("common.cancel")} onClick={onCancel} disabled={busy} />
        <Button size="small" intent="danger" type="submit" data-testid="outbox-discard-submit" text={t("outbox.discardSubmit")} loading={busy} disabled={!ready} />
      </div>
    </form>
  );
}
