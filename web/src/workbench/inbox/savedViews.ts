import { useCallback, useState } from 'react';

/** A named set of inbox filters: the query string of the inbox URL. */
export interface SavedView {
  name: string;
  search: string;
}

// Kept in this browser, per user: views are personal working habits, not shared data.
const keyOf = (userId: number) => `redress.inboxViews.${userId}`;

function read(userId: number): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(userId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((v): v is SavedView => typeof v?.name === 'string' && typeof v?.search === 'string') : [];
  } catch {
    return [];
  }
}

export function useSavedViews(userId: number) {
  const [views, setViews] = useState(() => read(userId));
  const write = useCallback(
    (next: SavedView[]) => {
      localStorage.setItem(keyOf(userId), JSON.stringify(next));
      setViews(next);
    },
    [userId],
  );
  return {
    views,
    /** Saving under an existing name replaces that view. */
    save: (view: SavedView) => write([...views.filter((v) => v.name !== view.name), view].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))),
    remove: (name: string) => write(views.filter((v) => v.name !== name)),
  };
}
