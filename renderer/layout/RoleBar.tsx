/**
 * A role window's slim top bar: the site, what this window shows, the alarm counts and the
 * connection state (its drawer opens from there), and who is signed in (sign-in and out only in a
 * window that acts: alarm panel, asset detail). None has a view switch: a role window shows one thing.
 */
import { Navbar, NavbarDivider, NavbarGroup, NavbarHeading } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { SiteInfo, WindowRole } from "../../contract/api";
import { AlarmCounters } from "../shell/AlarmCounters";
import { ConnectionStatus } from "../shell/ConnectionStatus";
import { LanguageSwitch } from "../shell/LanguageSwitch";
import { SessionControl } from "../shell/SessionControl";
import { windowActs } from "../shell/windowRole";
import { ServerText } from "../text/ServerText";
import { ROLE_LABEL } from "./roleNames";

export function RoleBar({ site, role }: { site: SiteInfo; role: WindowRole }) {
  const { t } = useTranslation();
  const name = t(ROLE_LABEL[role]);
  return (
    <Navbar className="top-bar role-bar" aria-label={t("layout.barAria", { role: name })} data-testid="role-bar" data-role={role}>
      <NavbarGroup align="left" className="top-bar-group top-bar-left">
        <NavbarHeading className="site-heading">
          <span className="role-name" data-testid="role-name">
            {name}
          </span>
          <span className="site-name" data-testid="site-name">
            <ServerText text={site.name} />
          </span>
        </NavbarHeading>
        <NavbarDivider />
        <AlarmCounters />
      </NavbarGroup>
      <NavbarGroup align="right" className="top-bar-group top-bar-right">
        <ConnectionStatus />
        <NavbarDivider />
        {/* Who is signed in on the workstation; sign-in itself only where the window acts. */}
        <SessionControl site={site} actions={windowActs(role)} />
        <NavbarDivider />
        <LanguageSwitch />
      </NavbarGroup>
    </Navbar>
  );
}
