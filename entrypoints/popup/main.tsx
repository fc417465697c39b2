import { render } from 'preact';
import { App } from '../../components/app';
import { t, uiLanguage } from '../../platform/i18n';
import { loadPopupStart } from '../../platform/storage';
import '../../components/popup.css';

// Storage first, render once: no empty frame, and the reopened popup shows the step the user left at once.
const start = loadPopupStart();
document.documentElement.lang = uiLanguage();
document.title = t('extName');
const root = document.getElementById('app');
if (root) {
  void start.then((data) => {
    render(<App start={data} />, root);
    // Rendering is synchronous: the controls are in place and working now. The benchmark reads this mark.
    performance.mark('webmail-first:ready');
  });
}
