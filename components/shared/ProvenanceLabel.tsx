import type { Provenance } from '@/lib/messaging/protocol';
import { provenanceLabel } from '@/lib/view/provenance';
import { MessageWithIsolated } from './Isolated';
import { provenanceWords } from './provenance-words';

/** The provenance label (lib/view/provenance.ts) with the pack's name, a pack text, isolated. */
export function ProvenanceLabel({
  provenance,
  reviewed,
  locale,
}: {
  provenance: Provenance;
  reviewed: string | undefined;
  locale: string;
}) {
  return (
    <MessageWithIsolated
      message={(packName) =>
        provenanceLabel({ ...provenance, packName }, reviewed, provenanceWords(), locale)
      }
      value={provenance.packName}
    />
  );
}
