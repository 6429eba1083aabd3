/** All petition templates, in one list. */
import type { Template } from './common.ts';
import { accusationTemplates } from './accusations.ts';
import { environmentTemplates } from './environment.ts';
import { housingTemplates } from './housing.ts';
import { labourTemplates } from './labour.ts';
import { litigationTemplates } from './litigation.ts';
import { ruralTemplates } from './rural.ts';
import { serviceTemplates } from './services.ts';
import { suggestionTemplates } from './suggestions.ts';

export const templates: readonly Template[] = [
  ...labourTemplates,
  ...housingTemplates,
  ...ruralTemplates,
  ...environmentTemplates,
  ...serviceTemplates,
  ...suggestionTemplates,
  ...accusationTemplates,
  ...litigationTemplates,
];

export type { Category, Channel, NotAcceptRoute, Template } from './common.ts';
