/**
 * Hand-written parsers for what reaches the content script: the background's replies, the
 * background's commands and the stored settings. They accept exactly what the zod schemas in
 * `protocol.ts` and `../settings.ts` accept (content-parse.test.ts checks both on the same
 * samples; those schemas stay the source of truth) — without bundling zod into a script that
 * runs on every page (zod alone is about 60 KB of the 40 KB budget).
 */

export interface ContentTextMatch {
  kind: 'entity' | 'claim';
  id: string;
  block: number;
  start: number;
  end: number;
  alias?: string;
  evidence?: string;
  own?: true;
}

export interface StepMarksCommand {
  type: 'step-marks';
  direction: 'next' | 'previous';
}

/** The popup's request to show the first mark of an entity or claim. */
export interface RevealMarkCommand {
  type: 'reveal-mark';
  kind: 'entity' | 'claim';
  id: string;
}

export interface ContentSettings {
  disabledSites: string[];
  hoverDelayMs: number;
  markStyle: 'underline' | 'background' | 'off';
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasOnlyKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).every((key) => keys.includes(key));
const isCount = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min;
const isOptionalText = (value: unknown) =>
  value === undefined || (typeof value === 'string' && value.length <= 200);

const MATCH_KEYS = ['kind', 'id', 'block', 'start', 'end', 'alias', 'evidence', 'own'] as const;

function isTextMatch(value: unknown): value is ContentTextMatch {
  if (!isRecord(value) || !hasOnlyKeys(value, MATCH_KEYS)) return false;
  return (
    (value.kind === 'entity' || value.kind === 'claim') &&
    typeof value.id === 'string' &&
    value.id.length <= 120 &&
    SLUG.test(value.id) &&
    isCount(value.block, 0) &&
    isCount(value.start, 0) &&
    isCount(value.end, 1) &&
    isOptionalText(value.alias) &&
    isOptionalText(value.evidence) &&
    (value.own === undefined || value.own === true)
  );
}

/** The matches of an `analyze` reply; throws on an error reply or a reply of the wrong shape. */
export function parseAnalyzeReply(reply: unknown): ContentTextMatch[] {
  if (!isRecord(reply)) throw new Error('malformed reply');
  if (reply.ok === false && typeof reply.error === 'string' && hasOnlyKeys(reply, ['ok', 'error'])) {
    throw new Error(reply.error);
  }
  if (reply.ok !== true || !hasOnlyKeys(reply, ['ok', 'value'])) throw new Error('malformed reply');
  const value = reply.value;
  if (!isRecord(value) || !hasOnlyKeys(value, ['matches']) || !Array.isArray(value.matches)) {
    throw new Error('malformed analyze result');
  }
  if (!value.matches.every(isTextMatch)) throw new Error('malformed match in analyze result');
  return value.matches;
}

/** A `step-marks` command from the background, or undefined for any other message. */
export function parseStepMarks(message: unknown): StepMarksCommand | undefined {
  if (!isRecord(message) || message.type !== 'step-marks' || !hasOnlyKeys(message, ['type', 'direction'])) {
    return undefined;
  }
  return message.direction === 'next' || message.direction === 'previous'
    ? { type: 'step-marks', direction: message.direction }
    : undefined;
}

/** A `reveal-mark` request from the popup, or undefined for any other message. */
export function parseRevealMark(message: unknown): RevealMarkCommand | undefined {
  if (!isRecord(message) || message.type !== 'reveal-mark' || !hasOnlyKeys(message, ['type', 'kind', 'id'])) {
    return undefined;
  }
  const { kind, id } = message;
  return (kind === 'entity' || kind === 'claim') &&
    typeof id === 'string' &&
    id.length <= 120 &&
    SLUG.test(id)
    ? { type: 'reveal-mark', kind, id }
    : undefined;
}

const DEFAULTS: ContentSettings = { disabledSites: [], hoverDelayMs: 500, markStyle: 'underline' };

/** The settings as `readSettings` reads them: anything unreadable falls back, field by field. */
export function parseSettings(stored: unknown): ContentSettings {
  const record = isRecord(stored) ? stored : {};
  const sites = record.disabledSites;
  const delay = record.hoverDelayMs;
  const style = record.markStyle;
  return {
    disabledSites:
      Array.isArray(sites) &&
      sites.length <= 10_000 &&
      sites.every((site) => typeof site === 'string' && site.length <= 253)
        ? sites
        : DEFAULTS.disabledSites,
    hoverDelayMs: isCount(delay, 0) && delay <= 5_000 ? delay : DEFAULTS.hoverDelayMs,
    markStyle:
      style === 'underline' || style === 'background' || style === 'off' ? style : DEFAULTS.markStyle,
  };
}
