// The first screen, rendered at build time (tools/first-screen/plugin.ts writes it into popup.html and
// sidepanel.html): the same App the popup runs, with nothing stored yet and the settings' defaults, in each language
// of the catalogue. Run in Node by Vite's module runner, in a process of its own (the stand-in for the browser's
// API stays global).
// First, as a statement of its own: the stand-in must exist before the app's modules are evaluated.
import './stand-in';
import { renderToString } from 'preact-render-to-string';
import { App, type Surface } from '../../app/app';
import { emptyLoadedSettings } from '../../core/effective-settings';
import { initialWizard } from '../../core/wizard-state';
import { speak } from './stand-in';

/** The markup of the first screen on a surface, for each of the given languages of the catalogue. */
export function renderFirstScreens(surface: Surface, locales: readonly string[]): Record<string, string> {
  // Nothing stored: no provider chosen, no check, the settings' defaults (as after the first run).
  const start = {
    state: initialWizard,
    checks: null,
    lastProviderId: null,
    settings: emptyLoadedSettings,
    ownProvider: null,
  };
  const screens: Record<string, string> = {};
  for (const locale of locales) {
    speak(locale);
    screens[locale] = renderToString(<App start={start} surface={surface} />);
  }
  return screens;
}
