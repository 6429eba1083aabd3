import { CameraOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Form, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StoredAttachment } from '../common/types.ts';
import { MAX_FILE_BYTES, MAX_FILES, type SubmitValues } from './fields.ts';
import { uploadAttachment } from './upload.ts';

const accept = 'image/*,application/pdf,.doc,.docx,.xls,.xlsx,audio/*,video/mp4';
const fileList = (e: { fileList: UploadFile<StoredAttachment>[] }) => e.fileList;

/** Step 3: evidence — files dragged or chosen, or photos taken with the phone's camera. */
export function AttachmentsStep() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = Form.useFormInstance<SubmitValues>();
  const customRequest = uploadAttachment((text) => message.error(text));
  // Obvious refusals before sending anything: the server checks size and type again.
  const beforeUpload = (file: File) => {
    const count = (form.getFieldValue('files')?.length ?? 0) + (form.getFieldValue('photos')?.length ?? 0);
    if (count >= MAX_FILES) {
      message.error(t('portal.submit.files.tooMany', { max: MAX_FILES }));
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_FILE_BYTES) {
      message.error(t('portal.submit.files.tooLarge', { name: file.name, mb: MAX_FILE_BYTES / 1024 / 1024 }));
      return Upload.LIST_IGNORE;
    }
    return true;
  };
  return (
    <>
      <p>{t('portal.submit.files.intro')}</p>
      <Form.Item name="files" valuePropName="fileList" getValueFromEvent={fileList} label={t('portal.submit.files.label')}>
        <Upload.Dragger multiple accept={accept} customRequest={customRequest} beforeUpload={beforeUpload} showUploadList={{ showRemoveIcon: true }}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">{t('portal.submit.files.drop')}</p>
          <p className="ant-upload-hint">{t('portal.submit.files.hint', { mb: MAX_FILE_BYTES / 1024 / 1024, max: MAX_FILES })}</p>
        </Upload.Dragger>
      </Form.Item>
      <Form.Item name="photos" valuePropName="fileList" getValueFromEvent={fileList} label={t('portal.submit.files.camera')} extra={t('portal.submit.files.cameraHelp')}>
        <Upload accept="image/*" capture="environment" customRequest={customRequest} beforeUpload={beforeUpload} listType="picture">
          <Button icon={<CameraOutlined aria-hidden />}>{t('portal.submit.files.takePhoto')}</Button>
        </Upload>
      </Form.Item>
    </>
  );
}
