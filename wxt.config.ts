import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Chrome MV3 is the main target; `wxt build -b firefox` builds the Firefox variant from the same sources.
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'source-context@source-context.invalid',
              strict_min_version: '140.0',
              // Nothing a reader browses leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
