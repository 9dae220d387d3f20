import { text } from 'node:stream/consumers';
import { runPackTool } from './main';

// `pack inspect <dir> | head` closes stdout early: the reader has seen enough, which is no error
// and no reason for a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`error: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

process.exitCode = await runPackTool(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: () => text(process.stdin),
  stdin: () => process.stdin,
});
