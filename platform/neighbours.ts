// Asking the neighbours, in the background: when the user says the webmail, the login or the inbox failed, Globalping's
// probes in Italy test the provider's host and port, and the consultant's neighbours' topic is read for other
// clients failing on the same provider; each finished check posts its minimal event there. Every answer within 8 s
// or "not available", written into the check's record (session:checks): the verdict never waits for it.
import { findProvider } from '../core/catalogue/choose';
import { withDetails } from '../core/catalogue/details';
import type { Provider } from '../core/catalogue/provider';
import type { HistoryEntry } from '../core/history';
import {
  countNeighbours,
  type NeighbourEvent,
  type NeighboursReading,
  neighbourEvent,
  neighbourPollUrl,
  neighbourPost,
} from '../core/neighbours';
import {
  globalpingApi,
  measurementRequest,
  type OutsideReading,
  type OutsideTarget,
  outsideCacheMs,
  outsideOutcomes,
  outsideStateOf,
  outsideTarget,
  outsideTimeoutMs,
  readMeasurement,
  whyOfStatus,
} from '../core/probes/outside';
import type { ChecksRecord } from '../core/probes/record';
import type { Settings } from '../core/settings';
import { settingOf } from '../core/settings-defaults';
import { parseNeighboursPosted, parseOutsideCache } from '../core/stored/neighbours';
import type { WizardState } from '../core/wizard-state';
import { canSendData } from './data-consent';
import { withLock } from './lock';
import { logFailure } from './log';
import { installId } from './notify';
import { plainRequest } from './notify-delivery';
import { changeChecks } from './probes';
import { neighboursLastItem, neighboursPostedItem, outsideCacheItem } from './storage/neighbours';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Globalping's measurement of a host and port, within the time limit; a reading of the last five minutes is reused. */
export async function measureOutside(target: OutsideTarget, now = Date.now()): Promise<OutsideReading> {
  const cached = parseOutsideCache(await outsideCacheItem.getValue().catch(() => [])).find(
    (r) => r.host === target.host && r.port === target.port && now - r.at < outsideCacheMs && r.state !== 'unavailable',
  );
  if (cached) return cached;
  const deadline = now + outsideTimeoutMs;
  const base = { host: target.host, port: target.port, at: now, probes: [] };
  let reading: OutsideReading;
  try {
    const created = await fetch(globalpingApi, {
      ...plainRequest,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: measurementRequest(target),
      signal: AbortSignal.timeout(outsideTimeoutMs),
    });
    if (!created.ok) return { ...base, state: 'unavailable', why: whyOfStatus(created.status) };
    const id = String(((await created.json()) as { id?: unknown }).id ?? '');
    if (!/^[\w-]{1,60}$/.test(id)) return { ...base, state: 'unavailable', why: 'service-error' };
    let probes: OutsideReading['probes'] = [];
    for (;;) {
      await sleep(500);
      const left = deadline - Date.now();
      if (left <= 0) break;
      const answer = await fetch(`${globalpingApi}/${id}`, { ...plainRequest, signal: AbortSignal.timeout(left) });
      if (!answer.ok) break;
      const read = readMeasurement(await answer.json());
      probes = read.probes;
      if (read.finished) {
        reading = { ...base, id, probes, state: outsideStateOf(probes) };
        await remember(reading);
        return reading;
      }
    }
    // Out of time: what finished so far, if anything, else "not available".
    return probes.length > 0
      ? { ...base, id, probes, state: outsideStateOf(probes) }
      : { ...base, id, state: 'unavailable', why: 'timeout' };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    logFailure('the probes on other networks could not be asked', error);
    return { ...base, state: 'unavailable', why: timedOut ? 'timeout' : 'offline' };
  }
}

async function remember(reading: OutsideReading): Promise<void> {
  await withLock('outside-cache', async () => {
    const cache = parseOutsideCache(await outsideCacheItem.getValue().catch(() => []));
    const others = cache.filter((r) => !(r.host === reading.host && r.port === reading.port));
    await outsideCacheItem.setValue([...others, reading].slice(-20));
  }).catch((error: unknown) => logFailure('the probes’ reading could not be kept', error));
}

/** How many other sites failed on the provider in the last half hour, from the neighbours' topic. */
export async function pollNeighbours(
  topic: { url: string; token?: string | undefined },
  providerId: string,
  now = Date.now(),
): Promise<NeighboursReading> {
  try {
    const response = await fetch(neighbourPollUrl(topic.url, providerId, topic.token), {
      ...plainRequest,
      signal: AbortSignal.timeout(outsideTimeoutMs),
    });
    if (!response.ok) {
      const why = response.status === 401 || response.status === 403 ? 'refused' : 'service-error';
      return { state: 'unavailable', count: 0, at: now, why };
    }
    const text = (await response.text()).slice(0, 500_000);
    return { state: 'counted', count: countNeighbours(text, providerId, await installId()), at: now };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { state: 'unavailable', count: 0, at: now, why: timedOut ? 'timeout' : 'offline' };
  }
}

