import type { MarkStyle } from '../settings';

/**
 * The look of marks: quiet, readable on light and dark pages (colours switch with
 * `prefers-color-scheme`), entities solid blue and claims dotted orange so both stay apart
 * for readers who do not see the colours.
 */

const COLORS = {
  light: { entity: '37 99 235', claim: '194 65 12' },
  dark: { entity: '96 165 250', claim: '251 146 60' },
};

function declarations(style: MarkStyle, kind: 'entity' | 'claim', scheme: 'light' | 'dark'): string {
  const rgb = COLORS[scheme][kind];
  if (style === 'background') return `background-color: rgb(${rgb} / ${scheme === 'dark' ? 0.35 : 0.2});`;
  return (
    `text-decoration: underline ${kind === 'claim' ? 'dotted' : 'solid'} 2px; ` +
    `text-decoration-color: rgb(${rgb}); text-underline-offset: 3px;`
  );
}

/** CSS rules for the given selectors of each kind; nothing when the style is `off`. */
export function markRules(style: MarkStyle, selectors: { entity: string[]; claim: string[] }): string {
  if (style === 'off') return '';
  const rules: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const block: string[] = [];
    for (const kind of ['entity', 'claim'] as const) {
      if (selectors[kind].length > 0)
        block.push(`${selectors[kind].join(', ')} { ${declarations(style, kind, scheme)} }`);
    }
    rules.push(
      scheme === 'dark' ? `@media (prefers-color-scheme: dark) { ${block.join(' ')} }` : block.join('\n'),
    );
  }
  return rules.join('\n');
}
