import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { PackRecord, type PackRecordInput } from '../../../lib/schema/records';

const FOLDER_BY_KIND = { entity: 'entities', claim: 'claims', source: 'sources' } as const;

/** One line on stderr for a record the importer leaves out, naming where it was in the input. */
export function warnSkipped(position: string, reason: string): void {
  process.stderr.write(`warning: ${position}: skipped: ${reason}\n`);
}

/**
 * Writes pack source files (`entities/<id>.yaml`, `claims/<id>.yaml`) after checking each record
 * against `PackRecord`, so an importer never leaves a file that `pack build` would reject.
 */
export class RecordWriter {
  private readonly createdFolders = new Set<string>();
  written = 0;

  constructor(
    private readonly outDir: string,
    private readonly header: string,
  ) {}

  /** Writes the record and returns true; on a schema error warns (naming `position`) and returns false. */
  async write(record: PackRecordInput, position: string): Promise<boolean> {
    const result = PackRecord.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      warnSkipped(position, `${path}${issue?.message ?? 'invalid record'}`);
      return false;
    }
    const folder = join(this.outDir, FOLDER_BY_KIND[record.kind]);
    if (!this.createdFolders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.createdFolders.add(folder);
    }
    // The record as built (without the schema's empty defaults) keeps the file short for editors.
    const text = `# ${this.header}\n${stringify(record, { lineWidth: 0 })}`;
    await writeFile(join(folder, `${record.id}.yaml`), text);
    this.written++;
    return true;
  }
}
