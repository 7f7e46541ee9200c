/**
 * The language switch, on every window. Each language is named in itself, so someone who
 * cannot read the current one still finds theirs; the choice is remembered on this workstation.
 */
import { Button, ButtonGroup } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { LANGUAGE_SELF_NAME, LANGUAGES } from "../i18n/languages";
import { chooseLanguage } from "../i18n/workstation";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <ButtonGroup className="language-switch" role="radiogroup" aria-label={t("language.label")} data-testid="language-switch" data-language={i18n.language}>
      {LANGUAGES.map((l) => {
        const selected = i18n.language === l;
        return (
          <Button
            key={l}
            size="small"
            variant={selected ? "solid" : "minimal"}
            role="radio"
            aria-checked={selected}
            lang={l}
            title={LANGUAGE_SELF_NAME[l].long}
            data-testid={`language-${l}`}
            text={LANGUAGE_SELF_NAME[l].short}
            onClick={() => chooseLanguage(l)}
          />
        );
      })}
    </ButtonGroup>
  );
}
