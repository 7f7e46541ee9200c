/** The window's Formats: follows the language switch and the site's time zone. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useRoomSelector } from "../state/RoomContext";
import { createFormats, type Formats } from "./formats";
import { isLanguage, DEFAULT_LANGUAGE } from "./languages";

/** Until the site has answered, times are shown in the zone of the Niš pilot. */
const FALLBACK_TIME_ZONE = "Europe/Belgrade";

export function useFormats(): Formats {
  const { t, i18n } = useTranslation();
  const timeZone = useRoomSelector((s) => s.site?.timeZone ?? FALLBACK_TIME_ZONE);
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return useMemo(() => createFormats(language, timeZone, t), [language, timeZone, t]);
}
