import type { JSX } from 'preact';
import { pickLocalized } from '@/lib/view/localized';

/**
 * A record text in the reader's language (else English, else any), marked with its language and
 * isolated from its neighbours with its own direction (see Isolated.tsx).
 */
export function LocalizedText({
  texts,
  language,
  as: Tag = 'span',
  class: className,
}: {
  texts: Record<string, string> | undefined;
  language: string;
  as?: 'span' | 'p' | 'h2' | 'h3' | 'strong';
  class?: string;
}): JSX.Element | null {
  const picked = pickLocalized(texts, language);
  if (!picked) return null;
  return (
    <Tag lang={picked.lang} dir="auto" class={className}>
      {picked.text}
    </Tag>
  );
}
