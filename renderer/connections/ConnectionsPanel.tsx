/**
 * The connections view's content: one card per endpoint, trouble first, then the workstation's
 * own certificate; the trust dialog opens from a card whose server certificate needs a person.
 * Shown in the drawer of every top bar, and full-window as the connections role.
 */
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRoomSelector } from "../state/RoomContext";
import { isUp, sortForView } from "./connectionView";
import { EndpointCard } from "./EndpointCard";
import { OwnCertificateCard } from "./OwnCertificateCard";
import { TrustDialog } from "./TrustDialog";
import { useCertificates } from "./useCertificates";

/** `active`: shown now (the certificates are read while it is). */
export function ConnectionsPanel({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const connections = useRoomSelector((s) => s.connections);
  const list = useMemo(() => sortForView([...connections.values()]), [connections]);
  const certificates = useCertificates(active);
  const [checking, setChecking] = useState<string | null>(null);
  const up = list.filter((c) => isUp(c.state)).length;
  return (
    <>
      <div className="connections-panel" data-testid="connections-view">
        <p className="connections-intro">{t("connections.intro")}</p>
        <p className="connections-count" data-testid="connections-count">
          {t("connections.summary", { count: list.length, up })}
        </p>
        <ul className="endpoint-cards" data-testid="connection-list" aria-label={t("connections.title")}>
          {list.map((s) => (
            <EndpointCard key={s.endpointId} status={s} onCheckCertificate={setChecking} />
          ))}
        </ul>
        <OwnCertificateCard list={certificates.list} error={certificates.error} onRenewed={certificates.reload} />
      </div>
      <TrustDialog thumbprint={checking} list={certificates.list} onClose={() => setChecking(null)} onDecided={certificates.reload} />
    </>
  );
}
