import { render } from 'preact';
import { App } from '../../components/app';
import { t, uiLanguage } from '../../platform/i18n';
import '../../components/popup.css';

document.documentElement.lang = uiLanguage();
document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<App />, root);
