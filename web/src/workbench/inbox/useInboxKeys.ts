import { useEffect } from 'react';

interface Handlers {
  move: (delta: number) => void;
  open: () => void;
  focusSearch: () => void;
  register: (() => void) | undefined;
}

/** Typing in a field, or a dialog open, means the keys are not commands. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return true;
  return document.querySelector('.ant-modal-wrap:not([style*="display: none"])') !== null;
}

/** Inbox keys: j/k or ↓/↑ move, Enter opens, / searches, n registers a new petition. */
export function useInboxKeys(h: Handlers): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const el = e.target as HTMLElement;
      // Enter on a link or button does what that control does.
      if (e.key === 'Enter' && (el.tagName === 'A' || el.tagName === 'BUTTON')) return;
      const act: Record<string, (() => void) | undefined> = {
        j: () => h.move(1),
        ArrowDown: () => h.move(1),
        k: () => h.move(-1),
        ArrowUp: () => h.move(-1),
        Enter: h.open,
        '/': h.focusSearch,
        n: h.register,
      };
      const f = act[e.key];
      if (!f) return;
      e.preventDefault();
      f();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [h]);
}
