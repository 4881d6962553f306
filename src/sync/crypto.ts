/**
 * Encryption of the sync files: a key derived from the passphrase with scrypt (a fresh salt per
 * device file), each line sealed with AES-256-GCM under its own random nonce. A wrong passphrase or
 * a changed byte fails the authentication instead of giving garbage.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

export interface KdfParams {
  kdf: 'scrypt';
  salt: string;
  N: number;
  r: number;
  p: number;
  /** "rel-sync" sealed with the key: tells a wrong passphrase from a damaged line. */
  check: string;
}

const CHECK = 'rel-sync';
export const SCRYPT = { N: 32768, r: 8, p: 1 } as const;

export function deriveKey(
  passphrase: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r });
}

export function newKdf(passphrase: string): { params: KdfParams; key: Buffer } {
  const salt = randomBytes(16);
  const key = deriveKey(passphrase, salt, SCRYPT);
  return {
    params: { kdf: 'scrypt', salt: salt.toString('base64'), ...SCRYPT, check: seal(key, CHECK) },
    key,
  };
}

/** The key for a file's parameters, or null when the passphrase is not the one it was written with. */
export function openKdf(passphrase: string, params: KdfParams): Buffer | null {
  const key = deriveKey(passphrase, Buffer.from(params.salt, 'base64'), params);
  return unseal(key, params.check) === CHECK ? key : null;
}

export function seal(key: Buffer, text: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([iv, body, c.getAuthTag()]).toString('base64');
}

/** The text, or null when the line was not sealed with this key or was changed. */
export function unseal(key: Buffer, line: string): string | null {
  try {
    const raw = Buffer.from(line, 'base64');
    if (raw.length < 28) return null;
    const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([d.update(raw.subarray(12, raw.length - 16)), d.final()]).toString('utf8');
  } catch {
    return null;
  }
}
