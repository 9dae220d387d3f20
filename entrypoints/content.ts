import { detectArticle } from '@/lib/article/detect';
import { collectTextBlocks } from '@/lib/article/text-blocks';
import { Highlighter } from '@/lib/highlight/highlighter';
import { request } from '@/lib/messaging/client';
import { AnalyzeResult } from '@/lib/messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const detection = detectArticle(document);
    if (!detection.isArticle) return;
    const blocks = collectTextBlocks(detection.region);
    const result = await request(
      (message) => browser.runtime.sendMessage(message),
      {
        type: 'analyze',
        url: location.href,
        lang: document.documentElement.lang || undefined,
        blocks: blocks.map((block) => block.text),
      },
      AnalyzeResult,
    );
    if (!ctx.isValid) return;
    const highlighter = new Highlighter(document);
    highlighter.apply(blocks, result.matches);
    ctx.onInvalidated(() => highlighter.destroy());
  },
});
