// "I am the consultant": the policy files that preconfigure (and, by choice, install) the extension on a client's
// computers, in three install modes, with the steps per browser and system. The files carry what the form shows,
// validated first.
import { useState } from 'preact/hooks';
import listingsData from '../../core/data/store-listings.json';
import { type DeployFormat, deployChannelProblem, deployFile, deployTarget } from '../../core/deploy';
import type { MessageKey } from '../../core/messages';
import { readyChannel } from '../../core/notify/channel';
import type { InstallMode } from '../../core/policy-files';
import type { Settings } from '../../core/settings';
import { downloadFile } from '../../platform/browser-ui';
import { extensionVersion } from '../../platform/environment';
import { t } from '../../platform/i18n';
import { logFailure } from '../../platform/log';
import { channelReach } from '../../platform/notify-delivery';
import { TextField } from './fields';

const listings = listingsData as { chrome: string | null; edge: string | null; firefox: string | null };
/** Until the stores have published the extension, the store mode needs ids nobody has yet. */
const pending = listings.chrome === null || listings.edge === null || listings.firefox === null;

import type { Status } from './use-draft-settings';

const deployButtons: readonly (readonly [DeployFormat, MessageKey])[] = [
  ['windows', 'deployWindows'],
  ['mac', 'deployMac'],
  ['linux', 'deployLinux'],
  ['firefox', 'deployFirefox'],
  ['updates-xml', 'deployUpdatesXml'],
  ['updates-json', 'deployUpdatesJson'],
];

const modes = [
  ['settings-only', 'deployModeSettingsOnly'],
  ['store', 'deployModeStore'],
  ['self-hosted', 'deployModeSelfHosted'],
] as const satisfies readonly (readonly [InstallMode, MessageKey])[];

interface DeploySectionProps {
  /** Open unless a policy already manages this computer (then the section is folded away). */
  open: boolean;
  /** The settings on screen, validated; undefined when the form has errors (they are shown). */
  validated: () => { settings: Settings } | undefined;
}

export function DeploySection({ open, validated }: DeploySectionProps) {
  // Settings only by default: a file that installs needs an id or an address that really serves the extension,
  // and a wrong one makes the browser remove it.
  const [mode, setMode] = useState<InstallMode>('settings-only');
  const [status, setStatus] = useState<Status | null>(null);
  // The published listings' ids (core/data/store-listings.json), typed by hand only while they are pending.
  const [chromeStoreId, setChromeStoreId] = useState(listings.chrome ?? '');
  const [edgeStoreId, setEdgeStoreId] = useState(listings.edge ?? '');
  const [hostUrl, setHostUrl] = useState('');
  const [firefoxUrl, setFirefoxUrl] = useState(listings.firefox ?? '');

  const deploy = async (format: DeployFormat) => {
    // The file carries what is on screen, checked first: never settings the consultant did not see.
    const valid = validated();
    if (!valid) {
      setStatus({ text: t('optionsNotSaved'), error: true });
      return;
    }
    // Only credentials that cannot read go to clients' computers (core/deploy.ts; the review's H1).
    const channelProblem = deployChannelProblem(valid.settings);
    if (channelProblem) {
      setStatus({ text: t(channelProblem), error: true });
      return;
    }
    const channel = readyChannel(valid.settings.notify);
    const reach = channel?.kind === 'ntfy' ? await channelReach(channel) : 'post-only';
    if (reach === 'reads') {
      setStatus({ text: t('deployNtfyReads'), error: true });
      return;
    }
    const target = deployTarget(format, {
      mode,
      chromeStoreId,
      edgeStoreId,
      hostUrl,
      firefoxUrl,
    });
    if ('problem' in target) {
      setStatus({ text: t(target.problem), error: true });
      return;
    }
    const { name, type, content } = deployFile(format, valid.settings, target, extensionVersion());
    try {
      downloadFile(name, type, content);
      const done = t('deployDone', name);
      setStatus({ text: reach === 'unknown' ? `${done} ${t('deployNtfyUnchecked')}` : done, error: false });
    } catch (error) {
      logFailure('the download failed', error);
      setStatus({ text: t('actionFailed'), error: true });
    }
  };

  return (
    <details class="deploy" open={open} data-deploy>
      <summary>
        <h2 id="deploy-heading">{t('deployConsultantSummary')}</h2>
      </summary>
      <p class="intro">{t('deployIntro')}</p>
      <fieldset>
        <legend>{t('deployMode')}</legend>
        {modes.map(([value, label]) => (
          <label key={value} class="check">
            <input
              type="radio"
              name="deploy-mode"
              data-deploy-mode={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      {mode === 'store' && (
        <>
          {pending && (
            <p class="note" data-store-pending>
              {t('deployStorePending')}
            </p>
          )}
          <TextField
            spellcheck={false}
            id="opt-chrome-store-id"
            label={t('deployChromeStoreId')}
            value={chromeStoreId}
            onInput={setChromeStoreId}
          />
          <TextField
            spellcheck={false}
            id="opt-edge-store-id"
            label={t('deployEdgeStoreId')}
            value={edgeStoreId}
            onInput={setEdgeStoreId}
          />
          <TextField
            spellcheck={false}
            id="opt-firefox-url"
            label={t('deployFirefoxUrl')}
            type="url"
            value={firefoxUrl}
            onInput={setFirefoxUrl}
          />
        </>
      )}
      {mode === 'self-hosted' && (
        <TextField
          spellcheck={false}
          id="opt-host-url"
          label={t('deployHostUrl')}
          type="url"
          value={hostUrl}
          onInput={setHostUrl}
        />
      )}
      <div class="toolbar">
        {deployButtons
          .filter(([format]) => mode === 'self-hosted' || !format.startsWith('updates-'))
          .map(([format, label]) => (
            <button
              key={format}
              type="button"
              class="secondary"
              data-action="download-policy"
              data-format={format}
              onClick={() => void deploy(format)}
            >
              {t(label)}
            </button>
          ))}
      </div>
      <p role="status" data-deploy-status class={status?.error ? 'problem' : 'muted'}>
        {status?.text ?? ''}
      </p>
      <h3>{t('deployStepsHeading')}</h3>
      <ol class="deploy-steps">
        {mode === 'self-hosted' && <li>{t('deployStepSelfHosted')}</li>}
        <li>{t('deployStepWindows')}</li>
        <li>{t('deployStepMac')}</li>
        <li>{t('deployStepLinux')}</li>
        <li>{t('deployStepFirefox')}</li>
        <li>{t('deployStepCheck')}</li>
      </ol>
    </details>
  );
}
