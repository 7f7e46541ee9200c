/** Entry point of the renderer bundle: find the contract, start the session, render. */
import "@blueprintjs/core/lib/css/blueprint.css";
import "leaflet/dist/leaflet.css";
import "./styles.css";

import { createRoot } from "react-dom/client";
import { App } from "./App";
import { getControlRoom } from "./bridge";
import { StartupScreen } from "./shell/StartupScreen";
import { showToast } from "./shell/toaster";
import { messageOf } from "./state/errorMessage";
import { RoomContext } from "./state/RoomContext";
import { createRoomStore } from "./state/roomState";
import { startSession } from "./state/session";

const root = createRoot(document.getElementById("root")!);
root.render(<StartupScreen error={null} />);

getControlRoom()
  .then((api) => {
    const store = createRoomStore();
    const session = startSession(api, store, (message) => showToast({ intent: "danger", message }));
    root.render(
      <RoomContext value={{ store, session }}>
        <App />
      </RoomContext>,
    );
  })
  .catch((e: unknown) => root.render(<StartupScreen error={messageOf(e)} />));
