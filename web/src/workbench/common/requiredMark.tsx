import type { ReactNode } from 'react';

/**
 * Ant Design draws the required asterisk as CSS content, which screen readers then read as part of
 * the label ("星号 诉求"). This one is hidden from them; aria-required already says it.
 */
export const requiredMark = (label: ReactNode, { required }: { required: boolean }) => (
  <>
    {required && (
      <span aria-hidden="true" className="required-mark">
        *
      </span>
    )}
    {label}
  </>
);
