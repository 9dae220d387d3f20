import { loadCommonWords } from './common-words';
import type { AuditContext, Finding } from './finding';
import { commonWordNames, missingWordLists, sharedNames } from './names';
import { overlappingOffices, staleOpenRoles } from './roles';
import { citationProblems, claimSourceProblems } from './sources';

/**
 * Everything `pack audit` checks beyond the schema, grouped by file so an author fixes one file
 * at a time; within a file, in the order the rules run.
 */
export async function auditPack(context: AuditContext): Promise<Finding[]> {
  const { lists, missing } = await loadCommonWords(context.languages);
  const findings = [
    ...staleOpenRoles(context),
    ...overlappingOffices(context),
    ...citationProblems(context),
    ...claimSourceProblems(context),
    ...sharedNames(context),
    ...commonWordNames(context, lists),
    ...missingWordLists(context, missing),
  ];
  const order = new Map(context.records.map((at, index) => [at.file, index]));
  const rank = (file: string) => order.get(file) ?? -1;
  return findings.sort((a, b) => rank(a.file) - rank(b.file));
}
