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
    // storage: settings and per-tab summaries; scripting: the hover card is injected on first
    // hover only; alarms: periodic pack sync. Host access covers the card's injection into the
    // pages the content script runs on and the subscribed packs' URLs.
    permissions: ['storage', 'scripting', 'alarms'],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextMark__',
      },
      'previous-mark': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousMark__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    // The hover card is this extension page, framed into the pages the content script runs on:
    // a page can neither read it nor see what the reader types into it (issue 15).
    web_accessible_resources: [{ resources: ['card-view.html'], matches: ['http://*/*', 'https://*/*'] }],
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
