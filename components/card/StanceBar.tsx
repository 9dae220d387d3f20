import { t } from '@/lib/i18n';
import type { Stance } from '@/lib/schema/records';
import { STANCE_ORDER } from '@/lib/view/claim-sources';

const LABEL = { supports: 'stanceSupports', disputes: 'stanceDisputes', context: 'stanceContext' } as const;

/**
 * How the sources stand at a glance: a bar with one segment per stance (colour and pattern), and
 * the counts in words beside it, so nothing depends on seeing colour.
 */
export function StanceBar({ counts }: { counts: Record<Stance, number> }) {
  const total = counts.supports + counts.disputes + counts.context;
  if (total === 0) return null;
  return (
    <div class="sc-stance">
      <div class="sc-stance-bar" aria-hidden="true">
        {STANCE_ORDER.filter((stance) => counts[stance] > 0).map((stance) => (
          <span
            key={stance}
            class={`sc-stance-${stance}`}
            style={{ flexGrow: counts[stance] }}
            title={`${t(LABEL[stance])}: ${counts[stance]}`}
          />
        ))}
      </div>
      <p class="sc-stance-text">
        {t('cardStanceSummary', [counts.supports, counts.disputes, counts.context])}
      </p>
    </div>
  );
}

export function stanceLabel(stance: Stance): string {
  return t(LABEL[stance]);
}
