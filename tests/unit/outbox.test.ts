// The outbox's promises, each proved by a test that fails without its guard: never twice (one lease per send, settled
// only by the run that claimed it), nothing lost (a full outbox says so, nothing is dropped silently), retries that end
// (refused addresses, 48 hours, a changed channel), each as a table and as a property over interleavings of two
// senders, slow sends, timeouts and browser restarts.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { channelKey, type ReadyChannel } from '../../core/notify/channel';
import {
  claimOne,
  closeUndeliverable,
  deliveryWindowMs,
  dueMessages,
  emptyOutbox,
  enqueue,
  messageFor,
  nextWake,
  type Outbox,
  type OutboxItem,
  outboxLimits,
  retryDelay,
  retryNow,
  type SendResult,
  sendingTimeoutMs,
  settle,
} from '../../core/notify/outbox';
import { parseOutbox } from '../../core/stored/outbox';
import background from '../../entrypoints/background';
import { installFakeI18n } from './fake-i18n';

const ntfy: ReadyChannel = { kind: 'ntfy', url: 'https://ntfy.sh/studio', token: 'tk_write' };
const current = { key: channelKey(ntfy), host: 'ntfy.sh' };

const item = (n: number | string, over: Partial<OutboxItem> = {}): OutboxItem => ({
  id: `i-${n}`,
  at: typeof n === 'number' ? n : 0,
  code: 'WF-0000',
  kind: 'ntfy',
  host: 'ntfy.sh',
  channel: current.key,
  request: { url: 'https://ntfy.sh/studio', headers: {}, body: `message ${n}` },
  automatic: false,
  createdAt: 0,
  status: 'waiting',
  attempts: 0,
  nextAt: 0,
  ...over,
});

/** One send, start to end, by one run: claim, then settle with `result`. */
function sendOnce(outbox: Outbox, id: string, result: SendResult, now: number, claim = 'run-1'): Outbox {
  const claimed = claimOne(outbox, id, outbox.items.find((i) => i.id === id)?.attempts ?? 0, claim, now);
  return settle(claimed.outbox, id, claim, result, now);
}

