/**
 * The connections view in a drawer, opened from the top bar of every window, a map wall's too
 * (the content is ConnectionsPanel, which the connections role shows full-window).
 */
import { Drawer, Position } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { OverlayHeader } from "../shell/OverlayHeader";
import { ConnectionsPanel } from "./ConnectionsPanel";

export function ConnectionsDrawer({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Drawer isOpen={isOpen} onClose={onClose} position={Position.RIGHT} size="min(760px, 94vw)" className="connections-drawer" aria-labelledby="connections-title">
      <OverlayHeader id="connections-title" title={t("connections.title")} onClose={onClose} />
      <ConnectionsPanel active={isOpen} />
    </Drawer>
  );
}
