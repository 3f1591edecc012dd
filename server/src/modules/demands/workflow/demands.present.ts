import { lightOf, worstLight, type Light } from './deadlines.js';
import { statusLabels } from './demands.machine.js';
import { maskName, maskPhone, type DemandRow } from '../demands.access.js';
import { urgentCategories } from '../config/demands.reference.js';

const at = (v: string | Date) => new Date(v).toISOString();
const iso = (v: string | Date | null) => (v == null ? null : at(v));

/** Light of an unfinished demand: response deadline until accepted, resolution deadline until answered. */
export function demandLight(d: Pick<DemandRow, 'status' | 'received_at' | 'response_due_at' | 'resolution_due_at'>, now = new Date()): Light | null {
  const start = new Date(d.received_at);
  const waitingResponse = d.status === 'received' || d.status === 'dispatched';
  const open = waitingResponse || d.status === 'accepted' || d.status === 'in_progress';
  return worstLight(
    waitingResponse ? lightOf(now, start, new Date(d.response_due_at)) : null,
    open ? lightOf(now, start, new Date(d.resolution_due_at)) : null,
  );
}

/** SQL twins of demandLight, for filtering lists in the database. */
export const redSql = `((d.status IN ('received','dispatched') AND d.response_due_at < now())
  OR (d.status IN ('received','dispatched','accepted','in_progress') AND d.resolution_due_at < now()))`;
export const yellowSql = `(NOT ${redSql} AND ((d.status IN ('received','dispatched') AND d.response_due_at - now() <= (d.response_due_at - d.received_at) * 0.25)
  OR (d.status IN ('received','dispatched','accepted','in_progress') AND d.resolution_due_at - now() <= (d.resolution_due_at - d.received_at) * 0.25)))`;

export const openSql = `d.status IN ('received','dispatched','accepted','in_progress')`;

/**
 * The deadline an open demand is queued by: the response deadline while waiting for acceptance, else the resolution
 * deadline. An open demand is red exactly when this has passed, so "overdue first, then nearest deadline" is this order
 * alone. Written as the expression of demands_open_queue_idx (migration 0023), so the queue reads off that index.
 */
export const queueDeadlineSql = `LEAST(CASE WHEN d.status IN ('received','dispatched') THEN d.response_due_at END, d.resolution_due_at)`;

/**
 * Most urgent first, in every queue: open emergencies, then overdue (red) ones, then by the nearest deadline (the
 * response deadline while waiting for acceptance); finished demands after them, newest first. `c` is the category.
 * The lists read this order part by part (demands.queries.ts page()); the queue test holds them to this single ORDER BY.
 */
export const urgencyOrderSql = `(${openSql} AND coalesce(c.urgent, false)) DESC, (${redSql}) DESC,
  CASE WHEN ${openSql} THEN ${queueDeadlineSql} END ASC NULLS LAST,
  d.received_at DESC, d.id DESC`;

export type DemandView = ReturnType<typeof presentDemand>;

/** A demand for staff, the citizen's name and phone masked (the assigned handler reads them through demandContact). */
export function presentDemand(d: DemandRow & { org_name?: string | null; category_name?: string | null; category_urgent?: boolean | null }) {
  return {
    id: Number(d.id),
    trackingCode: d.tracking_code,
    districtCode: d.district_code,
    streetCode: d.street_code,
    channel: d.channel,
    categoryCode: d.category_code,
    categoryName: d.category_name ?? null,
    title: d.title,
    description: d.description,
    address: d.address,
    lat: d.lat,
    long: d.long,
    citizenName: maskName(d.citizen_name),
    citizenPhone: maskPhone(d.citizen_phone),
    status: d.status,
    statusLabel: statusLabels[d.status],
    orgId: d.org_id,
    orgName: d.org_name ?? null,
    handlerAccountId: d.handler_account_id,
    receivedAt: at(d.received_at),
    dispatchedAt: iso(d.dispatched_at),
    acceptedAt: iso(d.accepted_at),
    answeredAt: iso(d.answered_at),
    firstAnsweredAt: iso(d.first_answered_at ?? null),
    urgent: d.category_urgent ?? urgentCategories.has(d.category_code),
    closedAt: iso(d.closed_at),
    responseDueAt: at(d.response_due_at),
    resolutionDueAt: at(d.resolution_due_at),
    light: demandLight(d),
    answer: d.answer,
    returnReason: d.return_reason,
    satisfaction: d.satisfaction,
    reopenCount: d.reopen_count,
    mergedIntoId: d.merged_into_id == null ? null : Number(d.merged_into_id),
    photoCount: d.photo_count,
    anonymised: d.anonymised_at != null,
  };
}
