// The checks' results as plain sentences (message keys and their values), for the verdict and the report.
import { type ProbeResult, probeTimeoutMs, summarize, webmailStatus } from './checks';

export type EvidenceKey =
  | 'evidenceInternetUp'
  | 'evidenceInternetBlocked'
  | 'evidenceInternetDown'
  | 'evidenceWebmailUp'
  | 'evidenceWebmailUnreachable'
  | 'evidenceWebmailTimeout'
  | 'evidenceWebmailDns';

export interface EvidenceLine {
  key: EvidenceKey;
  substitutions: string[];
}

/** `formatNumber` writes numbers the user's way (2,5 in Italian). */
export function evidenceLines(
  results: readonly ProbeResult[],
  formatNumber: (n: number) => string = String,
): EvidenceLine[] {
  if (results.length === 0) return [];
  const lines: EvidenceLine[] = [];
  const fastest = results.filter((r) => r.kind === 'internet' && r.status === 'ok').sort((a, b) => a.ms - b.ms)[0];
  if (fastest) lines.push({ key: 'evidenceInternetUp', substitutions: [formatNumber(fastest.ms)] });
  else if (summarize(results).internet === 'up') lines.push({ key: 'evidenceInternetBlocked', substitutions: [] });
  else lines.push({ key: 'evidenceInternetDown', substitutions: [] });

  const webmail = webmailStatus(results);
  if (webmail) {
    const { host } = webmail;
    switch (webmail.status) {
      case 'ok':
        lines.push({ key: 'evidenceWebmailUp', substitutions: [host, formatNumber(webmail.ms)] });
        break;
      case 'dns-failure':
        lines.push({ key: 'evidenceWebmailDns', substitutions: [host] });
        break;
      case 'timeout':
        lines.push({ key: 'evidenceWebmailTimeout', substitutions: [host, formatNumber(probeTimeoutMs / 1000)] });
        break;
      case 'unreachable':
        lines.push({ key: 'evidenceWebmailUnreachable', substitutions: [host] });
        break;
    }
  }
  return lines;
}
