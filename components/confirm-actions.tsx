// A question's two answers side by side: do it, or not. When they appear the focus moves onto the choice, so a
// keyboard or screen-reader user is not left on a button that has just gone: on the action for something to send,
// on the way out for something that cannot be undone (WAI-ARIA's alert dialog: the least destructive choice).
import { useEffect, useRef } from 'preact/hooks';

interface Choice {
  label: string;
  /** Its `data-action` hook (docs/hooks.md). */
  action: string;
  onClick: () => void;
}

interface Props {
  yes: Choice;
  no: Choice;
  /** Cannot be undone: Yes is marked as dangerous and the focus goes to No. */
  destructive?: boolean;
}

export function ConfirmActions({ yes, no, destructive = false }: Props) {
  const yesButton = useRef<HTMLButtonElement>(null);
  const noButton = useRef<HTMLButtonElement>(null);
  useEffect(() => (destructive ? noButton : yesButton).current?.focus(), []);
  const button = (choice: Choice, ref: typeof yesButton, kind: string) => (
    <button ref={ref} type="button" class={kind} data-action={choice.action} onClick={choice.onClick}>
      {choice.label}
    </button>
  );
  return (
    <div class="report-actions">
      {button(yes, yesButton, destructive ? 'danger' : 'primary')}
      {button(no, noButton, 'secondary')}
    </div>
  );
}
