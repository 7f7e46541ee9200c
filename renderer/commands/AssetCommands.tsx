/**
 * The commands of the asset on screen (value panel, alarm detail): each command tag with its
 * current value and one button per value it can be given; a button opens the confirm dialog.
 * Offline, or with nobody signed in, the buttons are off and a line says why (a command is never
 * queued, so there is nothing to do until the server is back). Map windows show none.
 */
import { Button } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AssetInfo, CommandTag, CommandValue } from "../../contract/api";
import type { Formats } from "../i18n/formats";
import { useFormats } from "../i18n/useFormats";
import { windowActs, windowRole } from "../shell/windowRole";
import { useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { CommandDialog, type CommandRequest } from "./CommandDialog";
import { isReset, offeredValues } from "./commandText";
import { useAssetCommands } from "./useAssetCommands";
import "../styles/commands.css";

/** A map window (a video wall, an extra display) acts on nothing: it shows no commands at all. */
const MAP_WINDOW = !windowActs(windowRole(window.location.search));

export function AssetCommands({ asset, live }: { asset: AssetInfo; live: boolean }) {
  return MAP_WINDOW ? null : <CommandList asset={asset} live={live} />;
}

function CommandList({ asset, live }: { asset: AssetInfo; live: boolean }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const found = useAssetCommands(asset.id, live);
  const signedIn = useRoomSelector((s) => !!s.sessionInfo?.person);
  // The core refuses a role without the command permission anyway; the buttons say so first.
  const allowed = useRoomSelector((s) => s.sessionInfo?.may.command ?? false);
  const [asking, setAsking] = useState<CommandRequest | null>(null);
  if (!found || found.commands.length === 0) return null;
  const enabled = live && signedIn && allowed;
  const headingId = `commands-${asset.id}`;

  return (
    <section className="asset-commands" aria-labelledby={headingId} data-testid="asset-commands">
      <h3 className="section-title" id={headingId}>
        {t("commands.title")}
      </h3>
      {!live && <p className="commands-note">{t("commands.offlineNote")}</p>}
      {live && !signedIn && <p className="commands-note">{t("commands.signInNote")}</p>}
      {live && signedIn && !allowed && (
        <p className="commands-note" data-testid="commands-not-allowed">
          {t("commands.notAllowedNote")}
        </p>
      )}
      <ul className="command-list">
        {found.commands.map((command) => (
          <CommandRow key={command.tagId} command={command} enabled={enabled} formats={formats} onAsk={(value) => setAsking({ command, value })} />
        ))}
      </ul>
      <CommandDialog asset={asset} request={asking} onClose={() => setAsking(null)} />
    </section>
  );
}

function CommandRow({ command, enabled, formats, onAsk }: { command: CommandTag; enabled: boolean; formats: Formats; onAsk: (value: CommandValue | null) => void }) {
  const { t } = useTranslation();
  const current = useRoomSelector((s) => s.values.get(command.tagId)?.value);
  const offered = offeredValues(command);
  return (
    <li className="command-row" data-testid="command-row" data-tag-name={command.name}>
      <span className="command-name">
        <ServerText text={command.name} />
      </span>
      <span className="command-current" data-testid="command-current">
        <ServerText text={formats.value(current, null)} max={60} />
      </span>
      <span className="command-buttons">
        {offered && isReset(command) && current === false ? (
          // Nothing to reset now: the button stays, off, so the command is still seen to exist.
          <Button size="small" data-testid="command-button" disabled title={t("commands.nothingToReset")} text={t("commands.resetButton")} />
        ) : offered ? (
          offered
            .filter((value) => value !== current)
            .map((value) => (
              <Button
                key={String(value)}
                size="small"
                data-testid="command-button"
                data-value={String(value)}
                disabled={!enabled}
                onClick={() => onAsk(value)}
                text={isReset(command) ? t("commands.resetButton") : formats.value(value, null)}
              />
            ))
        ) : (
          <Button size="small" data-testid="command-button" disabled={!enabled} onClick={() => onAsk(null)} text={t("commands.setButton")} />
        )}
      </span>
    </li>
  );
}
