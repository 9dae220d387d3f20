import type { ViewMessage } from './frame-protocol';

/**
 * The zod-free part of the card's protocol (lib/card/frame-protocol.ts), for the host script that
 * is injected into pages (`card.js`): port names and a hand parser of what the card's frame says.
 * Without zod the host is a few kilobytes instead of 90; `ports.test.ts` proves the parser accepts
 * exactly what the `ViewMessage` schema accepts.
 */

/** The page `card.js` frames: web-accessible, at the extension's origin. */
export const CARD_VIEW_PATH = '/card-view.html';

const HOST_PORT = 'card-host:';
const VIEW_PORT = 'card-view:';
/** The token that pairs one host with its frame: random, from `crypto.randomUUID()`. */
const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function hostPortName(token: string): string {
  return HOST_PORT + token;
}
export function viewPortName(token: string): string {
  return VIEW_PORT + token;
}

/** Which side a port name belongs to, and its token; undefined for any other port. */
export function parsePortName(name: string): { side: 'host' | 'view'; token: string } | undefined {
  const side = name.startsWith(HOST_PORT) ? 'host' : name.startsWith(VIEW_PORT) ? 'view' : undefined;
  if (!side) return undefined;
  const token = name.slice((side === 'host' ? HOST_PORT : VIEW_PORT).length);
  return TOKEN.test(token) ? { side, token } : undefined;
}

const MAX_HEIGHT = 100_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

/** A message from the card's frame, or undefined for anything else. */
export function parseViewMessage(value: unknown): ViewMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'closed') return hasOnlyKeys(value, ['type']) ? { type: 'closed' } : undefined;
  if (value.type !== 'size' || !hasOnlyKeys(value, ['type', 'seq', 'height'])) return undefined;
  const { seq, height } = value;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return undefined;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) {
    return undefined;
  }
  return { type: 'size', seq, height };
}
