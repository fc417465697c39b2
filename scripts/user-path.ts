// The user's path to each verdict, counted from the flow itself: for every path of the rule (the answers in
// order, from core/decide.ts's follow-up table), the clicks from the toolbar click to the verdict and how often
// the user must find the toolbar icon again, in the popup flow and with the panel beside the webmail.

import { followUps, type Outcome, outcomes, secondQuestions } from '../core/answers';
import { decide } from '../core/decide';
import { answerOfHook } from '../core/texts';
import { advance, screenOf } from '../core/wizard';
import { initialWizard } from '../core/wizard-state';

/** Follow-up answers that send the user to another tab first (the internet question: "try another site"). */
const needsAnotherTab = new Set(['internet-works', 'internet-down']);

export interface UserPath {
  answers: string[];
  verdict: string;
  popup: { clicks: number; findIcon: number };
  panel: { clicks: number; findIcon: number };
  /** With the consultant's provider preset (no pick): the panel's clicks. */
  preset: { clicks: number };
}

/** The answers of the question a follow-up answer leads to (the phone after "other sites open"), if any. */
const secondAnswersAfter = (answer: string): readonly string[] =>
  answer === 'internet-works' ? secondQuestions.phone.answers : answer === 'scam' ? secondQuestions.typed.answers : [];

/** Every path: each outcome, each of its follow-up answers, and each answer of the question that one leads to. */
export function userPaths(): UserPath[] {
  const paths: string[][] = outcomes.flatMap((outcome: Outcome) =>
    outcome in followUps
      ? followUps[outcome as keyof typeof followUps].answers.flatMap((a) => {
          const seconds = secondAnswersAfter(a);
          return seconds.length > 0 ? seconds.map((b) => [outcome, a as string, b]) : [[outcome, a as string]];
        })
      : [[outcome]],
  );
  return paths.map((answers) => {
    let state = advance(advance(initialWizard, { type: 'choose', providerId: 'aruba' }), { type: 'open', at: 1 });
    for (const hook of answers) state = advance(state, { ...answerOfHook(hook as never), at: 2 });
    const screen = screenOf(state);
    const verdict = screen.kind === 'verdict' ? screen.verdict : decide({}).kind;
    // Toolbar click, pick the provider, open the webmail, then one click per answer.
    const clicks = 3 + answers.length;
    // The popup closes when the webmail opens (find the icon again), and again after trying another site.
    const tabs = answers.filter((a) => needsAnotherTab.has(a)).length;
    return {
      answers,
      verdict,
      popup: { clicks: clicks + 1 + tabs, findIcon: 1 + tabs },
      panel: { clicks, findIcon: 0 },
      preset: { clicks: clicks - 1 },
    };
  });
}

export function userPathLines(): string[] {
  return userPaths().map(
    ({ answers, verdict, popup, panel, preset }) =>
      `${answers.join(' → ').padEnd(40)} ${verdict.padEnd(13)} popup ${popup.clicks} clicks / ${popup.findIcon} icon; panel ${panel.clicks} clicks / ${panel.findIcon} icon; preset provider, panel ${preset.clicks}`,
  );
}
