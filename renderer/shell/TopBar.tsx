/** The navbar: where am I, is the data live, how many alarms and actions, who is signed in, which language. */
import { Navbar, NavbarDivider, NavbarGroup, NavbarHeading } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { SiteInfo } from "../../contract/api";
import { ServerText } from "../text/ServerText";
import { AlarmCounters } from "./AlarmCounters";
import { ConnectionStatus } from "./ConnectionStatus";
import { LanguageSwitch } from "./LanguageSwitch";
import { OutboxIndicator } from "../outbox/OutboxIndicator";
import { FieldButton } from "../field/FieldButton";
import { SessionControl } from "./SessionControl";
import { ViewSwitch } from "./ViewSwitch";
import { WindowsMenu } from "../layout/WindowsMenu";

/** `actions`: the operator screen, where a person signs in and acts; a map window only shows. */
export function TopBar({ site, actions }: { site: SiteInfo; actions: boolean }) {
  const { t } = useTranslation();
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
        {actions && <ViewSwitch />}
        <AlarmCounters />
        {actions && <OutboxIndicator />}
        {actions && <FieldButton site={site} />}
      </NavbarGroup>
      <NavbarGroup align="right" className="top-bar-group top-bar-right">
        <ConnectionStatus />
        <NavbarDivider />
        <SessionControl site={site} actions={actions} />
        <NavbarDivider />
        {actions && <WindowsMenu />}
        <LanguageSwitch />
      </NavbarGroup>
    </Navbar>
  );
}
