import { runPackTool } from './main';

/** The pack tool run in-process, as tests drive it: its exit code and the lines it wrote. */
export async function runInProcess(args: readonly string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPackTool(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => stdin,
  });
  return { code, out, err };
}
