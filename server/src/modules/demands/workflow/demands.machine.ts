import type { demandStatuses } from '../demands.schema.js';

export type DemandStatus = (typeof demandStatuses)[number];

/**
 * The workflow as data. `to` is the status after the action (null: unchanged);
 * `permission` is what the actor must hold; `department` means the actor acts for
 * the handling department and must have it in scope (handlers), otherwise the
 * permission's own scope applies (dispatchers and supervisors of the whole city).
 */
export interface TransitionDef {
  from: readonly DemandStatus[];
  to: DemandStatus | null;
  /** For callback: where a dissatisfied verdict sends it instead. */
  reopenTo?: DemandStatus;
  permission: 'demands.dispatch' | 'demands.handle' | 'demands.supervise';
  department: boolean;
  label: { zh: string; en: string };
}

export const transitions = {
  dispatch: { from: ['received'], to: 'dispatched', permission: 'demands.dispatch', department: false, label: { zh: '派单', en: 'Dispatch' } },
  redispatch: { from: ['dispatched'], to: 'dispatched', permission: 'demands.dispatch', department: false, label: { zh: '改派', en: 'Redispatch' } },
  accept: { from: ['dispatched'], to: 'accepted', permission: 'demands.handle', department: true, label: { zh: '签收', en: 'Accept' } },
  return: { from: ['dispatched'], to: 'received', permission: 'demands.handle', department: true, label: { zh: '退单', en: 'Return' } },
  start: { from: ['accepted'], to: 'in_progress', permission: 'demands.handle', department: true, label: { zh: '开始办理', en: 'Start' } },
  note: { from: ['accepted', 'in_progress'], to: null, permission: 'demands.handle', department: true, label: { zh: '办理记录', en: 'Note' } },
  request_extension: { from: ['accepted', 'in_progress'], to: null, permission: 'demands.handle', department: true, label: { zh: '申请延期', en: 'Request extension' } },
  approve_extension: { from: ['accepted', 'in_progress'], to: null, permission: 'demands.supervise', department: false, label: { zh: '批准延期', en: 'Approve extension' } },
  reject_extension: { from: ['accepted', 'in_progress'], to: null, permission: 'demands.supervise', department: false, label: { zh: '驳回延期', en: 'Reject extension' } },
  answer: { from: ['accepted', 'in_progress'], to: 'answered', permission: 'demands.handle', department: true, label: { zh: '答复', en: 'Answer' } },
  callback: { from: ['answered'], to: 'closed', reopenTo: 'in_progress', permission: 'demands.supervise', department: false, label: { zh: '回访', en: 'Callback' } },
  close: { from: ['answered'], to: 'closed', permission: 'demands.supervise', department: false, label: { zh: '办结', en: 'Close' } },
  supervise: { from: ['dispatched', 'accepted', 'in_progress'], to: null, permission: 'demands.supervise', department: false, label: { zh: '督办通知', en: 'Supervision notice' } },
  merge: { from: ['received', 'dispatched'], to: 'closed', permission: 'demands.dispatch', department: false, label: { zh: '合并重复件', en: 'Merge duplicate' } },
} as const satisfies Record<string, TransitionDef>;

export type DemandAction = keyof typeof transitions;
export const demandActions = Object.keys(transitions) as DemandAction[];

export function canTransition(action: DemandAction, from: DemandStatus): boolean {
  return (transitions[action].from as readonly string[]).includes(from);
}

/** Open means a department still owes work on it (for Open311 and supervision). */
export const openStatuses: readonly DemandStatus[] = ['received', 'dispatched', 'accepted', 'in_progress'];

export const statusLabels: Record<DemandStatus, { zh: string; en: string }> = {
  received: { zh: '待派单', en: 'Received' },
  dispatched: { zh: '已派单', en: 'Dispatched' },
  accepted: { zh: '已签收', en: 'Accepted' },
  in_progress: { zh: '办理中', en: 'In progress' },
  answered: { zh: '已答复', en: 'Answered' },
  closed: { zh: '已办结', en: 'Closed' },
};
