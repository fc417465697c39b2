// @vitest-environment happy-dom
// A question's two answers: the focus lands on the choice when they appear (the action for something to send, the
// way out for something that cannot be undone), each button with its hook.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmActions } from '../../components/confirm-actions';
import { useAppRoot } from './app-root';

const root = useAppRoot();

describe('ConfirmActions', () => {
  it.each([
    [false, 'send', 'primary'],
    [true, 'keep', 'danger'],
  ])('destructive %s: the focus on "%s", Yes marked %s', async (destructive, focused, yesClass) => {
    const onYes = vi.fn();
    const onNo = vi.fn();
    await act(() =>
      render(
        <ConfirmActions
          destructive={destructive}
          yes={{ label: 'Yes', action: 'send', onClick: onYes }}
          no={{ label: 'No', action: 'keep', onClick: onNo }}
        />,
        root(),
      ),
    );
    expect(document.activeElement?.getAttribute('data-action')).toBe(focused);
    expect(root().querySelector('[data-action="send"]')?.className).toBe(yesClass);
    root().querySelector<HTMLButtonElement>('[data-action="keep"]')?.click();
    expect([onYes.mock.calls.length, onNo.mock.calls.length]).toEqual([0, 1]);
  });
});
