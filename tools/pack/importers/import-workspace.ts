import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * For importer tests: a fresh output folder per test, removed afterwards, and the warning lines
 * the importer writes to stderr, collected instead of printed.
 */
export function importWorkspace(prefix: string): { outDir: string; warnings: string[] } {
  const workspace = { outDir: '', warnings: [] as string[] };
  beforeEach(async () => {
    workspace.outDir = await mkdtemp(join(tmpdir(), prefix));
    workspace.warnings = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      workspace.warnings.push(String(chunk));
      return true;
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(workspace.outDir, { recursive: true, force: true });
  });
  return workspace;
}
