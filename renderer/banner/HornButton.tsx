/**
 * The silence button, which also says what the horn is doing: it is enabled only while the horn
 * sounds. Silencing is the room state's silenceHorn, the same the alarm list's key calls.
 */
import { Button } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { PRIORITY_LABEL } from "../alarms/priority";
import { tk } from "../i18n/keys";
import { useRoom } from "../state/RoomContext";
import { silenceHorn } from "../state/roomState";
import type { HornState } from "./hornDecision";

const QUIET_TEXT = {
  silenced: tk("banner.horn.silenced"),
  quiet: tk("banner.horn.quiet"),
  off: tk("banner.horn.off"),
} as const;

export function HornButton({ state }: { state: HornState }) {
  const { t } = useTranslation();
  const { store } = useRoom();
  if (state === "silenced" || state === "quiet" || state === "off") {
    const title = state === "silenced" ? t("banner.horn.silencedTitle") : state === "off" ? t("banner.horn.offTitle") : undefined;
    return (
      <Button size="small" variant="minimal" className="banner-horn is-quiet" icon={state === "off" ? "volume-off" : "volume-down"} disabled data-testid="silence-horn" title={title}>
        {t(QUIET_TEXT[state])}
      </Button>
    );
  }
  return (
    <Button
      size="small"
      variant="solid"
      className={`banner-horn is-sounding priority-${state}`}
      icon="volume-up"
      data-testid="silence-horn"
      title={t("banner.horn.soundingTitle", { priority: t(PRIORITY_LABEL[state]) })}
      onClick={() => silenceHorn(store)}
    >
      {t("banner.horn.silence")}
    </Button>
  );
}
