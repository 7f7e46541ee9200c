/** The navbar: where am I, is the data live, how many alarms, who is signed in. */
import { Navbar, NavbarDivider, NavbarGroup, NavbarHeading } from "@blueprintjs/core";
import type { SiteInfo } from "../../contract/api";
import { AlarmCounters } from "./AlarmCounters";
import { ConnectionStatus } from "./ConnectionStatus";

export function TopBar({ site }: { site: SiteInfo }) {
  return (
    <Navbar className="top-bar">
      <NavbarGroup align="left" className="top-bar-group">
        <NavbarHeading className="site-heading">
          <span className="app-name">City Control Room</span>
          <span className="site-name" data-testid="site-name">
            {site.name}
          </span>
        </NavbarHeading>
        <NavbarDivider />
        <AlarmCounters />
      </NavbarGroup>
      <NavbarGroup align="right" className="top-bar-group">
        <ConnectionStatus />
        <NavbarDivider />
        <span className="current-user" data-testid="current-user">
          <span className="user-name">{site.user.name}</span>
          <span className="user-role">{site.user.role}</span>
        </span>
      </NavbarGroup>
    </Navbar>
  );
}
