import { describe, expect, it } from 'vitest';
import type { StarterInstallResult } from '../store/starter-pack';
import { starterGate } from './starter-ready';

const INSTALLED: StarterInstallResult = { ok: true, packId: 'starter', version: 1, upToDate: true };

function fakeInstall(outcomes: (StarterInstallResult | Error)[]) {
  const install = async () => {
    install.calls += 1;
    const outcome = outcomes.shift() ?? INSTALLED;
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  install.calls = 0;
  return install;
}

describe('the starter gate', () => {
  it('starts the install at once and shares it with the requests that arrive meanwhile', async () => {
    const install = fakeInstall([INSTALLED]);
    const ready = starterGate({ install, log: () => undefined });
    expect(await Promise.all([ready(async () => 1), ready(async () => 2)])).toEqual([1, 2]);
    expect(await ready(async () => 3)).toBe(3);
    expect(install.calls).toBe(1);
  });

  it('logs a failed install, still answers, and tries again on the next request', async () => {
    const install = fakeInstall([new Error('QuotaExceededError'), INSTALLED]);
    const logged: string[] = [];
    const ready = starterGate({ install, log: (message) => logged.push(message) });
    expect(await ready(async () => 'first')).toBe('first');
    expect(logged).toEqual(['could not install the built-in starter pack; trying again on the next request']);
    expect(await ready(async () => 'second')).toBe('second');
    expect(install.calls).toBe(2);
    expect(await ready(async () => 'third')).toBe('third');
    expect(install.calls).toBe(2);
  });

  it('logs an invalid starter pack once and does not read it again', async () => {
    const install = fakeInstall([{ ok: false, errors: [] }]);
    const logged: string[] = [];
    const ready = starterGate({ install, log: (message) => logged.push(message) });
    await ready(async () => undefined);
    await ready(async () => undefined);
    expect(logged).toEqual(['the built-in starter pack is invalid']);
    expect(install.calls).toBe(1);
  });
});
