/**
 * The connections view: one card per endpoint, trouble first, then the workstation's own
 * certificate. Opened from the top bar of every window, a map wall's too; the trust dialog
 * opens from a card whose server certificate needs a person.
 */
import { Drawer, Position } from "@blueprintjs/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { OverlayHeader } from "../shell/OverlayHeader";
import { useRoomSelector } from "../state/RoomContext";
import { isUp, sortForView } from "./connectionView";
import { EndpointCard } from "./EndpointCard";
import { OwnCertificateCard } from "./OwnCertificateCard";
import { TrustDialog } from "./TrustDialog";
import { useCertificates } from "./useCertificates";

export function ConnectionsDrawer({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const connections = useRoomSelector((s) => s.connections);
  const list = useMemo(() => sortForView([...connections.values()]), [connections]);
  const certificates = useCertificates(isOpen);
  const [checking, setChecking] = useState<string | null>(null);
  const up = list.filter((c) => isUp(c.state)).length;
  return (
    <Drawer isOpen={isOpen} onClose={onClose} position={Position.RIGHT} size="min(760px, 94vw)" className="connections-drawer" aria-labelledby="connections-title">
      <OverlayHeader id="connections-title" title={t("connections.title")} onClose={onClose} />
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
    </Drawer>
  );
}
