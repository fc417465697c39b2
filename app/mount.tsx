// Starts the app on a surface: the popup, or the panel beside the page. Both render the same screens from the same
// stored state (storage is the channel): opening one while the other shows a step resumes it.
import { render } from 'preact';
import { replayEarlyInput, takeOverFirstScreen } from '../platform/first-screen';
import { t, uiLanguage } from '../platform/i18n';
import { loadPopupStart } from '../platform/storage';
import { App, type Surface } from './app';
import { loadCheckScreen } from './lazy-screens';
import '../assets/popup.css';

export function mount(surface: Surface): void {
  // Storage first, render once: no empty frame, and the reopened popup shows the step the user left at once.
  const start = loadPopupStart();
  document.documentElement.lang = uiLanguage();
  // The panel takes the width the browser gives it (a popup sizes itself to its body's 360 px).
  document.documentElement.dataset.surface = surface;
  document.title = t('extName');
  const root = document.getElementById('app');
  if (!root) return;
  void start.then(async (data) => {
    // Reopened in the middle of a check: its screens first, so that they appear at once, without a blank frame.
    const midCheck = data.state.stage !== 'choosing';
    if (midCheck) await loadCheckScreen().catch(() => undefined);
    // The first screen in the HTML (tools/first-screen/) is taken over: render() diffs against the markup and keeps
    // its nodes (the button under the pointer stays the same element), correcting what the settings change. Not
    // hydrate(): it skips the attributes, and a preset provider changes which radio is checked and the button's label.
    const early = takeOverFirstScreen();
    if (midCheck) root.replaceChildren();
    render(<App start={data} surface={surface} />, root);
    root.dataset.firstScreen = 'taken-over';
    // Rendering is synchronous: the controls are in place and working now. The benchmark reads this mark.
    performance.mark('webmail-first:ready');
    if (midCheck) return;
    void replayEarlyInput(root, early);
    // Then, off the first paint, the screens that come after "Open webmail".
    setTimeout(() => void loadCheckScreen().catch(() => undefined), 50);
  });
}
