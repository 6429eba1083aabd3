import { useMutation } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { api, call } from '../../shared/api.ts';
import type { Credentials, PublicAction, PublicCaseView } from '../common/types.ts';

/** The open case: its view, the credentials that opened it (in memory only), and how to replace the view. */
export interface OpenCase {
  view: PublicCaseView;
  credentials: Credentials;
  onView: (view: PublicCaseView) => void;
  /** What the last action did, said once at the top of the case (the panel that did it may be gone). */
  notice: PublicAction['type'] | null;
  onNotice: (done: PublicAction['type'] | null) => void;
}

export const CaseContext = createContext<OpenCase | null>(null);

export function useCase(): OpenCase {
  const open = useContext(CaseContext);
  if (!open) throw new Error('useCase outside a CaseContext');
  return open;
}

/** Rate, ask for review or re-review, withdraw: the server answers with the case as it now is. */
export function useCaseAction() {
  const { credentials, onView, onNotice } = useCase();
  return useMutation({
    mutationFn: (action: PublicAction) => call<PublicCaseView>(api.POST('/api/public/actions', { body: { ...credentials, action } })),
    onSuccess: (view, action) => {
      onView(view);
      onNotice(action.type);
    },
  });
}
