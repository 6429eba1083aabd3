import { InboxOutlined } from '@ant-design/icons';
import { Form, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api.ts';
import { uploadAttachment } from '../common/petitions.api.ts';

export interface Uploaded {
  sha256: string;
  name: string;
}

const MAX_FILES = 20;
const ACCEPT = 'image/*,application/pdf,.pdf,.jpg,.jpeg,.png,.tif,.tiff,.doc,.docx,.odt,.txt';

/** Scans and photos, dropped or chosen; each is stored at once and registered with the petition. */
export function AttachmentsField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="files"
      label={t('register.attachments')}
      valuePropName="fileList"
      getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
      rules={[{ validator: (_, files?: UploadFile[]) => (files?.some((f) => f.status === 'uploading') ? Promise.reject(new Error(t('register.uploadPending'))) : Promise.resolve()) }]}
    >
      <Upload.Dragger
        multiple
        accept={ACCEPT}
        maxCount={MAX_FILES}
        customRequest={({ file, onSuccess, onError }) => {
          uploadAttachment(file as File).then(
            (stored) => onSuccess?.(stored),
            (error: unknown) => onError?.(error instanceof ApiError ? error : new Error(String(error))),
          );
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('register.dropFiles')}</p>
        <p className="ant-upload-hint">{t('register.dropHint', { max: MAX_FILES })}</p>
      </Upload.Dragger>
    </Form.Item>
  );
}

/** The stored files of a finished upload list, as the registration expects them. */
export const uploadedOf = (files: UploadFile[] | undefined): Uploaded[] =>
  (files ?? []).flatMap((f) => (f.status === 'done' && f.response ? [{ sha256: (f.response as Uploaded).sha256, name: f.name.slice(0, 200) }] : []));
