import type { BackgroundRequest, HandlerResult } from '../messaging/calls';
import type { Reply } from '../messaging/protocol';
import { ContentRequest, ExtensionPageRequest } from '../messaging/requests';
import { z } from '../schema/zod';

/**
 * The background's single entry for messages. Requests are parsed with zod before anything
 * else; content scripts (which share a process with untrusted pages) may only ask what
 * `ContentRequest` allows, while the extension's own pages may also use `ExtensionPageRequest`.
 */

export interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** Who asked: the tab and frame of a content script, when it was one. */
export interface RequestContext {
  tabId?: number;
  frameId?: number;
}

/** One handler per request type, returning what the call map says that request gets. */
type HandlerMap<U extends BackgroundRequest> = {
  [K in U['type']]: (request: Extract<U, { type: K }>, context: RequestContext) => Promise<HandlerResult<K>>;
};

export type ContentHandlers = HandlerMap<ContentRequest>;
export type ExtensionPageHandlers = HandlerMap<ExtensionPageRequest>;

export interface RouterOptions {
  /** The extension's own origin, e.g. `chrome-extension://<id>/`. */
  extensionOrigin: string;
  content: ContentHandlers;
  pages: ExtensionPageHandlers;
}

/** The popup and options pages (also when opened in a tab) run at the extension's origin. */
function fromExtensionPage(sender: MessageSender, origin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

async function dispatch<U extends BackgroundRequest>(
  handlers: HandlerMap<U>,
  request: U,
  context: RequestContext,
): Promise<unknown> {
  const handler = handlers[request.type as U['type']] as (r: U, c: RequestContext) => Promise<unknown>;
  return handler(request, context);
}

export function createRouter(options: RouterOptions) {
  return async function route(message: unknown, sender: MessageSender): Promise<Reply<unknown>> {
    const context: RequestContext = { tabId: sender.tab?.id, frameId: sender.frameId };
    try {
      if (fromExtensionPage(sender, options.extensionOrigin)) {
        const page = ExtensionPageRequest.safeParse(message);
        if (page.success)
          return { ok: true, value: (await dispatch(options.pages, page.data, context)) ?? null };
      }
      const parsed = ContentRequest.safeParse(message);
      if (!parsed.success) return { ok: false, error: `malformed request: ${z.prettifyError(parsed.error)}` };
      return { ok: true, value: (await dispatch(options.content, parsed.data, context)) ?? null };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
