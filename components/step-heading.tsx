import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Each step's heading takes the focus when the step appears, so screen readers announce the new step. */
export function StepHeading({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1} id="step-heading">
      {children}
    </h1>
  );
}