describe('the outbox, rule by rule', () => {
  it('one message per check: a second one for the same check is ignored while the first waits or went', () => {
    const once = enqueue(emptyOutbox, item(1));
    expect(enqueue(once, item(1, { request: { url: 'https://ntfy.sh/x', headers: {}, body: 'again' } }))).toBe(once);
    const sent = sendOnce(once, 'i-1', { ok: true }, 20);
    expect(enqueue(sent, item(1)).items).toHaveLength(1);
    expect(sent.items[0]).toMatchObject({ status: 'sent', sentAt: 20, attempts: 1 });
    expect(sent.items[0]?.request).toBeUndefined();
    expect(dueMessages(sent, 1e12).size).toBe(0);
    expect(nextWake(sent)).toBeNull();
  });

  it.each([
    [1, 30_000],
    [2, 120_000],
    [3, 600_000],
    [6, 7_200_000],
    [40, 7_200_000],
  ])('after %i failures the next try is %i ms later (the first within a minute)', (attempts, delay) => {
    expect(retryDelay(attempts)).toBe(delay);
  });

  it.each([
    [{ kind: 'status', status: 503 } as const, 'waiting', undefined],
    [{ kind: 'status', status: 429 } as const, 'waiting', undefined],
    [{ kind: 'status', status: 408 } as const, 'waiting', undefined],
    [{ kind: 'timeout' } as const, 'waiting', undefined],
    [{ kind: 'unreachable' } as const, 'waiting', undefined],
    [{ kind: 'status', status: 401 } as const, 'failed', 'refused'],
    [{ kind: 'status', status: 403 } as const, 'failed', 'refused'],
    [{ kind: 'status', status: 404 } as const, 'failed', 'refused'],
    [{ kind: 'status', status: 410 } as const, 'failed', 'refused'],
  ])('a send that fails with %o: %s %s', (failure, status, givenUp) => {
    const after = sendOnce(enqueue(emptyOutbox, item(1)), 'i-1', { ok: false, failure }, 100);
    expect(after.items[0]).toMatchObject({ status, lastFailure: failure });
    expect(after.items[0]?.givenUp).toBe(givenUp);
    // Given up: nothing more is tried, and its request (the token with it) is gone.
    if (status === 'failed') {
      expect(after.items[0]?.request).toBeUndefined();
      expect(nextWake(after)).toBeNull();
    }
  });

  it('a failure waits with its reason; "try again now" makes it due at once', () => {
    const failed = sendOnce(enqueue(emptyOutbox, item(1)), 'i-1', { ok: false, failure: { kind: 'unreachable' } }, 100);
    expect(failed.items[0]).toMatchObject({ status: 'waiting', attempts: 1, nextAt: 30_100 });
    expect(nextWake(failed)).toBe(30_100);
    expect(dueMessages(failed, 30_099).size).toBe(0);
    expect([...dueMessages(retryNow(failed, 'i-1', 200), 200).keys()]).toEqual(['i-1']);
  });

  it('at the browser’s start every waiting message is due, whatever its retry time; a delivered one never', () => {
    const failed = sendOnce(enqueue(emptyOutbox, item(1)), 'i-1', { ok: false, failure: { kind: 'timeout' } }, 100);
    expect(dueMessages(failed, 200).size).toBe(0);
    expect([...dueMessages(failed, 200, { allWaiting: true })]).toEqual([['i-1', 1]]);
  });

  it('a send cut off (the worker stopped) is due again one minute after its own claim, not before', () => {
    const { outbox } = claimOne(enqueue(emptyOutbox, item(1)), 'i-1', 0, 'run-1', 10);
    expect(dueMessages(outbox, 10 + sendingTimeoutMs - 1).size).toBe(0);
    expect(dueMessages(outbox, 10 + sendingTimeoutMs).size).toBe(1);
  });

  it('only the run that claimed a message settles it; a claim is refused when another run settled it since listing', () => {
    const box = enqueue(emptyOutbox, item(1));
    const mine = claimOne(box, 'i-1', 0, 'run-1', 10).outbox;
    expect(settle(mine, 'i-1', 'run-2', { ok: true }, 20)).toBe(mine);
    // Run 2 listed it with 0 attempts; run 1 then failed it once: run 2 may not claim it again.
    const failedOnce = settle(mine, 'i-1', 'run-1', { ok: false, failure: { kind: 'timeout' } }, 20);
    expect(claimOne(failedOnce, 'i-1', 0, 'run-2', 1e9).claimed).toBeUndefined();
  });

  it('48 hours after it was written a waiting message is given up, by the next try or before it', () => {
    const old = enqueue(emptyOutbox, item(1, { attempts: 5, nextAt: deliveryWindowMs + 3_600_000 }));
    // The alarm is set for the window's end, not the next retry.
    expect(nextWake(old)).toBe(deliveryWindowMs);
    expect(closeUndeliverable(old, deliveryWindowMs - 1, current)).toBe(old);
    expect(closeUndeliverable(old, deliveryWindowMs, current).items[0]).toMatchObject({
      status: 'failed',
      givenUp: 'expired',
    });
    const lastTry = claimOne(old, 'i-1', 5, 'r', deliveryWindowMs - 5_000, { allWaiting: true }).outbox;
    expect(
      settle(lastTry, 'i-1', 'r', { ok: false, failure: { kind: 'unreachable' } }, deliveryWindowMs).items[0],
    ).toMatchObject({ status: 'failed', givenUp: 'expired' });
  });

  it('a changed or removed channel does not receive old messages: they are given up, not sent', () => {
    const box = enqueue(emptyOutbox, item(1));
    const other = { key: channelKey({ kind: 'ntfy', url: 'https://ntfy.sh/nuovo' }), host: 'ntfy.sh' };
    expect(closeUndeliverable(box, 10, current)).toBe(box);
    expect(closeUndeliverable(box, 10, other).items[0]).toMatchObject({ status: 'failed', givenUp: 'channel-changed' });
    expect(closeUndeliverable(box, 10, null).items[0]?.givenUp).toBe('channel-changed');
    // A message from before channels had keys is matched by its service's host.
    const legacy = enqueue(emptyOutbox, item(2, { channel: undefined }));
    expect(closeUndeliverable(legacy, 10, other)).toBe(legacy);
    expect(closeUndeliverable(legacy, 10, { key: 'x', host: 'hooks.example' }).items[0]?.givenUp).toBe(
      'channel-changed',
    );
  });

  it('a full outbox refuses the new message visibly and keeps every waiting one', () => {
    let box = emptyOutbox;
    for (let n = 1; n <= outboxLimits.waiting; n++) box = enqueue(box, item(n));
    box = enqueue(box, item(31));
    expect(box.items.filter((i) => i.status === 'waiting').map((i) => i.id)).toHaveLength(outboxLimits.waiting);
    expect(box.items.some((i) => i.id === 'i-1' && i.status === 'waiting')).toBe(true);
    expect(messageFor(box, 31)).toMatchObject({ status: 'failed', givenUp: 'full' });
    expect(messageFor(box, 31)?.request).toBeUndefined();
    // Once one has gone, *Send again* queues it.
    box = sendOnce(box, 'i-1', { ok: true }, 50);
    expect(messageFor(enqueue(box, item(31)), 31)?.status).toBe('waiting');
  });

  it('a delivered check is never offered again while it can be in the history', () => {
    let box = sendOnce(enqueue(emptyOutbox, item(1)), 'i-1', { ok: true }, 5);
    for (let n = 2; n <= 60; n++) box = sendOnce(enqueue(box, item(n)), `i-${n}`, { ok: true }, 5 + n);
    expect(messageFor(box, 1)?.status).toBe('sent');
    expect(enqueue(box, item(1))).toBe(box);
  });

  it('read back, a stored outbox keeps every valid message of every status, and drops a damaged one', () => {
    const box = enqueue(
      enqueue(enqueue(emptyOutbox, item(1)), item(2, { status: 'failed', givenUp: 'refused', request: undefined })),
      item(3, { status: 'sent', sentAt: 9, request: undefined }),
    );
    expect(parseOutbox(box)).toEqual(box);
    expect(parseOutbox({ items: [item(1), { id: 3 }, 'x', item(4, { givenUp: 'lost' as never })] }).items).toHaveLength(
      1,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Interleavings: two or three delivery runs stepping through the outbox in any order, each send slow or quick, ok,
// refused or timed out, the clock moving, the browser restarting (every run in flight dies with its worker).

type Step =
  | { kind: 'start'; allWaiting: boolean }
  | { kind: 'step'; run: number; result: 'ok' | 'timeout' | 'busy' | 'refused' }
  | { kind: 'tick'; ms: number }
  | { kind: 'restart' };

interface Run {
  claim: string;
  due: [string, number][];
  allWaiting: boolean;
  /** The message being sent, once claimed. */
  sending?: string;
}

const resultOf = (r: 'ok' | 'timeout' | 'busy' | 'refused'): SendResult =>
  r === 'ok'
    ? { ok: true }
    : r === 'timeout'
      ? { ok: false, failure: { kind: 'timeout' } }
      : { ok: false, failure: { kind: 'status', status: r === 'busy' ? 503 : 401 } };

/** Plays the steps against the outbox's pure rules as platform/notify-delivery.ts calls them, each under the lock. */
function play(messages: number, steps: Step[]) {
  let box = emptyOutbox;
  for (let n = 1; n <= messages; n++) box = enqueue(box, item(n, { createdAt: 0 }));
  let now = 1_000;
  let runs: Run[] = [];
  let made = 0;
  const posts: { id: string; run: string; ok: boolean; settled: boolean; startedAt: number }[] = [];
  /** The messages being sent now by live runs, and how often one was sent by two at once. */
  const inFlight = new Set<string>();
  let parallel = 0;
  for (const step of steps) {
    if (step.kind === 'tick') {
      // A send lasts 15 s at most (AbortSignal.timeout): one still in flight when the clock passes that has timed out.
      for (const run of runs) {
        const post = posts.findLast((p) => p.id === run.sending && p.run === run.claim);
        if (run.sending && post && post.startedAt + 15_000 <= now + step.ms) {
          box = settle(box, run.sending, run.claim, resultOf('timeout'), post.startedAt + 15_000);
          post.settled = true;
          inFlight.delete(run.sending);
          run.sending = undefined;
        }
      }
      now += step.ms;
    } else if (step.kind === 'restart') {
      // The worker stops: its runs end where they are (a send in flight may or may not have reached the service).
      runs = [];
      inFlight.clear();
      now += 5_000;
      runs.push({ claim: `run-${made++}`, due: [...dueMessages(box, now, { allWaiting: true })], allWaiting: true });
    } else if (step.kind === 'start') {
      box = closeUndeliverable(box, now, current);
      runs.push({ claim: `run-${made++}`, due: [...dueMessages(box, now, step)], allWaiting: step.allWaiting });
    } else {
      const run = runs[step.run % Math.max(runs.length, 1)];
      if (!run) continue;
      if (run.sending) {
        const id = run.sending;
        const result = resultOf(step.result);
        now += step.result === 'timeout' ? 15_000 : 200;
        const post = posts.findLast((p) => p.id === id && p.run === run.claim);
        if (post) post.ok = result.ok;
        box = settle(box, id, run.claim, result, now);
        if (post) post.settled = true;
        inFlight.delete(id);
        run.sending = undefined;
      } else {
        const next = run.due.shift();
        if (!next) continue;
        const { outbox, claimed } = claimOne(box, next[0], next[1], run.claim, now, { allWaiting: run.allWaiting });
        box = outbox;
        if (claimed) {
          run.sending = claimed.id;
          if (inFlight.has(claimed.id)) parallel++;
          inFlight.add(claimed.id);
          posts.push({ id: claimed.id, run: run.claim, ok: false, settled: false, startedAt: now });
        }
      }
    }
  }
  return { box, posts, parallel };
}

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('start' as const), allWaiting: fc.boolean() }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('step' as const),
      run: fc.nat(3),
      result: fc.constantFrom('ok' as const, 'timeout' as const, 'busy' as const, 'refused' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      ms: fc.oneof(fc.integer({ min: 1_000, max: 20_000 }), fc.integer({ min: 20_000, max: 200_000 })),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

describe('the outbox under interleavings (properties)', () => {
  it('never twice: no message is sent again once a send of it was delivered and settled', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(stepArb, { maxLength: 120 }), (messages, steps) => {
        const { posts } = play(messages, steps);
        for (const [index, post] of posts.entries()) {
          const deliveredBefore = posts.slice(0, index).some((p) => p.id === post.id && p.ok && p.settled);
          expect(deliveredBefore, `${post.id} sent again after delivery`).toBe(false);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never two sends of one message at once, however slow each send, whatever the runs’ order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(stepArb, { maxLength: 120 }), (messages, steps) => {
        expect(play(messages, steps).parallel).toBe(0);
      }),
      {
        numRuns: 1500,
        // A slow send (12 s, under its 15 s limit) while a second run starts: the lease must outlast the send.
        examples: [
          [
            1,
            [
              { kind: 'start', allWaiting: false },
              { kind: 'step', run: 0, result: 'ok' },
              { kind: 'tick', ms: 12_000 },
              { kind: 'start', allWaiting: false },
              { kind: 'step', run: 1, result: 'ok' },
            ],
          ],
        ],
      },
    );
  });

  it('nothing lost: every message queued is still there, sent, waiting or "not delivered" with its reason', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(stepArb, { maxLength: 80 }), (messages, steps) => {
        const { box } = play(messages, steps);
        for (let n = 1; n <= messages; n++) {
          const found = messageFor(box, n);
          expect(found, `message ${n}`).toBeDefined();
          if (found?.status === 'failed') expect(found.givenUp).toBeDefined();
          if (found?.status === 'waiting' || found?.status === 'sending') expect(found.request).toBeDefined();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('retries end: after 48 hours of failures every message has been delivered or given up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(stepArb, { maxLength: 60 }), (messages, steps) => {
        const { box } = play(messages, [
          ...steps.filter((s) => s.kind !== 'restart'),
          { kind: 'tick', ms: deliveryWindowMs },
          { kind: 'start', allWaiting: false },
        ]);
        // Sends still in flight at the end belong to runs that would settle them; every other message is done.
        for (const found of box.items)
          if (found.status !== 'sending') expect(['sent', 'failed']).toContain(found.status);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The review's reproduction (M1), through the background's own trigger: five messages waited while the browser was
// closed, the first four sends time out after 15 s, the service then answers.

const flush = async () => {
  for (let i = 0; i < 30; i++) await new Promise((done) => setTimeout(done, 1));
};
interface Call {
  body: string;
  resolve: (r: Response) => void;
  reject: (e: unknown) => void;
}

describe('delivery through the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeI18n('en');
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Webmail First', version: '0.3.0' });
    vi.stubGlobal('navigator', { userAgent: 'Chrome/141.0', userAgentData: { brands: [], platform: 'Linux' } });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('a message is delivered once when the four before it in the same batch time out', async () => {
    const T0 = Date.UTC(2026, 11, 1, 9, 0);
    let now = T0;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const calls: Call[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((resolve, reject) => calls.push({ body: String(init.body), resolve, reject })),
      ),
    );
    await fakeBrowser.storage.local.set({
      settings: { notify: { kind: 'ntfy', url: 'https://ntfy.sh/studio' } },
      notifyOutbox: {
        items: [1, 2, 3, 4, 5].map((n) =>
          item(n, { channel: undefined, createdAt: T0 - 3_600_000, attempts: 3, nextAt: T0 + 3_600_000 }),
        ),
      },
    });
    background.main();
    await flush();
    expect(calls.map((c) => c.body)).toEqual(['message 1']);
    for (let k = 0; k < 4; k++) {
      now += 15_000;
      calls[k]?.reject(new DOMException('timed out', 'TimeoutError'));
      await flush();
    }
    for (let round = 0; round < 3; round++) {
      for (const c of calls) c.resolve(new Response('ok'));
      await flush();
    }
    expect(calls.filter((c) => c.body === 'message 5')).toHaveLength(1);
    const stored = parseOutbox((await fakeBrowser.storage.local.get('notifyOutbox')).notifyOutbox);
    expect(messageFor(stored, 5)?.status).toBe('sent');
  });

  it('a 401 gives the message up at once, with the reason; a removed channel receives nothing', async () => {
    const fetchMock = vi.fn(async () => new Response('no', { status: 401 }));
    vi.stubGlobal('fetch', fetchMock);
    const { deliverDue } = await import('../../platform/notify-delivery');
    const fresh = { createdAt: Date.now() };
    await fakeBrowser.storage.local.set({ notifyOutbox: { items: [item(1, fresh), item(2, fresh)] } });
    await deliverDue({ channel: async () => ntfy });
    let stored = parseOutbox((await fakeBrowser.storage.local.get('notifyOutbox')).notifyOutbox);
    expect(stored.items.map((i) => [i.status, i.givenUp])).toEqual([
      ['failed', 'refused'],
      ['failed', 'refused'],
    ]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await fakeBrowser.storage.local.set({ notifyOutbox: { items: [item(3, fresh)] } });
    await deliverDue({ channel: async () => undefined });
    stored = parseOutbox((await fakeBrowser.storage.local.get('notifyOutbox')).notifyOutbox);
    expect(stored.items[0]).toMatchObject({ status: 'failed', givenUp: 'channel-changed' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
