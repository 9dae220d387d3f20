import { describe, expect, it } from 'vitest';
import { isSiteDisabled, siteKey } from './site-key';

describe('sites switched off', () => {
  it('are stored without www and in lower case', () => {
    expect(siteKey('WWW.Example.COM')).toBe('example.com');
  });

  it('cover their subdomains but not other domains that end alike', () => {
    const settings = { disabledSites: ['example.com', 'news.test'] };
    const off = (host: string) => isSiteDisabled(settings, host);
    expect(['example.com', 'www.example.com', 'a.example.com', 'NEWS.test'].map(off)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['example.org', 'badexample.com', 'test'].map(off)).toEqual([false, false, false]);
  });
});
