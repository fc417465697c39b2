// Scenario definitions shared by the Chromium and the Firefox end-to-end suites: what the user reads, and every
// path of the rule (answers given, in order → the verdict).

export const text = {
  en: {
    choose: 'Choose your provider first (or type your address)',
    open: 'Open Aruba webmail',
    outcome: 'How did it go in the Aruba webmail?',
    verdicts: {
      'mail-client':
        'Aruba mail works. The problem is in your email program or the device you use (computer or phone).',
      'mail-service': 'Aruba mail fails from the webmail too: the problem is in the service, not in your computer.',
      internet: 'Your internet connection is not working. Email is not the problem.',
      password: "You can't get in: first let's recover the password.",
      account: "You can't get in even from the Aruba webmail: this needs your consultant, not your technician.",
    },
    technician: 'Your own technician',
    consultant: 'Whoever set up your domain and email',
    reportFor: {
      'mail-client': 'Report to send to your technician',
      'mail-service': 'Report of the check',
      password: 'Report of the check',
      account: 'Report of the check',
      internet: 'Report of the check',
    },
  },
  it: {
    choose: "Prima scegli il fornitore (o scrivi l'indirizzo)",
    open: 'Apri la webmail di Aruba',
    outcome: "Com'è andata nella webmail di Aruba?",
    verdicts: {
      'mail-client':
        'La posta di Aruba funziona. Il problema è nel programma di posta o nel dispositivo che usi (computer o telefono).',
      'mail-service':
        'La posta di Aruba non funziona nemmeno dalla webmail: il problema è nel servizio, non nel tuo computer.',
      internet: 'La connessione a internet non funziona. Il problema non è la posta.',
      password: 'Non riesci a entrare: prima recuperiamo la password.',
      account: 'Non riesci a entrare nemmeno dalla webmail di Aruba: serve il consulente, non il tuo tecnico.',
    },
    technician: 'Il tuo tecnico di fiducia',
    consultant: 'Chi ti ha configurato il dominio e la posta',
    reportFor: {
      'mail-client': 'Resoconto da mandare al tuo tecnico',
      'mail-service': 'Resoconto della verifica',
      password: 'Resoconto della verifica',
      account: 'Resoconto della verifica',
      internet: 'Resoconto della verifica',
    },
  },
} as const;

// Every path of the rule: the answers given, in order → the verdict. With the network up the checks finish first
// (and answer "do other sites open?" by themselves); with the probes held the checks stay inconclusive, as when
// they cannot tell, and the user is asked.
export type Network = 'up' | 'held';
export const paths: [Network, string[], keyof (typeof text)['en']['verdicts']][] = [
  ['up', ['works'], 'mail-client'],
  ['up', ['inbox-failed'], 'mail-service'],
  ['up', ['login-failed', 'password-sure'], 'account'],
  ['up', ['login-failed', 'password-unsure'], 'password'],
  ['up', ['page-failed'], 'mail-service'],
  ['held', ['page-failed', 'internet-works'], 'mail-service'],
  ['held', ['page-failed', 'internet-down'], 'internet'],
];
