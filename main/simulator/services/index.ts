/** The seven communal services of Niš, by key. */
import type { ServiceDefinition, ServiceKey } from "../model";
import { air } from "./air";
import { heating } from "./heating";
import { lighting } from "./lighting";
import { parking } from "./parking";
import { traffic } from "./traffic";
import { waste } from "./waste";
import { water } from "./water";

export const SERVICES: Record<ServiceKey, ServiceDefinition> = { water, heating, waste, parking, lighting, traffic, air };
