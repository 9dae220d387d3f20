import { LanguageCode, Slug } from './primitives';
import { z } from './zod';

export const PACK_FORMAT = 'source-context-pack/1';

export const ShardEntry = z.strictObject({
  /** Relative path inside the pack; never absolute, never `..`. */
  path: z
    .string()
    .check(z.minLength(1))
    .check(z.maxLength(300))
    .check(
      z.regex(
        /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]+$/,
        'must be a relative path inside the pack',
      ),
    ),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256')),
  bytes: z.int().check(z.nonnegative()),
  records: z.int().check(z.nonnegative()),
});
export type ShardEntry = z.infer<typeof ShardEntry>;

export const PackSignature = z.strictObject({
  alg: z.literal('ed25519'),
  /** First 16 hex digits of the SHA-256 of the raw public key. */
  keyId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  /** Base64 signature over the canonical manifest without its `signature`. */
  value: z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/)),
});
export type PackSignature = z.infer<typeof PackSignature>;

export const PackManifest = z.strictObject({
  format: z.literal(PACK_FORMAT),
  id: Slug,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  description: z.optional(z.string().check(z.maxLength(1000))),
  version: z.int().check(z.positive()),
  published: z.union([z.iso.datetime({ offset: true }), z.iso.date()]),
  languages: z.array(LanguageCode).check(z.minLength(1)),
  shards: z.array(ShardEntry).check(z.minLength(1), z.maxLength(1000)),
  signature: z.optional(PackSignature),
});
export type PackManifest = z.infer<typeof PackManifest>;
