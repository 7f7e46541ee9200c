/** The navbar: where am I, is the data live, how many alarms and actions, who is signed in, which language. */
import { Navbar, NavbarDivider, NavbarGroup, NavbarHeading } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { SiteInfo } from "../../contract/api";
import { ServerText } from "../text/ServerText";
import { AlarmCounters } from "./AlarmCounters";
import { ConnectionStatus } from "./ConnectionStatus";
import { LanguageSwitch } from "./LanguageSwitch";
import { OutboxIndicator } from "../outbox/OutboxIndicator";
import { roleName } from "./roleName";

export function TopBar({ site, showOutbox }: { site: SiteInfo; showOutbox: boolean }) {
  const { t } = useTranslation();
  const role = roleName(site.user.role, t);
  return (
    <Navbar className="top-bar">
      <NavbarGroup align="left" className="top-bar-group top-bar-left">
        <NavbarHeading className="site-heading">
          <span className="app-name">{t("app.name")}</span>
          <span className="site-name" data-testid="site-name">
            <ServerText text={site.name} />
          </span>
        </NavbarHeading>
        <NavbarDivider />
        <AlarmCounters />
        {showOutbox && <OutboxIndicator />}
      </NavbarGroup>
      <NavbarGroup align="right" className="top-bar-group top-bar-right">
        <ConnectionStatus />
        <NavbarDivider />
        <span className="current-user" data-testid="current-user" title={t("user.signedIn", { name: site.user.name, role })}>
          <span className="user-name">
            <ServerText text={site.user.name} />
          </span>
          <span className="user-role">{role}</span>
        </span>
        <NavbarDivider />
        <LanguageSwitch />
      </NavbarGroup>
    </Navbar>
  );
}
