import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatInstant } from '../common/dates.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { DayFacts } from './DayFacts.tsx';
import { type BookingCredentials, type PublicBooking, cancelBooking, rescheduleBooking } from './reception.api.ts';

interface Props {
  view: PublicBooking;
  credentials: BookingCredentials;
  onView: (view: PublicBooking) => void;
  onClose: () => void;
}

/** The booking as it stands: any change since it was made comes first, then the facts, then what can be done. */
export function BookingView({ view, credentials, onView, onClose }: Props) {
  const { t } = useTranslation();
  const day = view.day;
  const [confirming, setConfirming] = useState(false);
  const [slot, setSlot] = useState<string | undefined>(undefined);
  const cancel = useMutation({ mutationFn: () => cancelBooking(credentials), onSuccess: (v) => (setConfirming(false), onView(v)) });
  const move = useMutation({ mutationFn: (s: string) => rescheduleBooking(credentials, s), onSuccess: (v) => (setSlot(undefined), onView(v)) });
  // Said in words once the time has moved: the facts below change quietly otherwise.
  const moved = move.data && move.data.slotStartsAt === view.slotStartsAt && view.status === 'booked' ? move.data : undefined;
  const choices = day.slots.filter((s) => s.remaining > 0 && (view.needsNewTime || s.startsAt !== view.slotStartsAt));
  const status = day.status === 'cancelled' ? 'dayCancelled' : view.status;
  return (
    <div className="portal-stack">
      {day.status === 'cancelled' ? (
        <Alert type="error" showIcon role="status" title={t('receptionDays.portal.dayCancelled')} description={day.changeNote} />
      ) : view.needsNewTime ? (
        <Alert type="warning" showIcon role="status" title={t('receptionDays.portal.needsNewTime', { time: view.slotStartsAt })} description={day.changeNote} />
      ) : view.changedSinceBooking ? (
        <Alert type="info" showIcon role="status" title={t('receptionDays.portal.dayChanged')} description={day.changeNote} />
      ) : null}
      {moved && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('receptionDays.portal.moved', { day: formatDay(moved.day.day), time: `${moved.slotStartsAt}–${moved.slotEndsAt ?? ''}` })}
        />
      )}
      <section className="portal-card" aria-labelledby="booking-heading">
        <h2 id="booking-heading">
          {t('receptionDays.portal.bookingNo')} {view.bookingNo}{' '}
          <Tag className="portal-tag" color={status === 'booked' ? 'blue' : status === 'attended' ? 'green' : 'default'}>
            {t(`receptionDays.portal.status.${status}`)}
          </Tag>
        </h2>
        <DayFacts when={`${formatDay(day.day)} ${view.needsNewTime ? t('receptionDays.portal.noTime') : `${view.slotStartsAt}–${view.slotEndsAt ?? ''}`}`} day={day}>
          <div>
            <dt>{t('receptionDays.portal.name')}</dt>
            <dd>{view.nameMasked}</dd>
          </div>
          <div>
            <dt>{t('receptionDays.portal.matter')}</dt>
            <dd>{view.matter}</dd>
          </div>
          {view.cancelledAt && (
            <div>
              <dt>{t('receptionDays.portal.cancelledAt')}</dt>
              <dd>{formatInstant(view.cancelledAt)}</dd>
            </div>
          )}
        </DayFacts>
      </section>
      {view.canReschedule && choices.length > 0 && (
        <section className="portal-card" aria-labelledby="move-heading">
          <h2 id="move-heading">{view.needsNewTime ? t('receptionDays.portal.chooseNewTime') : t('receptionDays.portal.changeTime')}</h2>
          <label htmlFor="move-slot" className="rday-label">
            {t('receptionDays.portal.slot')}
          </label>
          <div className="portal-actions">
            <Select
              id="move-slot"
              className="rday-select"
              value={slot}
              onChange={setSlot}
              placeholder={t('receptionDays.portal.pickSlot')}
              options={choices.map((s) => ({ value: s.startsAt, label: `${s.startsAt}–${s.endsAt}（${t('receptionDays.portal.placesLeft', { count: s.remaining })}）` }))}
            />
            <Button type="primary" disabled={!slot} loading={move.isPending} onClick={() => slot && move.mutate(slot)}>
              {t('receptionDays.portal.moveConfirm')}
            </Button>
          </div>
          <ErrorAlert error={move.error} />
        </section>
      )}
      {view.canCancel && (
        <section className="portal-card" aria-labelledby="cancel-heading">
          <h2 id="cancel-heading">{t('receptionDays.portal.cancelTitle')}</h2>
          <p>{t('receptionDays.portal.cancelHelp')}</p>
          {confirming ? (
            <div className="portal-actions">
              <Button danger type="primary" loading={cancel.isPending} onClick={() => cancel.mutate()}>
                {t('receptionDays.portal.cancelConfirm')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t('receptionDays.portal.keepBooking')}</Button>
            </div>
          ) : (
            <Button danger onClick={() => setConfirming(true)}>
              {t('receptionDays.portal.cancel')}
            </Button>
          )}
          <ErrorAlert error={cancel.error} />
        </section>
      )}
      <div className="portal-actions">
        <Button onClick={onClose}>{t('receptionDays.portal.closeBooking')}</Button>
      </div>
    </div>
  );
}
