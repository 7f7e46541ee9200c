/** Catalogue keys for the panel's tables of values (views, states, grouping). */
import { tk } from "../../i18n/keys";
import type { PanelView, StateFilter } from "./alarmFilter";
import type { GroupBy } from "./alarmGrouping";

export const PANEL_TEXT = {
  view: {
    active: tk("panel.views.active"),
    shelved: tk("panel.views.shelved"),
    outOfService: tk("panel.views.outOfService"),
  } satisfies Record<PanelView, string>,
  state: {
    unacked: tk("panel.state.unacked"),
    active: tk("panel.state.active"),
    returnedUnacked: tk("panel.state.returnedUnacked"),
    acked: tk("panel.state.acked"),
    shelved: tk("panel.state.shelved"),
    suppressed: tk("panel.state.suppressed"),
    outOfService: tk("panel.state.outOfService"),
  } satisfies Record<StateFilter, string>,
  group: {
    none: tk("panel.group.none"),
    asset: tk("panel.group.asset"),
    service: tk("panel.group.service"),
  } satisfies Record<GroupBy, string>,
} as const;
