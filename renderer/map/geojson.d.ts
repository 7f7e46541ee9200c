// Vite's JSON plugin only claims *.json, so the outline comes in as text and is parsed once.
declare module "*.geojson?raw" {
  const text: string;
  export default text;
}
