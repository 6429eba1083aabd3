import type { FormInstance } from 'antd';
import type { KeyboardEvent } from 'react';

/**
 * For long record forms filled by keyboard: Ctrl+Enter (⌘+Enter) saves; a plain Enter in a one-line
 * field (a date, a name) does nothing, so it never saves half a record.
 */
export const saveOnCtrlEnter =
  (form: FormInstance) =>
  (e: KeyboardEvent): void => {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) form.submit();
    else if (e.target instanceof HTMLInputElement) e.preventDefault();
  };
