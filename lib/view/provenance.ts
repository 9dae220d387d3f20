import type { Provenance } from '../messaging/protocol';
import { formatPartialDate } from './dates';

/** The interface strings a provenance label needs, passed in so this stays free of the browser. */
export interface ProvenanceWords {
  starter: string;
  own: string;
  /** Receives the pack's name. */
  subscribed: (packName: string) => string;
  /** Receives the formatted version number. */
  version: (version: string) => string;
  /** Receives the formatted date. */
  asOf: (date: string) => string;
}

/** Which pack a piece of knowledge comes from: "Starter pack", "Pack “Faktencheck Ost”", "Your own". */
export function provenanceName(provenance: Provenance, words: ProvenanceWords): string {
  switch (provenance.source) {
    case 'starter':
      return words.starter;
    case 'own':
      return words.own;
    case 'subscribed':
      return words.subscribed(provenance.packName);
  }
}

/**
 * How current it is: the record's own review date when it has one (a person checked it then),
 * else the date its pack was published.
 */
export function asOfDate(provenance: Provenance, reviewed: string | undefined): string | undefined {
  return reviewed ?? provenance.published;
}

/** The full label a card shows under each piece: name · version · as of. */
export function provenanceLabel(
  provenance: Provenance,
  reviewed: string | undefined,
  words: ProvenanceWords,
  locale: string,
): string {
  const parts = [provenanceName(provenance, words)];
  if (provenance.source !== 'own') parts.push(words.version(String(provenance.version)));
  const asOf = asOfDate(provenance, reviewed);
  if (asOf !== undefined) parts.push(words.asOf(formatPartialDate(asOf, locale)));
  return parts.join(' · ');
}