/** Writes a reading into the check's record, if that check is still the current one (one writer at a time). */
function recordReading(requestedAt: number, patch: Partial<Pick<ChecksRecord, 'outside' | 'neighbours'>>) {
  return changeChecks((current) => (current?.requestedAt === requestedAt ? { ...current, ...patch } : null));
}

const asked = new Set<number>();

/**
 * Once per check, when the user's answer says the webmail, the login or the inbox failed: Globalping (unless the
 * settings say `outsideChecks: false`) and the neighbours' topic (when one is set), side by side.
 */
export async function askTheNeighbours(
  state: WizardState,
  checks: ChecksRecord | null,
  catalogue: readonly Provider[],
  settings: Settings,
): Promise<void> {
  if (state.stage !== 'opened' || !checks || checks.requestedAt !== state.checkRequestedAt) return;
  const outcome = state.answers.outcome;
  if (!outcome || !outsideOutcomes.includes(outcome) || asked.has(checks.requestedAt)) return;
  if (checks.outside || checks.neighbours) return;
  const listed = findProvider(state.providerId, catalogue);
  if (!listed) return;
  asked.add(checks.requestedAt);
  const provider = withDetails(listed);
  const target = outsideTarget(provider, outcome);
  const topic = settings.neighbours?.url ? settings.neighbours : undefined;
  await Promise.all([
    settingOf(settings, 'outsideChecks') && target
      ? measureOutside(target).then((outside) => recordReading(checks.requestedAt, { outside }))
      : undefined,
    topic?.url
      ? pollNeighbours({ url: topic.url, token: topic.token }, provider.id).then(async (neighbours) => {
          await recordReading(checks.requestedAt, { neighbours });
          await neighboursLastItem.setValue({ kind: 'poll', at: Date.now(), reading: neighbours });
        })
      : undefined,
  ]).catch((error: unknown) => logFailure('the neighbours could not be asked', error));
}

/**
 * Posts a finished check's event to the neighbours' topic, once per check: the provider, the verdict, the outcome,
 * the time and this installation's random id; nothing the user typed. In Firefox, only once its data consent was
 * given (asked from a click) or the topic is the organisation's policy.
 */
export async function postNeighbourEvent(
  entry: HistoryEntry,
  checks: ChecksRecord | null,
  settings: Settings,
  managed: boolean,
): Promise<void> {
  const topic = settings.neighbours;
  if (!topic?.url) return;
  // A check that asks the neighbours posts its verdict once their readings are in: the verdict they may change.
  const asks = entry.answers.outcome !== undefined && outsideOutcomes.includes(entry.answers.outcome);
  if (asks && (!checks?.neighbours || (settingOf(settings, 'outsideChecks') && !checks.outside))) return;
  if (!(await canSendData(managed))) return;
  const first = await withLock('neighbours-posted', async () => {
    const posted = parseNeighboursPosted(await neighboursPostedItem.getValue().catch(() => []));
    if (posted.includes(entry.at)) return false;
    await neighboursPostedItem.setValue([...posted, entry.at].slice(-50));
    return true;
  });
  if (!first) return;
  const event = neighbourEvent({
    site: await installId(),
    provider: entry.providerId,
    verdict: entry.verdict,
    answers: entry.answers,
    at: entry.answeredAt ?? entry.at,
  });
  // An event that could not go is not retried: the neighbours' count is about the last half hour.
  const sent = await postEvent({ url: topic.url, token: topic.token }, event);
  if (!sent.ok) logFailure('the neighbours’ event could not be posted', sent.status ?? 'no answer');
}

/** Posts an event to the neighbours' topic: whether the topic took it, and its answer's status. */
async function postEvent(
  topic: { url: string; token?: string | undefined },
  event: NeighbourEvent,
): Promise<{ ok: boolean; status?: number }> {
  const { url, body } = neighbourPost(topic.url, event, topic.token);
  try {
    const response = await fetch(url, {
      ...plainRequest,
      method: 'POST',
      body,
      signal: AbortSignal.timeout(outsideTimeoutMs),
    });
    return { ok: response.ok, status: response.status };
  } catch {
    return { ok: false };
  }
}

/** The options page's "Send a test event": a check-shaped event with no check behind it (verdict and outcome of a test). */
export async function sendTestEvent(topic: {
  url: string;
  token?: string | undefined;
}): Promise<{ ok: boolean; status?: number }> {
  const event = neighbourEvent({
    site: await installId(),
    provider: 'test',
    verdict: 'mail-client',
    answers: { outcome: 'works' },
    at: Date.now(),
  });
  return postEvent(topic, event);
}
