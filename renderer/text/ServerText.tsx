/**
 * Shows one server text: isolated from the text around it (<bdi dir="auto">), cut with an
 * ellipsis by CSS and by a hard character cap, the full text in the tooltip and, when the cap
 * cut it, behind a small button. Always a text node: server strings are never HTML.
 */
import { Button, Popover } from "@blueprintjs/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { INTL_LOCALE, isLanguage } from "../i18n/languages";
import { prepareServerText, SERVER_TEXT_MAX } from "./serverText";

interface Props {
  text: string;
  className?: string;
  /** Wrap over lines instead of one line with an ellipsis (messages in roomy places). */
  wrap?: boolean;
  max?: number;
  testId?: string;
}

export function ServerText({ text, className, wrap, max = SERVER_TEXT_MAX, testId }: Props) {
  const { t, i18n } = useTranslation();
  const p = useMemo(() => prepareServerText(text, max), [text, max]);
  const locale = isLanguage(i18n.language) ? INTL_LOCALE[i18n.language] : undefined;
  const showAll = t("serverText.showAll", { count: p.full.length, n: p.full.length.toLocaleString(locale) });
  const classes = ["server-text", wrap ? "is-wrapping" : "is-line", className].filter(Boolean).join(" ");
  return (
    <span className={wrap ? "server-text-wrap is-wrapping" : "server-text-wrap"}>
      <bdi dir="auto" className={classes} title={p.title} data-testid={testId} data-truncated={p.truncated || undefined}>
        {p.shown}
      </bdi>
      {p.hadControls && (
        <span className="server-text-warning" role="img" title={t("serverText.hiddenControls")} aria-label={t("serverText.hiddenControls")} data-testid="server-text-controls">
          ⚠
        </span>
      )}
      {p.truncated && (
        // Opening the full text must not also select the row it sits in.
        <span className="server-text-more-wrap" onClick={(e) => e.stopPropagation()}>
          <Popover
            placement="bottom-start"
            content={
              <div className="server-text-full" data-testid="server-text-full">
                <bdi dir="auto">{p.full}</bdi>
              </div>
            }
          >
            <Button size="small" variant="minimal" className="server-text-more" data-testid="server-text-more" text="⋯" aria-label={showAll} title={showAll} />
          </Popover>
        </span>
      )}
    </span>
  );
}
