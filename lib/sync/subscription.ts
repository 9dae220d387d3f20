import { z } from '../schema/zod';

/** A manifest URL a reader may subscribe to: http(s), no credentials, no fragment. */
export const SubscriptionUrl = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.hash
      );
    } catch {
      return false;
    }
  }, 'The address must be an http(s) URL of a pack manifest, without user name, password or #fragment'),
);

/** Base64 of a raw 32-byte Ed25519 public key (the `publicKey` of the pack tool's `.pub` file). */
export const PinnedKey = z
  .string()
  .check(z.trim())
  .check(
    z.regex(/^[A-Za-z0-9+/]{43}=$/, 'The publisher key must be a base64 Ed25519 public key (44 characters)'),
  );

export const SubscriptionRequest = z.strictObject({
  url: SubscriptionUrl,
  pinnedKey: z.optional(PinnedKey),
});
export type SubscriptionRequest = z.infer<typeof SubscriptionRequest>;
