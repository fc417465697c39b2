import { render } from 'preact';
import { OptionsPage } from '../../components/options-page';
import { t, uiLanguage } from '../../platform/i18n';
import { loadSettings } from '../../platform/settings';
import '../../components/popup.css';
import '../../components/options.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) void loadSettings().then((loaded) => render(<OptionsPage loaded={loaded} />, root));
