/**
 * SHA-256 (FIPS 180-4, https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.180-4.pdf) of a text's
 * UTF-8 bytes, as lowercase hex: the digest `createHash('sha256').update(text).digest('hex')` of
 * `node:crypto` gives, without loading `node:crypto`. Loading it costs a one-file run more than
 * hashing its few findings here does (README "Performance"); src/engine/fingerprint.ts hands a
 * large text to node:crypto, which is faster per byte once loaded. test/util/sha256.test.ts checks
 * the two agree.
 */
/** The SHA-256 digest of `text` encoded as UTF-8 (lone surrogates as U+FFFD, as node:crypto encodes them), in hex. */
export declare function sha256Hex(text: string): string;
