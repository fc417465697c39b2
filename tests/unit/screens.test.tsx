// @vitest-environment happy-dom
// Property-based tests at the screen level: whatever settings, history and wizard state storage or a policy
// hands over, the popup's screens, the history and the options page render without throwing and always offer a
// usable control.
import fc from 'fast-check';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../app/app';
import { HistoryView } from '../../app/history-view';
import { loadCheckScreen } from '../../app/lazy-screens';
import { checkedFacts, followUps, noticeKinds, outcomes, secondAnswers, secondQuestions } from '../../core/answers';
import { builtInProviders } from '../../core/catalogue/built-in';
import { emptyLoadedSettings, type LoadedSettings } from '../../core/effective-settings';
import { settingsKeys, validateSettings } from '../../core/settings';
import { parseChecksRecord } from '../../core/stored/checks';
import { parseWizardState } from '../../core/stored/wizard';
import { OptionsPage } from '../../entrypoints/options/options-page';
import { installFakeI18n } from './fake-i18n';

const ids = builtInProviders.map((p) => p.id);
let root: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  installFakeI18n('it');
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Webmail First', version: '0.1.0' });
  root = document.createElement('main');
  document.body.append(root);
  await loadCheckScreen();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Values that look like what storage or a policy could hold: the right keys with anything in them. */
const anything = fc.anything({ maxDepth: 3, withNullPrototype: false });
const time = fc.oneof(fc.integer({ min: 0, max: 4e12 }), fc.constantFrom(1e20, 1e300, -1, Number.NaN));
/** One of a table's values, or one this version does not know. */
const known = <T,>(values: readonly T[]) => fc.oneof(fc.constantFrom(...values), fc.constant('nope'), anything);
// Drawn from the answer tables (core/answers.ts), so a new answer, fact or notice is rendered here the day it is added.
const followUpAnswers = Object.values(followUps).flatMap((question) => question.answers);
/** Answers as a user gives them: an outcome, then maybe its follow-up, then maybe the second question's answer. */
const consistentAnswers = fc.constantFrom(...outcomes).chain((outcome) => {
  const follow = (followUps as Record<string, { answers: readonly string[] }>)[outcome]?.answers ?? [];
  const second = Object.values(secondQuestions).find((q) => q.after === outcome)?.answers ?? [];
  return fc.record(
    {
      outcome: fc.constant(outcome),
      ...(follow.length > 0 ? { followUp: fc.constantFrom(...follow) } : {}),
      ...(second.length > 0 ? { second: fc.constantFrom(...second) } : {}),
      checked: fc.constantFrom(...checkedFacts),
    },
    { requiredKeys: ['outcome'] },
  );
});
const wizardLike = fc.record(
  {
    stage: known(['choosing', 'opened', 'suspicious']),
    providerId: fc.oneof(fc.constantFrom(...ids, 'gone'), anything),
    openedAt: time,
    answeredAt: time,
    checkRequestedAt: time,
    at: time,
    address: fc.oneof(fc.emailAddress(), anything),
    typed: known(['typed-yes', 'typed-no']),
    answers: fc.oneof(
      consistentAnswers,
      fc.record(
        {
          outcome: known(outcomes),
          followUp: known(followUpAnswers),
          second: known(secondAnswers),
          checked: known(checkedFacts),
          // The shape version 0.1 stored, still read.
          passwordSure: fc.boolean(),
          otherSitesOpen: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    ),
    page: fc.record(
      { id: fc.string({ maxLength: 40 }), kind: known(noticeKinds), status: fc.integer({ min: 0, max: 700 }) },
      { requiredKeys: [] },
    ),
    error: fc.record({ text: fc.string(), reading: anything }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
const probe = fc.record({
  kind: fc.constantFrom('internet', 'webmail', 'webmail-dns', 'other'),
  host: fc.domain(),
  status: fc.constantFrom('ok', 'dns-failure', 'unreachable', 'timeout'),
  ms: fc.oneof(fc.integer({ min: 0, max: 5000 }), anything),
});
const checksLike = fc.record(
  { requestedAt: time, providerId: fc.constantFrom(...ids), results: fc.array(probe, { maxLength: 5 }) },
  { requiredKeys: [] },
);
const settingsLike = fc.dictionary(fc.constantFrom(...settingsKeys, 'junk'), anything, { maxKeys: 6 });
const loadedOf = (raw: unknown): LoadedSettings => {
  const { settings, errors } = validateSettings(raw, ids);
  return { ...emptyLoadedSettings, settings, managedErrors: errors };
};

/** A control that moves the check on: an enabled button or a link (the search box, always there, does not count). */
const usable = () => [...root.querySelectorAll('button, a[href]')].some((e) => !e.hasAttribute('disabled'));

describe('screens under arbitrary stored data', () => {
  it('the popup: every screen renders and offers a control', async () => {
    await fc.assert(
      fc.asyncProperty(wizardLike, fc.option(checksLike), settingsLike, async (wizard, checks, raw) => {
        const start = {
          state: parseWizardState(wizard),
          checks: parseChecksRecord(checks),
          lastProviderId: null,
          settings: loadedOf(raw),
          ownProvider: null,
        };
        await act(() => render(<App start={start} />, root));
        expect(usable()).toBe(true);
        render(null, root);
      }),
      { numRuns: 60 },
    );
  });

  it('the history: whatever is stored, the list (or its emptiness) and the way back are there', async () => {
    const entry = fc.record(
      {
        at: time,
        answeredAt: time,
        providerId: fc.constantFrom(...ids),
        providerName: fc.string(),
        webmailUrl: fc.oneof(fc.webUrl(), anything),
        verdict: fc.constantFrom('mail-client', 'mail-service', 'internet', 'password', 'nope'),
        reason: fc.constantFrom('webmail-works', 'page-down', 'inbox-failed', 'nope'),
        address: fc.oneof(fc.emailAddress(), anything),
        answers: anything,
        results: fc.oneof(fc.array(probe, { maxLength: 3 }), anything),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(fc.oneof(entry, anything), { maxLength: 6 }), anything), async (history) => {
        await fakeBrowser.storage.local.set({ history });
        await act(async () => {
          render(
            <HistoryView
              catalogue={builtInProviders}
              // With a channel: every past check's message box renders too, whatever the stored outbox holds.
              settings={{ notify: { kind: 'ntfy', url: 'https://ntfy.sh/studio' }, consultant: { name: 'Studio' } }}
              onClose={() => {}}
              onRecheck={() => {}}
            />,
            root,
          );
        });
        // The history is read after the first render: wait until the list (or its emptiness) is there.
        for (let i = 0; i < 100 && !root.querySelector('.history-list, .history .muted'); i++) {
          await act(() => new Promise((done) => setTimeout(done, 5)));
        }
        expect(root.querySelector('.history-list, .history .muted')).not.toBeNull();
        expect(root.querySelector('[data-action="history-back"]')).not.toBeNull();
        render(null, root);
      }),
      { numRuns: 60 },
    );
  });

  it('the options page: any settings fill the form, with Save', async () => {
    await fc.assert(
      fc.asyncProperty(settingsLike, settingsLike, async (policy, own) => {
        const initial = loadedOf(own);
        const fresh = Promise.resolve({ ...loadedOf(policy), managedKeys: [] });
        await act(async () => {
          render(<OptionsPage initial={initial} fresh={fresh} />, root);
        });
        expect(root.querySelector('[data-action="save-settings"]')).not.toBeNull();
        render(null, root);
      }),
      { numRuns: 40 },
    );
  });
});
