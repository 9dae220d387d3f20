import { z } from 'zod';
import { matchEntities } from '../match/skeleton-matcher';
import {
  type AnalyzeResult,
  ContentRequest,
  ExtensionPageRequest,
  type Reply,
  type TabSummary,
} from '../messaging/protocol';
import type { EntityRecord } from '../schema/records';

/** What the router needs from the browser, injected so it can be tested without one. */
export interface RouterDeps {
  entities: () => Promise<EntityRecord[]>;
  saveSummary: (tabId: number, summary: TabSummary) => Promise<void>;
  loadSummary: (tabId: number) => Promise<TabSummary | undefined>;
  /** The extension's own origin, e.g. `chrome-extension://<id>/`. */
  extensionOrigin: string;
}

export interface MessageSender {
  tab?: { id?: number };
  url?: string;
}

const fail = (error: string): Reply<never> => ({ ok: false, error });

/** The popup and options pages (also when opened in a tab) run at the extension's origin. */
function fromExtensionPage(sender: MessageSender, origin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

export function createRouter(deps: RouterDeps) {
  return async function route(message: unknown, sender: MessageSender): Promise<Reply<unknown>> {
    try {
      if (fromExtensionPage(sender, deps.extensionOrigin)) {
        const parsed = ExtensionPageRequest.safeParse(message);
        if (parsed.success) {
          const summary = await deps.loadSummary(parsed.data.tabId);
          return { ok: true, value: summary ?? null };
        }
      }
      const parsed = ContentRequest.safeParse(message);
      if (!parsed.success) return fail(`malformed request: ${z.prettifyError(parsed.error)}`);
      if (parsed.data.type !== 'analyze') return fail(`unsupported request: ${parsed.data.type}`);
      const entities = await deps.entities();
      const matches = matchEntities(parsed.data.blocks, entities);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        const counts = new Map<string, number>();
        for (const match of matches) counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
        await deps.saveSummary(tabId, {
          url: parsed.data.url,
          articleFound: true,
          mentions: [...counts].map(([id, count]) => ({
            id,
            count,
            name: entities.find((entity) => entity.id === id)?.name ?? id,
          })),
        });
      }
      const result: AnalyzeResult = { matches };
      return { ok: true, value: result };
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  };
}
