// @vitest-environment happy-dom
// A screen loaded on demand that fails to load (a chunk missing after an update in place, a disk error): the popup
// says so and how to go on, never stays blank; and the loader tries again next time instead of keeping the failure.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../app/app';
import { lazy } from '../../core/lazy';
import { initialWizard } from '../../core/wizard-state';
import { useAppRoot } from './app-root';

// Every load of the check screens fails, as a missing chunk does.
vi.mock('../../app/check-screen', () => {
  throw new Error('Failed to fetch dynamically imported module: chunks/check-screen.js');
});

describe('a module loaded on demand', () => {
  it('a failed load is forgotten: the next load tries again and can succeed', async () => {
    const importer = vi
      .fn<() => Promise<{ value: number }>>()
      .mockRejectedValueOnce(new Error('chunk missing'))
      .mockResolvedValue({ value: 1 });
    const module = lazy(importer);
    await expect(module.load()).rejects.toThrow('chunk missing');
    expect(module.loaded()).toBeUndefined();
    await expect(module.load()).resolves.toEqual({ value: 1 });
    expect(module.loaded()).toEqual({ value: 1 });
    await module.load();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('the popup when the check screens cannot be loaded', () => {
  const root = useAppRoot();

  it('mid-check (the popup reopened after the webmail opened): a message with the way on, not a blank popup', async () => {
    const at = Date.now();
    const state = {
      stage: 'opened' as const,
      providerId: 'aruba',
      address: null,
      openedAt: at,
      checkRequestedAt: at,
      answers: {},
      answeredAt: null,
    };
    await act(async () => {
      render(<App start={{ state, checks: null, lastProviderId: null, settings: null, ownProvider: null }} />, root());
    });
    await act(async () => {
      for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done, 5));
    });
    const alert = root().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('This step of the check could not be loaded');
    expect(alert?.textContent).toContain('open it again');
  });

  it('the first screen does not need them: it works as ever', async () => {
    await act(async () => {
      render(
        <App start={{ state: initialWizard, checks: null, lastProviderId: null, settings: null, ownProvider: null }} />,
        root(),
      );
    });
    expect(root().querySelector('[data-action="open-webmail"]')).not.toBeNull();
  });
});
