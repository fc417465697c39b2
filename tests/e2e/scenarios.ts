// Scenario definitions shared by the Chromium and the Firefox end-to-end suites: what the user reads, and every
// path of the rule (answers given, in order → the verdict).

export const text = {
  en: {
    choose: 'Choose your provider first',
    open: 'Open Aruba webmail',
    outcome: 'What happened in the Aruba webmail?',
    verdicts: {
      'mail-client': 'Aruba mail works. The problem is in your computer or mail program.',
      'mail-service': 'The Aruba mail service is failing. It is not your computer.',
      internet: 'Your internet connection is not working. Email is not the problem.',
      password: 'Sign-in failed: first make sure of the password.',
    },
    technician: 'Your computer technician',
    consultant: 'Your email consultant',
    reportFor: {
      'mail-client': 'Report for your technician',
      'mail-service': 'Report for your consultant',
      password: 'Report for your consultant',
      internet: 'Report of the check',
    },
  },
  it: {
    choose: 'Prima scegli il tuo gestore',
    open: 'Apri la webmail Aruba',
    outcome: "Cos'è successo nella webmail Aruba?",
    verdicts: {
      'mail-client': 'La posta Aruba funziona. Il problema è nel tuo computer o nel programma di posta.',
      'mail-service': 'Il servizio di posta Aruba ha un problema. Non è il tuo computer.',
      internet: 'La connessione a internet non funziona. Il problema non è la posta.',
      password: 'Accesso non riuscito: prima verifica la password.',
    },
    technician: 'Il tuo tecnico del computer',
    consultant: 'Il tuo consulente della posta',
    reportFor: {
      'mail-client': 'Resoconto per il tuo tecnico',
      'mail-service': 'Resoconto per il consulente',
      password: 'Resoconto per il consulente',
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
  ['up', ['login-failed', 'password-sure'], 'mail-service'],
  ['up', ['login-failed', 'password-unsure'], 'password'],
  ['up', ['page-failed'], 'mail-service'],
  ['held', ['page-failed', 'internet-works'], 'mail-service'],
  ['held', ['page-failed', 'internet-down'], 'internet'],
];
