/** This window's horn setting and the desktop-notification permission, behind one small menu. */
import { Button, Menu, MenuDivider, MenuItem, Popover } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { HornSetting } from "./hornSetting";
import type { DesktopNotifications } from "./notifications";

interface Props {
  setting: HornSetting;
  changeSetting(update: Partial<HornSetting>): void;
  notifications: DesktopNotifications;
}

export function BannerMenu({ setting, changeSetting, notifications }: Props) {
  const { t } = useTranslation();
  const { permission, ask } = notifications;
  const menu = (
    <Menu data-testid="banner-menu" aria-label={t("banner.menu.open")}>
      <MenuItem
        roleStructure="listoption"
        selected={setting.on}
        text={t("banner.menu.hornOn")}
        data-testid="banner-horn-on"
        shouldDismissPopover={false}
        onClick={() => changeSetting({ on: !setting.on })}
      />
      <MenuItem
        roleStructure="listoption"
        selected={setting.soundLow}
        disabled={!setting.on}
        text={t("banner.menu.soundLow")}
        data-testid="banner-horn-low"
        shouldDismissPopover={false}
        onClick={() => changeSetting({ soundLow: !setting.soundLow })}
      />
      {permission !== "unsupported" && <MenuDivider />}
      {permission === "default" && <MenuItem icon="notifications" text={t("banner.menu.notifyAsk")} data-testid="banner-notify-ask" onClick={ask} />}
      {permission === "granted" && <MenuItem icon="tick" text={t("banner.menu.notifyOn")} disabled data-testid="banner-notify-on" />}
      {permission === "denied" && <MenuItem icon="disable" text={t("banner.menu.notifyDenied")} disabled data-testid="banner-notify-denied" />}
    </Menu>
  );
  return (
    <Popover content={menu} placement="bottom-end">
      <Button size="small" variant="minimal" icon="more" className="banner-menu-button" data-testid="banner-menu-button" aria-label={t("banner.menu.open")} title={t("banner.menu.open")} />
    </Popover>
  );
}
