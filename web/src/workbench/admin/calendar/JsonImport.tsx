import { ImportOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Collapse, Input, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CalendarDay, parseDays } from './arrangement.ts';

const example = '[{"date": "2027-01-01", "kind": "restday", "name": "元旦"}, {"date": "2027-02-07", "kind": "workday", "name": "春节"}]';

/** Paste or open a JSON list of days (from another office or a script) and load it into the form to check. */
export function JsonImport({ year, onLoad }: { year: number; onLoad: (days: CalendarDay[]) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const load = (source: string) => {
    const parsed = parseDays(source);
    if ('error' in parsed) {
      setError(parsed.error === 'json' ? t('admin.calendar.json.invalid') : t('admin.calendar.json.shape', { index: (parsed.index ?? 0) + 1 }));
      return;
    }
    setError(undefined);
    onLoad(parsed.days);
    void message.success(t('admin.calendar.json.loaded', { count: parsed.days.length }));
  };
  const body = (
    <>
      <label htmlFor="calendar-json" className="adm-label">
        {t('admin.calendar.json.label', { year })}
      </label>
      <Input.TextArea id="calendar-json" rows={5} value={text} onChange={(e) => setText(e.target.value)} placeholder={example} spellCheck={false} className="adm-mono" />
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginTop: 8 }} />}
      <Space wrap style={{ marginTop: 8 }}>
        <Button icon={<ImportOutlined aria-hidden />} onClick={() => load(text)} disabled={!text.trim()}>
          {t('admin.calendar.json.load')}
        </Button>
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((s) => { setText(s); load(s); });
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />}>{t('admin.calendar.json.file')}</Button>
        </Upload>
      </Space>
    </>
  );
  return <Collapse className="adm-json" items={[{ key: 'json', label: t('admin.calendar.json.title'), children: body }]} />;
}
