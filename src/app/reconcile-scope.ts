// Defines which responses a reconcile lists: every one (the menu, once a day) or only those after a watermark
// (the hourly run), so the hourly cost follows the responses of the last hour, not all responses ever received.
import { formatIsoDate } from '../domain/period';

/** 'full' lists every response (menu `Đối soát`, apiReconcile_); 'hourly' lists recent ones when it safely can. */
export type ReconcileScope = 'full' | 'hourly';

/**
 * The hourly run lists responses submitted after the previous run's start less this margin: a trigger Google
 * delivers late, or a submission in flight while that run listed, is still seen by the next run.
 */
export const SINCE_MARGIN_MS = 15 * 60_000;

/** Epoch ms of the start of the last complete reconcile, and of the last complete full one. */
export interface Watermark {
  startedAt: number;
  fullAt: number;
}

const PROPERTY = 'guongSang.reconcile.watermark';

/**
 * The instant whose later responses `scope` lists now, or null for every response. The hourly run scans in
 * full when no run has completed yet, on its first run of a new local day (the daily safety net for anything
 * older than the margin), and when the clock reads earlier than the watermark.
 */
export function listSince(scope: ReconcileScope, now: Date, wm: Watermark | null, timeZone: string): number | null {
  if (scope === 'full' || !wm) return null;
  if (now.getTime() < wm.startedAt) return null;
  if (formatIsoDate(new Date(wm.fullAt), timeZone) !== formatIsoDate(now, timeZone)) return null;
  return wm.startedAt - SINCE_MARGIN_MS;
}

/** The watermark after a complete run that started at `startedAt`, listing every response when `full`. */
export function nextWatermark(previous: Watermark | null, startedAt: number, full: boolean): Watermark {
  return { startedAt, fullAt: full ? startedAt : (previous?.fullAt ?? 0) };
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

export function loadWatermark(): Watermark | null {
  const raw = props().getProperty(PROPERTY);
  if (!raw) return null;
  try {
    const wm = JSON.parse(raw) as Watermark;
    return Number.isFinite(wm?.startedAt) && Number.isFinite(wm?.fullAt) ? wm : null;
  } catch {
    return null;
  }
}

export function saveWatermark(wm: Watermark): void {
  props().setProperty(PROPERTY, JSON.stringify(wm));
}
