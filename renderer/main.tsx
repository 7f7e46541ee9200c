/** Entry point of the renderer bundle: language first, then find the contract, start the session, render. */
import "@blueprintjs/core/lib/css/blueprint.css";
import "leaflet/dist/leaflet.css";
import "./styles/tokens.css";
import "./styles/layout.css";
import "./styles/top-bar.css";
import "./styles/panels.css";
import "./styles/value-panel.css";
import "./styles/alarm-filter-bar.css";
import "./styles/alarm-grid.css";
import "./styles/alarm-group-rows.css";
import "./styles/alarm-panel-narrow.css";
import "./styles/priority-tags.css";
import "./styles/alarm-detail.css";
import "./styles/ack-dialog.css";
import "./styles/map.css";
import "./styles/server-text.css";
import "./styles/startup.css";
import "./styles/outbox.css";
import "./styles/banner.css";
import "./styles/history.css";
import "./styles/kpi.css";
import "./styles/trends.css";
import "./styles/engineering.css";
import "./styles/engineering-forms.css";
import "./styles/connections.css";
import "./styles/top-bar-fit.css";
import "./styles/audit.css";
import "./styles/handover.css";
import "./styles/roles.css";

import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import type { ReactNode } from "react";
import { App } from "./App";
import { getControlRoom, onTokenRefused } from "./bridge";
import { i18n } from "./i18n/workstation";
import { toastReporter } from "./shell/report";
import { StartupScreen } from "./shell/StartupScreen";
import { RoomContext } from "./state/RoomContext";
import { createRoomStore } from "./state/roomState";
import { startSession } from "./state/session";

const root = createRoot(document.getElementById("root")!);
const render = (node: ReactNode) => root.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);

render(<StartupScreen error={null} />);

// A host restarted with a new token refuses this page for good: say so, instead of showing
// a screen that looks live but will never update again.
onTokenRefused((error) => render(<StartupScreen error={error} />));

getControlRoom()
  .then((api) => {
    const store = createRoomStore();
    const session = startSession(api, store, toastReporter);
    render(
      <RoomContext value={{ store, session, api }}>
        <App />
      </RoomContext>,
    );
  })
  .catch((e: unknown) => render(<StartupScreen error={e} />));
