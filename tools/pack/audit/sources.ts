import type { ClaimRecord, SourceCitation, SourceRecord } from '../../../lib/schema/records';
import type { AuditContext, AuditRecord, Finding } from './finding';
import { finding } from './finding';

/**
 * Titles that stand in for a title nobody looked up. The spot-check of December 2026 found
 * "TASS report on the signing … (descriptive title)" where the real headline was findable; a
 * title wholly in brackets ("[press release]") is the same thing written differently.
 */
const PLACEHOLDER_TITLE = [
  /\(\s*descriptive title\s*\)/i,
  /^\s*[[(].*[\])]\s*$/,
  /^\s*(?:untitled|no title|title unknown|unknown|n\/a|tbd|todo|\?+)\s*$/i,
];
const PLACEHOLDER_PUBLISHER = /^\s*(?:unknown|n\/a|tbd|todo|various|\?+)\s*$/i;

export function isPlaceholderTitle(title: string): boolean {
  return PLACEHOLDER_TITLE.some((pattern) => pattern.test(title));
}

/**
 * One citation, wherever it appears. The schema already refuses a citation without publisher,
 * title or date (`pack audit` reports that as an error like `build` does); this catches the ones
 * that pass the schema but name no real source.
 */
function citationFindings(at: AuditRecord, path: string, citation: SourceCitation): Finding[] {
  const findings: Finding[] = [];
  const prefix = path === '' ? '' : `${path}.`;
  if (isPlaceholderTitle(citation.title)) {
    const reason = `placeholder title "${citation.title}": cite the source's real title`;
    findings.push(finding('error', at, `${prefix}title`, reason));
  }
  if (PLACEHOLDER_PUBLISHER.test(citation.publisher)) {
    const reason = `placeholder publisher "${citation.publisher}": name who published it`;
    findings.push(finding('error', at, `${prefix}publisher`, reason));
  }
  // "Wikipedia, 2026-11" on nearly every record was the pattern: a month says when a page was
  // meant to be read, not which version says what the record repeats.
  if (/^\d{4}-\d{2}$/.test(citation.date)) {
    const reason = `date ${citation.date} gives only the month: give the day it was published (or read, for a page that changes)`;
    findings.push(finding('warning', at, `${prefix}date`, reason));
  }
  return findings;
}

/** Every citation in the pack: entity sources, outlet notes' sources, claims' own sources, shared sources. */
export function citationProblems(context: AuditContext): Finding[] {
  return context.records.flatMap((at) => {
    const { record } = at;
    if (record.kind === 'source') return citationFindings(at, '', record);
    if (record.kind === 'claim') {
      return record.sources.flatMap((source, index) =>
        'ref' in source ? [] : citationFindings(at, `sources[${index}]`, source),
      );
    }
    return [
      ...record.sources.flatMap((source, index) => citationFindings(at, `sources[${index}]`, source)),
      ...(record.outlet?.notes ?? []).flatMap((note, noteIndex) =>
        note.sources.flatMap((source, index) =>
          citationFindings(at, `outlet.notes[${noteIndex}].sources[${index}]`, source),
        ),
      ),
    ];
  });
}

/**
 * A claim card weighs sources against each other: with fewer than two there is nothing to weigh,
 * and with only supporting ones the card reads as an endorsement. Every claim needs two dated
 * sources, at least one of which disputes it or adds context.
 */
export function claimSourceProblems(context: AuditContext): Finding[] {
  const shared = new Map<string, SourceRecord>();
  for (const { record } of context.records) if (record.kind === 'source') shared.set(record.id, record);
  return context.records.flatMap((at): Finding[] => {
    if (at.record.kind !== 'claim') return [];
    const claim: ClaimRecord = at.record;
    const dated = claim.sources.filter((source) =>
      'ref' in source ? shared.get(source.ref)?.date !== undefined : source.date !== undefined,
    );
    const findings: Finding[] = [];
    if (dated.length < 2) {
      const reason = `has ${dated.length} dated source${dated.length === 1 ? '' : 's'}: a claim needs at least two`;
      findings.push(finding('error', at, 'sources', reason));
    }
    if (!claim.sources.some((source) => source.stance === 'disputes' || source.stance === 'context')) {
      const reason = 'no source disputes the claim or adds context: cite one that does';
      findings.push(finding('error', at, 'sources', reason));
    }
    return findings;
  });
}
