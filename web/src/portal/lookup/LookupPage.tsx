import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call } from '../../shared/api.ts';
import { forgetCredentials, heldCredentials } from '../common/memory.ts';
import type { Credentials, PublicCaseView } from '../common/types.ts';
import { usePageTitle } from '../common/usePageTitle.ts';
import { CaseContext, type OpenCase } from './CaseContext.ts';
import { CaseView } from './CaseView.tsx';
import { LookupForm } from './LookupForm.tsx';

/** Look up: the receipt number (may come in the address) and the query code (never does) open the case. */
export function LookupPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('portal.lookup.title'));
  const [params] = useSearchParams();
  const receiptNo = params.get('receiptNo')?.trim() ?? '';
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const [view, setView] = useState<PublicCaseView | null>(null);
  const [notice, setNotice] = useState<OpenCase['notice']>(null);
  const lookup = useMutation({
    mutationFn: (c: Credentials) => call<PublicCaseView>(api.POST('/api/public/lookup', { body: c })),
    onSuccess: (v, c) => {
      setCredentials(c);
      setView(v);
    },
  });
  const { mutate } = lookup;

  // Straight from the receipt, the code is still in this tab's memory: open the case at once.
  useEffect(() => {
    const held = heldCredentials(receiptNo);
    if (held) mutate(held);
  }, [receiptNo, mutate]);

  // Step names, due-date explanations and document titles come from the server in the reader's
  // language, so a change of language fetches the case again.
  const language = useRef(i18n.language);
  useEffect(() => {
    if (language.current !== i18n.language && credentials) mutate(credentials);
    language.current = i18n.language;
  }, [i18n.language, credentials, mutate]);

  const open = useMemo(() => (view && credentials ? { view, credentials, onView: setView, notice, onNotice: setNotice } : null), [view, credentials, notice]);
  const close = () => {
    setNotice(null);
    setView(null);
    setCredentials(null);
    forgetCredentials();
    lookup.reset();
  };

  return (
    <div className="portal-stack">
      <h1 className="portal-h1">{t('portal.lookup.title')}</h1>
      {open ? (
        <CaseContext.Provider value={open}>
          <CaseView onClose={close} />
        </CaseContext.Provider>
      ) : (
        <LookupForm receiptNo={receiptNo} onSubmit={(c) => mutate(c)} pending={lookup.isPending} error={lookup.error} />
      )}
    </div>
  );
}
