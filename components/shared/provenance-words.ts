import { t } from '@/lib/i18n';
import type { ProvenanceWords } from '@/lib/view/provenance';

/** The provenance label's words from `_locales`. */
export function provenanceWords(): ProvenanceWords {
  return {
    starter: t('provenanceStarter'),
    own: t('provenanceOwn'),
    subscribed: (name) => t('provenanceSubscribed', name),
    version: (version) => t('provenanceVersion', version),
    asOf: (date) => t('provenanceAsOf', date),
  };
}
