import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run check:paths`: the repository must stand alone, so a clone runs its tests with nothing
 * beside it. Fails, one line per offence, when a test, tool or config file names a path outside
 * the repository: an absolute one (`/work/shared/…`, `/home/…`, `/tmp/name`) or a relative one
 * that climbs above the root (`'../../../shared'`, `resolve(import.meta.dirname, '..', '..', '..',
 * 'shared')`). Relative paths are resolved against the file's own folder, the way
 * `import.meta.dirname` and `import.meta.url` resolve them (CI scripts: against the root).
 *
 * It reads string literals, not comments; comma-separated literals are joined as path segments.
 * It does not parse regular expressions: a quote inside one can hide a path on the same line.
 */

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Paths outside the repository that may be named, each with why; `files` limits who may (a name
 * ending in `/` stands for every file in that folder).
 */
export const ALLOWED: readonly { path: string; files?: readonly string[]; why: string }[] = [
  // Browsers the end-to-end tests launch: installed programs, not test inputs (tools/find-chromium.ts,
  // tools/find-firefox.ts; README "Run the tests").
  { path: '/usr/bin/chromium', why: "Debian's Chromium (a wrapper script)" },
  { path: '/usr/lib/chromium/chromium', why: "the binary behind Debian's wrapper" },
  { path: '/usr/bin/chromium-browser', why: "Ubuntu's name for it" },
  { path: '/usr/bin/firefox-esr', why: "Debian's Firefox ESR" },
  { path: '/usr/bin/firefox', why: 'Firefox elsewhere' },
  // The gold-annotated evaluation data is kept out of the repository on purpose. The evaluation
  // tools (`npm run eval`, `npm run eval:*`) read it only when it is there (the match benchmark
  // only from BENCH_EVAL_DIR); no test does.
  {
    path: resolve(ROOT, '../shared/eval'),
    files: ['tools/eval/'],
    why: 'optional evaluation pages and claim-matching data beside the repository',
  },
  {
    path: resolve(ROOT, '../shared/corpus'),
    files: ['tools/eval/'],
    why: 'optional gold-linked news corpora and large public data for the evaluation tools',
  },
];

/** Its examples name such paths on purpose. */
const NOT_CHECKED = ['tools/check-paths.test.ts'];

export interface Offence {
  /** Relative to the repository root. */
  file: string;
  line: number;
  text: string;
}

const FILESYSTEM_ROOTS = 'bin|etc|home|media|mnt|opt|root|srv|tmp|usr|var|work|Users|Volumes';
/** Not preceded by a word, `.`, `/`, `-` or `}`: leaves `${base}/tmp`, `http://host/usr`, `a/home` alone. */
const START = String.raw`(?<![\w.}/-])`;
const REST = String.raw`(?:/[^\s\x27\x22\x60,;)]*)?(?![\w.-])`;
const ABSOLUTE = new RegExp(`${START}/(?:${FILESYSTEM_ROOTS})${REST}`, 'g');
const CLIMBING = new RegExp(`${START}\\.\\.${REST}`, 'g');

/**
 * A comment or a string literal (quotes written \x27 ' \x22 " \x60 `, so this file reads its own
 * regular expressions cleanly). Whichever starts first wins: quotes in a comment are no literal,
 * and `//` in a literal is no comment.
 */
const CODE_TOKEN =
  /\/\*[\s\S]*?\*\/|\/\/[^\n]*|\x27(?:\\.|[^\x27\\\n])*\x27|\x22(?:\\.|[^\x22\\\n])*\x22|\x60(?:\\.|[^\x60\\])*\x60/g;
const SHELL_COMMENT = /(?:^|\s)#.*$/gm;

/**
 * Where paths may be named, each with where it starts: runs of comma-separated literals (their
 * segments, and the run as written), or the lines of a shell script.
 */
function pathTexts(file: string, source: string): { at: number; written?: string; segments: string[] }[] {
  if (file.startsWith('.ci/')) {
    const code = source.replace(SHELL_COMMENT, (comment) => ' '.repeat(comment.length));
    let at = 0;
    return code.split('\n').map((line) => {
      const text = { at, segments: [line] };
      at += line.length + 1;
      return text;
    });
  }
  const runs: { at: number; end: number; segments: string[] }[] = [];
  for (const token of source.matchAll(CODE_TOKEN)) {
    const [whole] = token;
    if (whole.startsWith('/')) continue;
    const previous = runs.at(-1);
    const segment = whole.slice(1, -1);
    if (previous && /^\s*,\s*$/.test(source.slice(previous.end, token.index)))
      previous.segments.push(segment);
    else runs.push({ at: token.index, end: 0, segments: [segment] });
    runs.at(-1)!.end = token.index + whole.length;
  }
  return runs.map(({ at, end, segments }) => ({ at, written: source.slice(at, end), segments }));
}

function isAllowed(file: string, path: string): boolean {
  return ALLOWED.some(
    (entry) =>
      (path === entry.path || path.startsWith(`${entry.path}/`)) &&
      (!entry.files ||
        entry.files.some((allowed) => (allowed.endsWith('/') ? file.startsWith(allowed) : allowed === file))),
  );
}

function isOutside(path: string): boolean {
  const fromRoot = relative(ROOT, path);
  return fromRoot === '..' || fromRoot.startsWith('../') || isAbsolute(fromRoot);
}

/** The offences in one file's text; `file` is relative to the repository root. */
export function findOffences(file: string, source: string): Offence[] {
  const offences: Offence[] = [];
  // CI scripts change to the root before anything else (.ci/run), as npm runs package.json's.
  const folder = file.startsWith('.ci/') ? ROOT : dirname(resolve(ROOT, file));
  for (const { at, written, segments } of pathTexts(file, source)) {
    const line = source.slice(0, at).split('\n').length;
    const offends = (path: string) => offences.push({ file, line, text: written ?? path });
    for (const segment of segments) {
      for (const [path] of segment.matchAll(ABSOLUTE)) if (!isAllowed(file, path)) offends(path);
    }
    for (const [path] of segments.join('/').matchAll(CLIMBING)) {
      const target = resolve(folder, path);
      if (isOutside(target) && !isAllowed(file, target)) offends(path);
    }
  }
  return offences;
}

const CODE = /\.(?:[cm]?[jt]sx?)$/;

/** tests/**, tools/**, lib/**\/*.test.ts, *.config.ts, package.json, .ci/*: relative to the root. */
export function filesToCheck(root = ROOT): string[] {
  const under = (folder: string) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .map((path) => join(folder, path))
      .filter((path) => statSync(join(root, path)).isFile());
  const files = [
    ...under('tests').filter((path) => CODE.test(path)),
    ...under('tools').filter((path) => CODE.test(path)),
    ...under('lib').filter((path) => path.endsWith('.test.ts')),
    ...readdirSync(root).filter((name) => name.endsWith('.config.ts') || name === 'package.json'),
    ...under('.ci').filter((path) => !basename(path).startsWith('.')),
  ];
  return files.filter((file) => !NOT_CHECKED.includes(file)).sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = filesToCheck();
  const offences = files.flatMap((file) => findOffences(file, readFileSync(join(ROOT, file), 'utf8')));
  for (const { file, line, text } of offences) {
    console.error(`${file}:${line}: names a path outside the repository: ${text}`);
  }
  if (offences.length > 0) process.exit(1);
  console.log(
    `check:paths: none of ${files.length} test, tool and config files names a path outside the repository`,
  );
}
