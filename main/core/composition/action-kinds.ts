/**
 * Every kind of action the workstation takes, registered once: the Part 9 alarm methods and the
 * workstation's certificate decisions and kept passwords. A new kind is one line here and its definition file.
 */
import type { EndpointId } from "../../../contract/api";
import { acknowledgeAction } from "../actions/acknowledge";
import { writeCommandAction, type CommandDeps } from "../actions/command-actions";
import { rejectCertificateAction, renewOwnCertificateAction, trustCertificateAction } from "../actions/certificate-actions";
import { commentAction, confirmAction } from "../actions/event-quoting-actions";
import { ActionRegistry, type AnyActionDefinition } from "../actions/registry";
import { enablementAction, shelveAction, unshelveAction } from "../actions/shelving-actions";
import type { AlarmService } from "../alarms/alarm-service";
import type { CertificateService } from "../connections/certificate-service";
import { keepPasswordAction } from "../credentials/keep-password-action";
import type { KeptPasswords } from "../credentials/kept-passwords";

/** Station passwords the workstation keeps, and how an endpoint is told to try with a new one. */
export interface PasswordDeps {
  kept: KeptPasswords;
  retryNow(endpointId: EndpointId): void;
}

export function registerActionKinds(alarms: AlarmService, certificates: CertificateService, endpointIds: readonly EndpointId[], commands: CommandDeps, passwords: PasswordDeps): ActionRegistry {
  const registry = new ActionRegistry();
  const entries: AnyActionDefinition[] = [
    acknowledgeAction(alarms),
    confirmAction(alarms),
    commentAction(alarms),
    shelveAction(alarms),
    unshelveAction(alarms),
    enablementAction(alarms, true),
    enablementAction(alarms, false),
    trustCertificateAction(certificates, new Set(endpointIds)),
    rejectCertificateAction(certificates),
    renewOwnCertificateAction(certificates),
    writeCommandAction(commands),
    keepPasswordAction(passwords.kept, passwords.retryNow),
  ];
  for (const entry of entries) registry.register(entry);
  return registry;
}
