export { auditPack } from './audit-pack';
export { formatFinding } from './finding';
export { isSourceFolder, readBuiltForAudit, readSourceForAudit } from './read';
