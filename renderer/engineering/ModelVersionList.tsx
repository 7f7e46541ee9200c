/**
 * The engineered model's history, newest first: version, when, who (and as which role), saved
 * or deleted, which asset, and what changed (the core's summary, in its words).
 */
import { HTMLTable, NonIdealState } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { ModelVersion } from "../../contract/engineering";
import { useFormats } from "../i18n/useFormats";
import { roleName } from "../shell/roleName";
import { ServerText } from "../text/ServerText";

export function ModelVersionList({ versions }: { versions: readonly ModelVersion[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (versions.length === 0) return <NonIdealState icon="history" title={t("engineering.versions.none")} />;
  return (
    <HTMLTable compact striped className="version-table" data-testid="model-versions">
      <thead>
        <tr>
          <th scope="col" className="num">{t("engineering.versions.version")}</th>
          <th scope="col">{t("engineering.versions.when")}</th>
          <th scope="col">{t("engineering.versions.who")}</th>
          <th scope="col">{t("engineering.versions.what")}</th>
          <th scope="col">{t("engineering.versions.asset")}</th>
          <th scope="col">{t("engineering.versions.summary")}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.version} data-testid="model-version-row">
            <td className="num">{v.version}</td>
            <td>{formats.dateTime(v.at)}</td>
            <td>
              {v.userName} <span className="version-role">({roleName(v.role, t)})</span>
            </td>
            <td>{v.action === "save" ? t("engineering.versions.saved") : t("engineering.versions.deleted")}</td>
            <td>
              <ServerText text={v.assetName} />
            </td>
            <td className="version-summary">{v.summary}</td>
          </tr>
        ))}
      </tbody>
    </HTMLTable>
  );
}
