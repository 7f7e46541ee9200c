/**
 * On an endpoint card whose site file says the workstation keeps the station password: the user,
 * whether a password is kept and where, and to a person allowed to manage trust, "Enter password…"
 * (or "Change password…"). Read when the card shows, and again whenever the endpoint's trouble changes.
 */
import { Button } from "@blueprintjs/core";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EndpointStatus, KeptPassword, PasswordKeeperKind } from "../../contract/api";
import { tk } from "../i18n/keys";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { KeepPasswordDialog } from "./KeepPasswordDialog";

const KEPT_WHERE = {
  "safe-storage": tk("connections.kept.keptSafeStorage"),
  "key-file": tk("connections.kept.keptKeyFile"),
} as const satisfies Record<PasswordKeeperKind, string>;

export function KeptPasswordFacts({ status }: { status: EndpointStatus }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const mayTrust = useRoomSelector((s) => s.sessionInfo?.may.trust ?? false);
  const [kept, setKept] = useState<KeptPassword | null>(null);
  const [editing, setEditing] = useState(false);
  const trouble = status.problem?.kind ?? status.state;

  const read = useCallback(() => {
    api.listKeptPasswords({}).then(
      (list) => setKept(list.find((k) => k.endpointId === status.endpointId) ?? null),
      () => setKept(null),
    );
  }, [api, status.endpointId]);
  useEffect(() => read(), [read, trouble]);

  if (!kept) return null;
  return (
    <>
      <dt>{t("connections.kept.title")}</dt>
      <dd data-testid="endpoint-kept-password" data-kept={kept.kept}>
        <ServerText text={t("connections.kept.user", { user: kept.user })} max={160} />
        <span className="endpoint-muted endpoint-last">
          {kept.kept ? t(KEPT_WHERE[kept.keeper]) : t("connections.kept.missing")}
        </span>
        {mayTrust ? (
          <Button size="small" variant="outlined" icon="key" data-testid="endpoint-enter-password" onClick={() => setEditing(true)}>
            {kept.kept ? t("connections.kept.change") : t("connections.kept.enter")}
          </Button>
        ) : (
          !kept.kept && <span className="endpoint-muted endpoint-last">{t("connections.kept.onlyPermitted")}</span>
        )}
        <KeepPasswordDialog kept={editing ? kept : null} onClose={() => setEditing(false)} onKept={read} />
      </dd>
    </>
  );
}
