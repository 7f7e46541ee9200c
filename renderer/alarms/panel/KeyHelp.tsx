/** The "?" in the panel header: which keys the list answers to. */
import { Button, Popover } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { tk, type Key } from "../../i18n/keys";

const KEYS: readonly { keys: string; text: Key }[] = [
  { keys: "↑ ↓ PgUp PgDn Home End", text: tk("panel.keys.move") },
  { keys: "Enter", text: tk("panel.keys.open") },
  { keys: "Space", text: tk("panel.keys.mark") },
  { keys: "a", text: tk("panel.keys.ack") },
  { keys: "Shift+A", text: tk("panel.keys.ackVisible") },
  { keys: "c", text: tk("panel.keys.confirm") },
  { keys: "Shift+C", text: tk("panel.keys.confirmVisible") },
  { keys: "h", text: tk("panel.keys.silence") },
  { keys: "/", text: tk("panel.keys.search") },
  { keys: "Shift+F10", text: tk("panel.keys.menu") },
  { keys: "← → Space", text: tk("panel.keys.group") },
  { keys: "Tab", text: tk("panel.keys.tab") },
];

export function KeyHelp() {
  const { t } = useTranslation();
  return (
    <Popover
      placement="bottom-end"
      content={
        <div className="key-help" data-testid="key-help">
          <h3 className="key-help-title">{t("panel.keys.title")}</h3>
          <dl className="key-help-list">
            {KEYS.map((k) => (
              <div key={k.keys} className="key-help-item">
                <dt>
                  <kbd>{k.keys}</kbd>
                </dt>
                <dd>{t(k.text)}</dd>
              </div>
            ))}
          </dl>
        </div>
      }
    >
      <Button size="small" variant="minimal" text="?" className="key-help-button" data-testid="key-help-button" aria-label={t("panel.keys.button")} title={t("panel.keys.button")} />
    </Popover>
  );
}
