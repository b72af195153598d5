import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/**
 * SHA-256 of a UTF-8 string as 64 hex digits, with @noble/hashes (audited, synchronous, no Node
 * or DOM: the template runs in Node and in the taskpane).
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
