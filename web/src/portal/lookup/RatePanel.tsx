import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { type Rating, ratings } from '../common/types.ts';
import { useCase, useCaseAction } from './CaseContext.ts';

/** Rate the reply once it has reached the petitioner; the rating is counted in the body's satisfaction rate. */
export function RatePanel() {
  const { t } = useTranslation();
  const { view } = useCase();
  const action = useCaseAction();
  if (!view.canEvaluate && !view.evaluation) return null;
  return (
    <section aria-labelledby="case-rate" className={view.evaluation ? 'portal-card' : 'portal-card portal-card-action'}>
      <h2 id="case-rate">{t('portal.lookup.rate.title')}</h2>
      {view.evaluation ? (
        <p role="status">{t('portal.lookup.rate.done', { rating: t(`portal.rating.${view.evaluation}`) })}</p>
      ) : (
        <Form layout="vertical" onFinish={(v: { rating: Rating; comment?: string }) => action.mutate({ type: 'evaluate', rating: v.rating, comment: v.comment?.trim() ?? '' })}>
          <p>{t('portal.lookup.rate.explain')}</p>
          <Form.Item name="rating" label={t('portal.lookup.rate.question')} rules={[{ required: true, message: t('portal.lookup.rate.required') }]}>
            <Radio.Group className="portal-choices" aria-label={t('portal.lookup.rate.question')}>
              {ratings.map((r) => (
                <Radio key={r} value={r} className="portal-choice">
                  {t(`portal.rating.${r}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="comment" label={t('portal.lookup.rate.comment')}>
            <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
          <ErrorAlert error={action.error} />
          <Button type="primary" htmlType="submit" loading={action.isPending} className="portal-submit">
            {t('portal.lookup.rate.submit')}
          </Button>
        </Form>
      )}
    </section>
  );
}
