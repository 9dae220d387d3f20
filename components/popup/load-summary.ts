import { request } from '@/lib/messaging/client';
import type { PageSummary } from '@/lib/messaging/page-requests';

type Send = (message: unknown) => Promise<unknown>;

/** The summary the background keeps of a tab; null when the tab was never read. */
export function loadPageSummary(send: Send, tabId: number): Promise<PageSummary | null> {
  return request(send, { type: 'page-summary', tabId });
}
