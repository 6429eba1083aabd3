import type { GroupVisitReceiver } from '../petitions/procedure.types.ts';
import type { Message } from '../platform/errors.ts';

const receivers: Record<GroupVisitReceiver, Message> = {
  officeHead: { zh: '信访部门负责人', en: 'the head of the petition office' },
  unitHead: { zh: '责任单位负责人', en: 'the head of the responsible unit' },
  onCallLeader: { zh: '值班领导', en: 'the leader on call' },
};
export const receiverLabel = (r: GroupVisitReceiver): Message => receivers[r];
