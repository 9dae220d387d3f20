const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

export interface SyncSchedule {
  /** Between successful syncs of one pack. */
  intervalMs: number;
  /** Wait after the first failure; doubled after each further one. */
  firstRetryMs: number;
  /** The longest wait after failures. */
  maxRetryMs: number;
}

export const SYNC_SCHEDULE: SyncSchedule = {
  intervalMs: 24 * HOUR,
  firstRetryMs: 15 * MINUTE,
  maxRetryMs: 24 * HOUR,
};

export function nextAttemptAfterSuccess(now: number, schedule: SyncSchedule): number {
  return now + schedule.intervalMs;
}

/**
 * Exponential back-off: 15 min, 30 min, 1 h, 2 h … up to a day, so a broken or unreachable
 * server is neither hammered nor forgotten. `failures` counts the failure just recorded.
 */
export function nextAttemptAfterFailure(now: number, failures: number, schedule: SyncSchedule): number {
  const wait = schedule.firstRetryMs * 2 ** Math.max(0, failures - 1);
  return now + Math.min(schedule.maxRetryMs, wait);
}
