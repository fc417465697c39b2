// Prints the first screen of each surface in each language as JSON (tools/first-screen/plugin.ts runs this in a
// process of its own: the stand-in for the browser's API it renders with stays out of the build's process).
import { readdirSync } from 'node:fs';
import { runnerImport } from 'vite';

const locales = readdirSync('public/_locales').sort();
const { module } = await runnerImport(new URL('./render.tsx', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
const screens = Object.fromEntries(
  ['popup', 'panel'].map((surface) => [surface, module.renderFirstScreens(surface, locales)]),
);
process.stdout.write(JSON.stringify(screens));
