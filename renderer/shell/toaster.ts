/**
 * One toaster per window for outcomes of actions that outlive the dialog that started them.
 * Blueprint's own close button is labelled "Close" in English only; ours is a translated action.
 */
import { OverlayToaster, Position, type Toaster, type ToastProps } from "@blueprintjs/core";
import { i18n } from "../i18n/workstation";

let toaster: Promise<Toaster> | null = null;

export function showToast(props: ToastProps): void {
  toaster ??= OverlayToaster.create({ position: Position.BOTTOM_RIGHT, maxToasts: 4 });
  const withClose: ToastProps = { isCloseButtonShown: false, action: { text: i18n.t("common.close") }, ...props };
  void toaster.then((t) => t.show(withClose));
}
