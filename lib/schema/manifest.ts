import { z } from 'zod';
import { LanguageCode, Slug } from './primitives';

export const PACK_FORMAT = 'source-context-pack/1';

export const ShardEntry = z.strictObject({
  /** Relative path inside the pack; never absolute, never `..`. */
  path: z
    .string()
    .min(1)
    .max(300)
    .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]+$/, 'must be a relative path inside the pack'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256'),
  bytes: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
});
export type ShardEntry = z.infer<typeof ShardEntry>;

export const PackSignature = z.strictObject({
  alg: z.literal('ed25519'),
  /** First 16 hex digits of the SHA-256 of the raw public key. */
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** Base64 signature over the canonical manifest without its `signature`. */
  value: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type PackSignature = z.infer<typeof PackSignature>;

export const PackManifest = z.strictObject({
  format: z.literal(PACK_FORMAT),
  id: Slug,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(1000).optional(),
  version: z.number().int().positive(),
  published: z.iso.datetime({ offset: true }).or(z.iso.date()),
  languages: z.array(LanguageCode).min(1),
  shards: z.array(ShardEntry).min(1).max(1000),
  signature: PackSignature.optional(),
});
export type PackManifest = z.infer<typeof PackManifest>;
