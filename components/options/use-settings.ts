import { useEffect, useState } from 'preact/hooks';
import { readSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';

/**
 * The reader's settings, straight from `browser.storage.local` and following its changes (another
 * options tab, the popup's switch). Saving writes the whole object: the content script reads it whole.
 */
export function useSettings(): [Settings | undefined, (patch: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    browser.storage.local.get(SETTINGS_KEY).then((stored) => setSettings(readSettings(stored[SETTINGS_KEY])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area === 'local' && change) setSettings(readSettings(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const save = async (patch: Partial<Settings>) => {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    const next = { ...readSettings(stored[SETTINGS_KEY]), ...patch };
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    setSettings(next);
  };
  return [settings, save];
}
