import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { formatDay } from '../common/dates.ts';
import { useCase, useCaseAction } from './CaseContext.ts';

/**
 * Ask the body one level up to review (or re-review) the opinion, while the window is open: the
 * days left and the last day are shown; before delivery and after the window, why it is not possible.
 */
export function ReviewPanel() {
  const { t } = useTranslation();
  const { view } = useCase();
  const action = useCaseAction();
  const kind = view.step === 'reviewRequest' ? 'review' : view.step === 'rereviewRequest' ? 'rereview' : null;
  if (!kind) return null;
  const period = view.deadlines.find((d) => d.kind === (kind === 'review' ? 'reviewRequest' : 'rereviewRequest'));
  const can = kind === 'review' ? view.review.canRequestReview : view.review.canRequestRereview;
  const p = (key: string) => `portal.lookup.${kind}.${key}`;
  const endsOn = view.review.windowEndsOn ?? period?.dueOn ?? '';
  const daysLeft = view.review.daysLeft ?? 0;

  let body;
  if (period?.status === 'overdue') {
    // The window is counted on the server's calendar (not the phone's): an overdue window has closed.
    body = <Alert type="warning" showIcon title={t('portal.lookup.review.closedTitle')} description={t(p('closed'), { date: formatDay(endsOn) })} />;
  } else if (!period || !can) {
    body = <Alert type="info" showIcon title={t('portal.lookup.review.notDelivered')} />;
  } else {
    body = (
      <>
        <p className="portal-days">
          {daysLeft > 0 ? t('portal.lookup.review.daysLeft', { count: daysLeft }) : t('portal.lookup.review.lastDay')}
        </p>
        <p>{t(p('until'), { date: formatDay(endsOn) })}</p>
        <Form layout="vertical" onFinish={(v: { reason: string }) => action.mutate({ type: kind === 'review' ? 'requestReview' : 'requestRereview', reason: v.reason.trim() })}>
          <Form.Item name="reason" label={t(p('reason'))} extra={t('portal.lookup.review.reasonHelp')} rules={[{ required: true, whitespace: true, message: t('portal.lookup.review.reasonRequired') }]}>
            <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
          <ErrorAlert error={action.error} />
          <Button type="primary" htmlType="submit" loading={action.isPending} className="portal-submit">
            {t(p('submit'))}
          </Button>
        </Form>
      </>
    );
  }
  return (
    <section aria-labelledby="case-review" className="portal-card portal-card-action">
      <h2 id="case-review">{t(p('title'))}</h2>
      <p>{t(p('explain'))}</p>
      {body}
    </section>
  );
}
