import type { KeyboardEvent } from 'react';

// The fields Enter moves between, in document (= tab) order. Buttons are left out: Enter on a
// button presses it, and moving on should land in the next thing to fill.
const FIELDS = 'input:not([type=hidden]):not([type=file]):not([disabled]), textarea:not([disabled]), .ant-upload[role=button]';

function fieldsOf(form: HTMLElement): HTMLElement[] {
  return [...form.querySelectorAll<HTMLElement>(FIELDS)].filter((el) => {
    if (el.offsetParent === null && el.getClientRects().length === 0) return false;
    // A radio group is one stop: its checked radio, or its first when none is.
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      const group = form.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`);
      const checked = [...group].find((r) => r.checked);
      return checked ? el === checked : el === group[0];
    }
    return true;
  });
}

/**
 * Keyboard registration: Enter in a one-line field moves to the next field (a clerk's hands stay on
 * the keys), Enter in a text area is a new line, Ctrl+Enter (⌘+Enter) submits from anywhere.
 * Attach as onKeyDownCapture.
 */
export function formKeyHandler(submit: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      submit();
      return;
    }
    const el = e.target as HTMLElement;
    if (el.tagName === 'TEXTAREA' || el.tagName === 'BUTTON' || el.getAttribute('aria-expanded') === 'true') return;
    if (el.tagName !== 'INPUT') return;
    const all = fieldsOf(e.currentTarget);
    const at = all.findIndex((f) => f === el || f.contains(el));
    const radioName = el instanceof HTMLInputElement && el.type === 'radio' ? el.name : null;
    const next = all.slice(at + 1).find((f) => !(radioName && f instanceof HTMLInputElement && f.name === radioName));
    if (!next) return;
    // Handled before the field sees it (this runs in the capture phase): a closed select would
    // otherwise open its list on Enter and leave it hanging open as focus moves on.
    e.preventDefault();
    e.stopPropagation();
    next.focus();
  };
}

/** A key for one registration attempt; works without a secure context (plain http in an office). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `reg-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
