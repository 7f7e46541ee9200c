/**
 * Things a person must be told: stores set aside at start (from the site) and what the core
 * reported since (disk errors and the like), until they dismiss them. Each core notice is also
 * a toast when it arrives; this list keeps it after the toast is gone.
 */
import { Button, Callout } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CoreNotice } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { noticeKindKey } from "./noticeKind";
import { startNoticeText } from "./startNoticeText";

export function Notices({ siteNotices }: { siteNotices: readonly string[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const coreNotices = useRoomSelector((s) => s.coreNotices);
  // Dismissing hides what is listed now; a notice that arrives later shows again.
  const [dismissedSite, setDismissedSite] = useState(false);
  const [dismissedCore, setDismissedCore] = useState(0);
  const site = dismissedSite ? [] : siteNotices;
  const core: readonly CoreNotice[] = coreNotices.slice(dismissedCore);
  const count = site.length + core.length;
  if (count === 0) return null;
  const danger = core.length > 0;
  return (
    <Callout intent={danger ? "danger" : "warning"} className="notices" data-testid="site-notices" title={t("notices.title", { count })}>
      <ul className="notice-list">
        {site.map((n, i) => (
          <li key={`site-${i}`}>
            <ServerText text={startNoticeText(n, t)} wrap />
          </li>
        ))}
        {core.map((n, i) => (
          <li key={`core-${dismissedCore + i}`} data-testid="core-notice" data-kind={n.kind}>
            <span className="notice-meta">
              {formats.eventTime(n.at)} · {t(noticeKindKey(n.kind))}:
            </span>{" "}
            <ServerText text={n.message} wrap />
          </li>
        ))}
      </ul>
      <Button
        className="notice-dismiss"
        size="small"
        variant="minimal"
        text={t("notices.dismiss")}
        onClick={() => {
          setDismissedSite(true);
          setDismissedCore(coreNotices.length);
        }}
      />
    </Callout>
  );
}
