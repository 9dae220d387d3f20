import { describe, expect, it } from 'vitest';
import { filesToCheck, findOffences } from './check-paths';

/** The texts reported for `source` as if it were `file`. */
const reported = (file: string, source: string) => findOffences(file, source).map((offence) => offence.text);

describe('check-paths catches', () => {
  it('absolute paths to the shared folder, as the tests once read it', () => {
    expect(findOffences('lib/match/match-snapshot.test.ts', "\nconst SHARED = '/work/shared';\n")).toEqual([
      { file: 'lib/match/match-snapshot.test.ts', line: 2, text: "'/work/shared'" },
    ]);
    expect(
      reported(
        'lib/match/first-article.test.ts',
        "readFileSync('/work/shared/seed/first-article.de.txt', 'utf8')",
      ),
    ).toEqual(["'/work/shared/seed/first-article.de.txt', 'utf8'"]);
  });

  it('other absolute inputs: a home folder, a fixed name in /tmp', () => {
    expect(reported('tests/e2e/x.spec.ts', "const PAGES = '/home/runner/pages';")).toEqual([
      "'/home/runner/pages'",
    ]);
    expect(reported('tools/bench/x.ts', 'args: [`--user-data-dir=/tmp/bench-profile`]')).toEqual([
      '`--user-data-dir=/tmp/bench-profile`',
    ]);
  });

  it('relative paths that climb above the root, resolved against the file’s folder', () => {
    expect(
      reported(
        'tools/pack/importers/wikidata.test.ts',
        "const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/wikidata');",
      ),
    ).toEqual(["'../../../../shared/corpus/wikidata'"]);
    expect(
      reported(
        'tests/article/corpus.ts',
        "resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')",
      ),
    ).toEqual(["'..', '..', '..', 'shared', 'corpus'"]);
    expect(
      reported('tests/unit/x.test.ts', "new URL('../../../seed/first-article.de.txt', import.meta.url)"),
    ).toEqual(["'../../../seed/first-article.de.txt'"]);
  });

  it('the evaluation pages outside tools/eval and the match benchmark', () => {
    const source = "resolve(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'dev')";
    expect(reported('tests/unit/eval.test.ts', source)).toEqual([
      "'..', '..', '..', 'shared', 'eval', 'dev'",
    ]);
    expect(reported('package.json', '"eval:test": "tsx tools/eval/run.ts ../shared/eval/test"')).toEqual([
      '"tsx tools/eval/run.ts ../shared/eval/test"',
    ]);
  });

  it('paths in CI scripts, which run from the root', () => {
    expect(findOffences('.ci/run', '#!/usr/bin/env bash\ncp -r ../shared/corpus tests/fixtures/\n')).toEqual([
      { file: '.ci/run', line: 2, text: '../shared/corpus' },
    ]);
  });

  it('a path in a template literal over several lines, at the line it starts', () => {
    expect(findOffences('tools/x.ts', 'const a = 1;\nconst b = `\n  /work/shared/x\n`;')).toEqual([
      { file: 'tools/x.ts', line: 2, text: '`\n  /work/shared/x\n`' },
    ]);
  });
});

describe('check-paths allows', () => {
  it('paths inside the repository', () => {
    expect(
      reported('tools/pack/cli.test.ts', "resolve(import.meta.dirname, '../../tests/fixtures/packs/small')"),
    ).toEqual([]);
    expect(reported('tests/e2e/fixtures.ts', "resolve(import.meta.dirname, '..', 'fixtures')")).toEqual([]);
    expect(
      reported('tests/fixtures/starter-pack.ts', "new URL('../../packs/starter', import.meta.url)"),
    ).toEqual([]);
    expect(reported('lib/store/broken-packs.test.ts', "asked.every((path) => !path.includes('..'))")).toEqual(
      [],
    );
  });

  it('the browsers the tests launch', () => {
    const source =
      "[bundled, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser']";
    expect(reported('tools/find-chromium.ts', source)).toEqual([]);
    expect(reported('tools/find-firefox.ts', "['/usr/bin/firefox-esr', '/usr/bin/firefox']")).toEqual([]);
  });

  it('the optional evaluation pages in tools/eval/run.ts only', () => {
    expect(reported('tools/eval/run.ts', "resolve(import.meta.dirname, '../../../shared/eval/dev')")).toEqual(
      [],
    );
    // The match benchmark takes them from BENCH_EVAL_DIR, never from a path of its own.
    expect(
      reported(
        'tools/bench/match/news-texts.ts',
        "resolve(import.meta.dirname, '../../../../shared/eval/dev')",
      ),
    ).toEqual(["'../../../../shared/eval/dev'"]);
    // The evaluation tools may read the gold-linked corpora too; nothing else may, and nothing else
    // of the shared folder (its design notes, facts) is an input.
    expect(
      reported('tools/eval/news-100.ts', "resolve(import.meta.dirname, '../../../shared/corpus/ner')"),
    ).toEqual([]);
    expect(reported('tools/eval/run.ts', "resolve(import.meta.dirname, '../../../shared/facts')")).toEqual([
      "'../../../shared/facts'",
    ]);
    expect(
      reported('lib/match/x.test.ts', "resolve(import.meta.dirname, '../../../shared/corpus/ner')"),
    ).toEqual(["'../../../shared/corpus/ner'"]);
  });

  it('URLs, temporary folders made at run time, comments and spreads', () => {
    const source = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is source text with a template literal
      'await page.goto(`${siteURL}/first-article.html`);',
      "if (url.pathname.endsWith('/source.html')) return;",
      "fetch('http://127.0.0.1/home/tmp');",
      "const profile = await mkdtemp(join(tmpdir(), 'page-bench-profile-'));",
      '// The people the first article (../shared/seed/first-article.de.txt) names.',
      '/** Real pages of /work/shared/corpus/readability-pages. */',
      'const all = [...seed, ...pages];',
    ].join('\n');
    expect(reported('tests/e2e/x.spec.ts', source)).toEqual([]);
    expect(reported('.ci/run', 'cd "$(dirname "$0")/.."\n# was: ../shared/corpus\n')).toEqual([]);
  });
});

it('checks the code of tests and tools, the unit tests in lib, the configs, package.json and CI', () => {
  const files = filesToCheck();
  for (const file of [
    '.ci/run',
    'package.json',
    'vitest.config.ts',
    'lib/match/match-snapshot.test.ts',
    'tests/article/corpus.ts',
    'tests/fixtures/corpus/paths.ts',
    'tools/check-paths.ts',
    'tools/eval/run.ts',
  ])
    expect(files).toContain(file);
  expect(files).not.toContain('tools/check-paths.test.ts');
  expect(files).not.toContain('lib/match/compile-index.ts');
  expect(files.filter((file) => /\.(?:html|json|txt|md)$/.test(file))).toEqual(['package.json']);
});
