import type { ServiceDefinition } from "../model";

export const traffic: ServiceDefinition = {
  key: "traffic",
  displayName: "Saobraćajna signalizacija",
  build: () => [],
};
