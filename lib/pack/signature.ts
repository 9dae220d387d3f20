import type { PackManifest } from '../schema/manifest';
import { z } from '../schema/zod';
import { fromBase64, toBase64 } from './base64';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './digest';

const ED25519 = { name: 'Ed25519' } as const;
const KEY_FORMAT = 'source-context-key/1';
const Base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'));
const KeyId = z.string().check(z.regex(/^[0-9a-f]{16}$/, 'must be 16 lowercase hex digits'));

/** `<prefix>.pub`: safe to publish; subscribers pin `publicKey`. */
export const PublicKeyFile = z.strictObject({
  format: z.literal(KEY_FORMAT),
  alg: z.literal('ed25519'),
  keyId: KeyId,
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: Base64,
});
export type PublicKeyFile = z.infer<typeof PublicKeyFile>;

/** `<prefix>.key`: the signing key; stays with the pack's publisher. */
export const PrivateKeyFile = z.extend(PublicKeyFile, {
  /** The PKCS #8 private key, base64. */
  privateKey: Base64,
});
export type PrivateKeyFile = z.infer<typeof PrivateKeyFile>;

/** The first 16 hex digits of the SHA-256 of the raw public key. */
export async function keyIdOf(rawPublicKey: Uint8Array): Promise<string> {
  return (await sha256Hex(rawPublicKey)).slice(0, 16);
}

/** The bytes a signature covers: the canonical JSON of the manifest without `signature`, UTF-8. */
export function signedManifestBytes(manifest: PackManifest): Uint8Array {
  const { signature: _ignored, ...unsigned } = manifest;
  return new TextEncoder().encode(canonicalJson(unsigned));
}

export async function generateKeyPair(): Promise<{ privateFile: PrivateKeyFile; publicFile: PublicKeyFile }> {
  const pair = (await globalThis.crypto.subtle.generateKey(ED25519, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicFile: PublicKeyFile = {
    format: KEY_FORMAT,
    alg: 'ed25519',
    keyId: await keyIdOf(raw),
    publicKey: toBase64(raw),
  };
  return { publicFile, privateFile: { ...publicFile, privateKey: toBase64(pkcs8) } };
}

export async function signManifest(manifest: PackManifest, key: PrivateKeyFile): Promise<PackManifest> {
  const privateKey = await globalThis.crypto.subtle.importKey(
    'pkcs8',
    fromBase64(key.privateKey) as BufferSource,
    ED25519,
    false,
    ['sign'],
  );
  const value = new Uint8Array(
    await globalThis.crypto.subtle.sign(ED25519, privateKey, signedManifestBytes(manifest) as BufferSource),
  );
  return { ...manifest, signature: { alg: 'ed25519', keyId: key.keyId, value: toBase64(value) } };
}

/** Why the manifest's signature does not prove it comes from `publicKey` (base64 raw), or null. */
export async function signatureProblem(manifest: PackManifest, publicKey: string): Promise<string | null> {
  if (!manifest.signature) return 'the pack is not signed, but a public key is pinned';
  const raw = fromBase64(publicKey);
  const keyId = await keyIdOf(raw);
  if (manifest.signature.keyId !== keyId) {
    return `signed with key ${manifest.signature.keyId}, but the pinned key is ${keyId}`;
  }
  try {
    const key = await globalThis.crypto.subtle.importKey('raw', raw as BufferSource, ED25519, false, [
      'verify',
    ]);
    const valid = await globalThis.crypto.subtle.verify(
      ED25519,
      key,
      fromBase64(manifest.signature.value) as BufferSource,
      signedManifestBytes(manifest) as BufferSource,
    );
    return valid ? null : 'the signature does not match the manifest';
  } catch {
    return 'the signature or the pinned key is malformed';
  }
}
