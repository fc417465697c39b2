import { render } from 'preact';
import { t, uiLanguage } from '../../platform/i18n';
import { loadLocalSettings, refreshSettingsCache } from '../../platform/settings';
import { loadCachedSettings } from '../../platform/storage';
import { OptionsPage } from './options-page';
import '../../assets/popup.css';
import '../../assets/options.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) {
  // The fields at once, from the last validated copy (or the user's own settings on a first run); the policy's
  // fields are marked when the fresh read lands (the first managed read after a browser start takes seconds).
  const fresh = refreshSettingsCache();
  void Promise.all([loadCachedSettings(), loadLocalSettings()]).then(([cached, local]) =>
    render(<OptionsPage initial={cached ?? local} fresh={fresh} />, root),
  );
}
