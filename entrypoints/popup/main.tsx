import { render } from 'preact';
import { t, uiLanguage } from '../../platform/i18n';
import { loadPopupStart } from '../../platform/storage';
import { App } from './app';
import { loadCheckScreen } from './lazy-screens';
import '../../assets/popup.css';

// Storage first, render once: no empty frame, and the reopened popup shows the step the user left at once.
const start = loadPopupStart();
document.documentElement.lang = uiLanguage();
document.title = t('extName');
const root = document.getElementById('app');
if (root) {
  void start.then(async (data) => {
    // Reopened in the middle of a check: its screens first, so that they appear at once, without a blank frame.
    const midCheck = data.state.stage === 'opened';
    if (midCheck) await loadCheckScreen();
    render(<App start={data} />, root);
    // Rendering is synchronous: the controls are in place and working now. The benchmark reads this mark.
    performance.mark('webmail-first:ready');
    // Then, off the first paint, the screens that come after "Open webmail".
    if (!midCheck) setTimeout(() => void loadCheckScreen(), 50);
  });
}
