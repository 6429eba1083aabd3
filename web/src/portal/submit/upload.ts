import type { UploadProps } from 'antd';
import { api, call } from '../../shared/api.ts';
import type { StoredAttachment } from '../common/types.ts';

/**
 * Sends one file to POST /api/public/attachments through the typed client. The route reads
 * multipart, which the OpenAPI document does not describe, hence the cast of the body.
 */
export const uploadAttachment =
  (onFailure: (message: string) => void): NonNullable<UploadProps<StoredAttachment>['customRequest']> =>
  async ({ file, onSuccess, onError }) => {
    const body = new FormData();
    body.append('file', file as Blob, (file as File).name);
    try {
      const stored = await call<StoredAttachment>(api.POST('/api/public/attachments', { body: body as never }));
      onSuccess?.(stored);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      onFailure(text);
      // The message becomes the item's response, which the upload list shows beside the file.
      onError?.(error as Error, text as never);
    }
  };
