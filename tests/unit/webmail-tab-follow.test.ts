// The background follows the webmail tab it opened: the status recorded is the tab's, whichever comes first, the
// tab's own "complete" or the write of the tab just created (a loopback page loads before that write on a fast line;
// the question would then wait its whole minute for a page already there).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadWebmailTab } from '../../platform/storage/webmail-tab';
import { followWebmailTabs } from '../../platform/webmail-tab';

const openedAt = Date.UTC(2026, 11, 6, 9);
const message = { type: 'open-webmail', url: 'https://webmail.aruba.it/', openedAt };
const fromExtension = () => ({ id: fakeBrowser.runtime.id });

// The fake's triggers, typed loosely: the tests pass only what the listeners read.
type Trigger = (...args: unknown[]) => Promise<unknown[]>;
const trigger = (event: { trigger: unknown }) => event.trigger as Trigger;

/** A message as a page sends it: the listener's answer once the tab exists. */
async function send(sent: unknown = message, sender = fromExtension()): Promise<unknown> {
  const answers = await trigger(fakeBrowser.runtime.onMessage)(sent, sender, () => undefined);
  return answers[0];
}
const updated = (tabId: number, status: string) =>
  trigger(fakeBrowser.tabs.onUpdated)(tabId, { status }, { id: tabId });
const removed = (tabId: number) => trigger(fakeBrowser.tabs.onRemoved)(tabId, { windowId: 0, isWindowClosing: false });

describe('the webmail tab the background opened', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    followWebmailTabs();
  });

  it('created, then loaded: loading, then complete with the time it finished', async () => {
    expect(await send()).toBe(true);
    const created = await loadWebmailTab();
    expect(created).toMatchObject({ openedAt, status: 'loading' });
    await updated(created?.tabId ?? -1, 'complete');
    await vi.waitFor(async () => expect((await loadWebmailTab())?.status).toBe('complete'));
    expect((await loadWebmailTab())?.loadedAt).toBeTypeOf('number');
  });

  it('loaded before its creation was written: recorded complete, not loading for a minute', async () => {
    const create = fakeBrowser.tabs.create.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (properties) => {
      const tab = await create(properties);
      // The page finishes while tabs.create's answer is on its way: nothing stored yet for the listener to update.
      await updated(tab.id ?? -1, 'complete');
      vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => ({ ...tab, status: 'complete' }));
      return { ...tab, status: 'loading' };
    });
    expect(await send()).toBe(true);
    expect(await loadWebmailTab()).toMatchObject({ openedAt, status: 'complete' });
  });

  it('another tab loading, or a closed one, changes nothing; closing this one forgets it', async () => {
    await send();
    const tabId = (await loadWebmailTab())?.tabId ?? -1;
    await updated(tabId + 100, 'complete');
    await removed(tabId + 100);
    await new Promise((done) => setTimeout(done, 10));
    expect((await loadWebmailTab())?.status).toBe('loading');
    await removed(tabId);
    await vi.waitFor(async () => expect(await loadWebmailTab()).toBeNull());
  });

  it('a message from elsewhere, or malformed, opens nothing', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await send(message, { id: 'another-extension' })).toBeUndefined();
    expect(await send({ ...message, url: 'javascript:alert(1)' })).toBeUndefined();
    expect(await send({ ...message, openedAt: 'now' })).toBeUndefined();
    expect(create).not.toHaveBeenCalled();
  });
});
