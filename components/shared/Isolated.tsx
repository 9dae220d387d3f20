/*
 * Bidi isolation for pack text (UAX #9, HTML's <bdi>). A record's text may hold right-to-left
 * characters, or override characters such as U+202E; without isolation they reorder what stands
 * beside them — a publisher's name flipped the title and date after it (issue 15). Every field
 * from a pack is therefore its own isolate: inline text in <bdi>, whole elements with `dir="auto"`
 * (which HTML renders with `unicode-bidi: isolate`).
 */

/** Stands for the value inside a message: a private-use character no message contains. */
const SLOT = '\u{F8FF}';

/**
 * A localised message with one pack text in it, the text isolated: `message` is called with a
 * placeholder and the value is put where the placeholder comes back.
 */
/** The text of a message before and after its one placeholder, or undefined when it has not one. */
export function aroundPlaceholder(message: (slot: string) => string): [string, string] | undefined {
  const parts = message(SLOT).split(SLOT);
  return parts.length === 2 ? [parts[0]!, parts[1]!] : undefined;
}

export function MessageWithIsolated({
  message,
  value,
}: {
  message: (slot: string) => string;
  value: string;
}) {
  const parts = message(SLOT).split(SLOT);
  if (parts.length !== 2) return <>{message(value)}</>;
  return (
    <>
      {parts[0]}
      <bdi>{value}</bdi>
      {parts[1]}
    </>
  );
}
