/**
 * Who is signed in on this workstation, in the top bar: the person's name and role with a
 * sign-out button; on a site whose people sign in, a clear read-only mark and a Sign in button
 * while nobody is. A single-user station shows its site-file user. Every window follows the
 * `session` topic; a map window (`actions` false) shows who is signed in but offers nothing.
 */
import { Button, Icon } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SiteInfo } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { roleName } from "./roleName";
import { SignInDialog } from "./SignInDialog";
import { showToast } from "./toaster";

export function SessionControl({ site, actions }: { site: SiteInfo; actions: boolean }) {
  const { t } = useTranslation();
  const { session } = useRoom();
  const info = useRoomSelector((s) => s.sessionInfo);
  const [signingIn, setSigningIn] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  const signOut = async () => {
    setSigningOut(true);
    try {
      await session.signOut();
    } catch (e) {
      showToast({ intent: "danger", message: t("signIn.signOutFailed", { message: describeError(e, t) }) });
    } finally {
      setSigningOut(false);
    }
  };

  const person = info?.person ?? null;
  if (!person && info?.signInRequired) {
    return (
      <span className="session-control is-read-only" data-testid="session-control" data-signed-in="false">
        <span className="read-only-mark" data-testid="read-only" title={t("signIn.readOnlyTitle")}>
          <Icon icon="lock" size={14} aria-hidden />
          <span className="read-only-text">
            <span className="read-only-lead">{t("signIn.readOnly")}</span>
            {actions && <span className="read-only-hint">{t("signIn.readOnlyHint")}</span>}
          </span>
        </span>
        {actions && (
          <Button intent="primary" size="small" icon="log-in" data-testid="sign-in-button" text={t("signIn.button")} onClick={() => setSigningIn(true)} />
        )}
        {actions && <SignInDialog isOpen={signingIn} onClose={() => setSigningIn(false)} />}
      </span>
    );
  }

  // A single-user station (no sign-in) names its site-file user, as the station.
  const name = person?.name ?? site.user.name;
  const role = roleName(person?.role ?? site.user.role, t);
  const canSignOut = actions && !!person && !!info?.signInRequired;
  const title = t("user.signedIn", { name, role }) + (info?.verified === "offline" ? ` — ${t("signIn.verifiedOffline")}` : "");
  return (
    <span className="session-control" data-testid="session-control" data-signed-in={person ? "true" : "false"} data-login={person?.login ?? ""}>
      <span className="current-user" data-testid="current-user" title={title}>
        <span className="user-name">
          <ServerText text={name} />
        </span>
        <span className="user-role" data-testid="current-role">
          {role}
          {info?.verified === "offline" && <span className="user-offline"> · {t("signIn.offlineShort")}</span>}
        </span>
      </span>
      {canSignOut && (
        <Button
          variant="minimal"
          size="small"
          icon="log-out"
          data-testid="sign-out-button"
          aria-label={t("signIn.signOut")}
          title={t("signIn.signOut")}
          loading={signingOut}
          onClick={() => void signOut()}
        />
      )}
    </span>
  );
}
