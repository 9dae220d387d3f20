import type { z } from '../schema/zod';

export interface Problem {
  path: PropertyKey[];
  message: string;
}

/**
 * Zod's issues as problems an author can act on. A union (a claim's source is a citation or a
 * `ref`) fails as a bare "Invalid input"; the branch that came closest — fewest problems — is
 * what the author meant, so its problems are reported instead.
 */
export function explainIssues(issues: readonly z.core.$ZodIssue[], base: PropertyKey[] = []): Problem[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
      return explainIssues(closest, path);
    }
    return [{ path, message: issue.message }];
  });
}
