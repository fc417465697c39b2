// The checks' results as plain sentences (message keys and their values), for the verdict and the report.

import type { Answers } from '../answers';
import { type Evidence, type ProbeResult, probeTimeoutMs, summarize, webmailStatus } from './results';

/** Technical lines for the report (hosts, times); plain lines for the client's screen (`…Plain`). */
export type EvidenceKey =
  | 'evidenceInternetUp'
  | 'evidenceInternetBlocked'
  | 'evidenceInternetDown'
  | 'evidenceInternetSlow'
  | 'evidenceWebmailUp'
  | 'evidenceWebmailUnreachable'
  | 'evidenceWebmailTimeout'
  | 'evidenceWebmailDns'
  | 'evidenceInternetUpPlain'
  | 'evidenceInternetBlockedPlain'
  | 'evidenceInternetDownPlain'
  | 'evidenceInternetSlowPlain'
  | 'evidenceWebmailUpPlain'
  | 'evidenceWebmailUpTriedPlain'
  | 'evidenceWebmailUnreachablePlain'
  | 'evidenceWebmailTimeoutPlain'
  | 'evidenceWebmailDnsPlain';

export interface EvidenceLine {
  key: EvidenceKey;
  substitutions: string[];
}

/**
 * The checks in sentences. `technical` (the report): with host names and times, `formatNumber` writing numbers the
 * user's way (2,5 in Italian). Plain (the client's screen): the provider's name, no host, no milliseconds.
 */
export function evidenceLines(
  results: readonly ProbeResult[],
  formatNumber: (n: number) => string = String,
  plain?: { providerName: string; tried?: boolean },
): EvidenceLine[] {
  if (results.length === 0) return [];
  const line = (key: string, technical: string[], simple: string[] = []): EvidenceLine =>
    plain
      ? { key: `${key}Plain` as EvidenceKey, substitutions: simple }
      : { key: key as EvidenceKey, substitutions: technical };
  const lines: EvidenceLine[] = [];
  const fastest = results.filter((r) => r.kind === 'internet' && r.status === 'ok').sort((a, b) => a.ms - b.ms)[0];
  const internet = summarize(results).internet;
  if (fastest) lines.push(line('evidenceInternetUp', [formatNumber(fastest.ms)]));
  else if (internet === 'up') lines.push(line('evidenceInternetBlocked', []));
  else if (internet === 'slow') lines.push(line('evidenceInternetSlow', [formatNumber(probeTimeoutMs / 1000)]));
  else lines.push(line('evidenceInternetDown', []));

  const webmail = webmailStatus(results);
  const name = plain?.providerName ?? '';
  if (webmail) {
    const { host } = webmail;
    switch (webmail.status) {
      case 'ok':
        // After a refused login or a failing inbox, the site opened: the sign-in and the mail the user tried.
        lines.push(
          plain?.tried
            ? { key: 'evidenceWebmailUpTriedPlain', substitutions: [name] }
            : line('evidenceWebmailUp', [host, formatNumber(webmail.ms)], [name]),
        );
        break;
      case 'dns-failure':
        lines.push(line('evidenceWebmailDns', [host], [name]));
        break;
      case 'timeout':
        lines.push(line('evidenceWebmailTimeout', [host, formatNumber(probeTimeoutMs / 1000)], [name]));
        break;
      case 'unreachable':
        lines.push(line('evidenceWebmailUnreachable', [host], [name]));
        break;
    }
  }
  return lines;
}

export type ConflictKey =
  | 'conflictPageFailedWebmailUp'
  | 'conflictWorksWebmailDown'
  | 'conflictNothingOpensInternetUp'
  | 'conflictSitesOpenInternetDown';

/**
 * Where what the user saw and what the checks measured disagree: the user's answer decided, and the verdict and
 * the report say so in plain words, rather than showing both side by side without a word.
 */
export function conflictOf(answers: Answers, evidence: Evidence): ConflictKey | undefined {
  const otherSitesOpen =
    answers.outcome === 'page-failed' && answers.followUp ? answers.followUp === 'internet-works' : undefined;
  if (otherSitesOpen === false && evidence.internet === 'up') return 'conflictNothingOpensInternetUp';
  if (otherSitesOpen === true && evidence.internet === 'down') return 'conflictSitesOpenInternetDown';
  // "The page does not open" while the site answers here: perhaps a notice (unless the phone told it is this network).
  if (answers.outcome === 'page-failed' && evidence.webmail === 'up' && answers.second !== 'phone-works') {
    return 'conflictPageFailedWebmailUp';
  }
  if (answers.outcome === 'works' && evidence.webmail === 'down') return 'conflictWorksWebmailDown';
  return undefined;
}
