import type { Provider, ServerSetting } from '../core/catalogue/provider';
import type { MessageKey } from '../core/messages';
import { t } from '../platform/i18n';

const rows: [keyof Pick<Provider, 'imap' | 'pop3' | 'smtp'>, MessageKey][] = [
  ['imap', 'settingsImap'],
  ['pop3', 'settingsPop3'],
  ['smtp', 'settingsSmtp'],
];

function describe(server: ServerSetting): string {
  const security = t(server.security === 'ssl' ? 'securitySsl' : 'securityStarttls');
  return t('settingsServer', [server.host, String(server.port), security]);
}

/** The provider's mail-program settings and hints, for the technician. */
export function ClientSettings({ provider }: { provider: Provider }) {
  const known = rows.filter(([kind]) => (provider[kind]?.length ?? 0) > 0);
  return (
    <div class="extra">
      <h2>{t('settingsHeading')}</h2>
      {known.length === 0 ? (
        <p>{t('settingsUnknown', provider.name)}</p>
      ) : (
        <dl class="settings">
          {known.map(([kind, label]) => (
            <div key={kind}>
              <dt>{t(label)}</dt>
              {provider[kind]?.map((server) => (
                <dd key={`${server.host}:${server.port}`}>{describe(server)}</dd>
              ))}
            </div>
          ))}
        </dl>
      )}
      {provider.notes && provider.notes.length > 0 && (
        <>
          <h2>{t('notesHeading')}</h2>
          <ul>
            {provider.notes.map((note) => (
              <li key={note}>{t(`note_${note}`)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
