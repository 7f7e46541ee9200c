/**
 * What a window shows before the core has answered, or when it cannot be reached at all. A
 * refused token gets its own words: the page is fine, its address is not.
 */
import { NonIdealState, Spinner } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { errorCode, errorLead, TOKEN_REFUSED } from "../i18n/describeError";
import { messageOf } from "../state/errorMessage";
import { ServerText } from "../text/ServerText";
import { LanguageSwitch } from "./LanguageSwitch";

/** Catalogue texts mark commands with backticks; show them as code. */
function withCode(text: string) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/** `error`: what stopped the start, as thrown; null while still connecting. */
export function StartupScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const failed = error !== null && error !== undefined;
  const code = failed ? errorCode(error) : null;
  const detail = failed ? messageOf(error) : "";
  const lead = errorLead(code);
  return (
    <div className="startup-screen" data-testid={failed ? "startup-error" : "startup-loading"} data-code={code ?? undefined}>
      <div className="startup-language">
        <LanguageSwitch />
      </div>
      {!failed ? (
        <NonIdealState icon={<Spinner size={40} />} title={t("startup.connecting")} />
      ) : code === TOKEN_REFUSED ? (
        <NonIdealState
          icon="key"
          title={t("startup.tokenRefusedTitle")}
          description={
            <div className="startup-detail">
              <p>{withCode(t("startup.tokenRefused"))}</p>
            </div>
          }
        />
      ) : (
        <NonIdealState
          icon="offline"
          title={t("startup.failedTitle")}
          description={
            <div className="startup-detail">
              <p>{lead ? t(lead) : t("startup.unreachable")}</p>
              {detail && (
                <p className="startup-raw">
                  {t("startup.detail")} <ServerText text={detail} wrap />
                </p>
              )}
            </div>
          }
        />
      )}
    </div>
  );
}
