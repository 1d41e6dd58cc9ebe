/*
 * sha.c - SHA-1, MD5 and SHA-256, written from FIPS 180-4 and RFC 1321.
 * Used for --build-id (sha1, md5) and for the link report (sha256).
 */
#include "weld.h"

static uint32_t rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static uint32_t be32(const uint8_t *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* ---------------------------------------------------------------- SHA-1 */

static void sha1_block(Sha1 *s, const uint8_t *p) {
  uint32_t w[80];
  for (int i = 0; i < 16; i++) w[i] = be32(p + 4 * i);
  for (int i = 16; i < 80; i++) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4];
  for (int i = 0; i < 80; i++) {
    uint32_t f, k;
    if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
    else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
    else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
    else { f = b ^ c ^ d; k = 0xca62c1d6; }
    uint32_t t = rol(a, 5) + f + e + k + w[i];
    e = d; d = c; c = rol(b, 30); b = a; a = t;
  }
  s->h[0] += a; s->h[1] += b; s->h[2] += c; s->h[3] += d; s->h[4] += e;
}

/* The same compression with the SHA extensions (Intel SHA-NI), used when
 * the CPU has them: SHA1RNDS4 does four rounds, SHA1NEXTE derives E,
 * SHA1MSG1/SHA1MSG2 extend the message schedule. */
#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>

__attribute__((target("sha,sse4.1"))) static void sha1_blocks_ni(uint32_t h[5], const uint8_t *p, size_t n) {
  const __m128i mask = _mm_set_epi64x(0x0001020304050607ULL, 0x08090a0b0c0d0e0fULL);
  __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)h), 0x1b);
  __m128i e0 = _mm_set_epi32((int)h[4], 0, 0, 0);
  for (; n; n--, p += 64) {
    __m128i abcd_save = abcd, e0_save = e0, e1;
    __m128i m[4];
    for (int i = 0; i < 4; i++) m[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * i)), mask);
    e1 = e0; /* silences -Wmaybe-uninitialized; overwritten in group 0 */
    /* unrolled, the switch and the register choices resolve at compile time */
#pragma GCC unroll 20
    for (int g = 0; g < 20; g++) {
      __m128i cur = m[g & 3];
      __m128i *e = (g & 1) ? &e1 : &e0;
      if (g == 0) e0 = _mm_add_epi32(e0, cur);
      else *e = _mm_sha1nexte_epu32(*e, cur);
      if (g & 1) e0 = abcd;
      else e1 = abcd;
      if (g >= 3 && g <= 18) m[(g + 1) & 3] = _mm_sha1msg2_epu32(m[(g + 1) & 3], cur);
      switch (g / 5) {
      case 0: abcd = _mm_sha1rnds4_epu32(abcd, *e, 0); break;
      case 1: abcd = _mm_sha1rnds4_epu32(abcd, *e, 1); break;
      case 2: abcd = _mm_sha1rnds4_epu32(abcd, *e, 2); break;
      default: abcd = _mm_sha1rnds4_epu32(abcd, *e, 3); break;
      }
      if (g >= 1 && g <= 16) m[(g + 3) & 3] = _mm_sha1msg1_epu32(m[(g + 3) & 3], cur);
      if (g >= 2 && g <= 17) m[(g + 2) & 3] = _mm_xor_si128(m[(g + 2) & 3], cur);
    }
    /* after round 79 the E for the next block is in e0 */
    e0 = _mm_sha1nexte_epu32(e0, e0_save);
    abcd = _mm_add_epi32(abcd, abcd_save);
  }
  _mm_storeu_si128((__m128i *)h, _mm_shuffle_epi32(abcd, 0x1b));
  h[4] = (uint32_t)_mm_extract_epi32(e0, 3);
}

static bool have_sha_ni(void) {
  unsigned a, b, c, d;
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
  bool sha = (b >> 29) & 1;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
  return sha && ((c >> 19) & 1); /* SSE4.1 */
}

static void sha1_blocks(Sha1 *s, const uint8_t *p, size_t n) {
  static atomic_int ni = -1; /* set once; every thread computes the same answer */
  int v = atomic_load_explicit(&ni, memory_order_relaxed);
  if (v < 0) {
    v = have_sha_ni();
    atomic_store_explicit(&ni, v, memory_order_relaxed);
  }
  if (v) {
    sha1_blocks_ni(s->h, p, n);
    return;
  }
  for (; n; n--, p += 64) sha1_block(s, p);
}
#else
static void sha1_blocks(Sha1 *s, const uint8_t *p, size_t n) {
  for (; n; n--, p += 64) sha1_block(s, p);
}
#endif

void sha1_init(Sha1 *s) {
  static const uint32_t iv[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
  memcpy(s->h, iv, sizeof(iv));
  s->len = 0;
  s->nbuf = 0;
}

void sha1_update(Sha1 *s, const void *data, size_t n) {
  const uint8_t *p = data;
  s->len += n;
  if (s->nbuf) {
    size_t k = MIN(64 - s->nbuf, n);
    memcpy(s->buf + s->nbuf, p, k);
    s->nbuf += k; p += k; n -= k;
    if (s->nbuf < 64) return;
    sha1_blocks(s, s->buf, 1);
    s->nbuf = 0;
  }
  sha1_blocks(s, p, n / 64);
  p += n / 64 * 64;
  n %= 64;
  memcpy(s->buf, p, n);
  s->nbuf = n;
}

void sha1_final(Sha1 *s, uint8_t out[20]) {
  uint64_t bits = s->len * 8;
  uint8_t pad = 0x80;
  sha1_update(s, &pad, 1);
  uint8_t z = 0;
  while (s->nbuf != 56) sha1_update(s, &z, 1);
  uint8_t l[8];
  for (int i = 0; i < 8; i++) l[i] = (uint8_t)(bits >> (56 - 8 * i));
  sha1_update(s, l, 8);
  for (int i = 0; i < 5; i++) {
    out[4 * i] = (uint8_t)(s->h[i] >> 24);
    out[4 * i + 1] = (uint8_t)(s->h[i] >> 16);
    out[4 * i + 2] = (uint8_t)(s->h[i] >> 8);
    out[4 * i + 3] = (uint8_t)s->h[i];
  }
}

/* ------------------------------------------------------------------ MD5 */

static const uint32_t md5_k[64] = {
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
static const uint8_t md5_r[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                  5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                                  4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                  6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};

static void md5_block(Md5 *s, const uint8_t *p) {
  uint32_t m[16];
  for (int i = 0; i < 16; i++) m[i] = rd32(p + 4 * i);
  uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3];
  for (int i = 0; i < 64; i++) {
    uint32_t f;
    int g;
    if (i < 16) { f = (b & c) | (~b & d); g = i; }
    else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
    else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
    else { f = c ^ (b | ~d); g = (7 * i) % 16; }
    uint32_t t = d;
    d = c;
    c = b;
    b = b + rol(a + f + md5_k[i] + m[g], md5_r[i]);
    a = t;
  }
  s->h[0] += a; s->h[1] += b; s->h[2] += c; s->h[3] += d;
}

void md5_init(Md5 *s) {
  s->h[0] = 0x67452301; s->h[1] = 0xefcdab89; s->h[2] = 0x98badcfe; s->h[3] = 0x10325476;
  s->len = 0;
  s->nbuf = 0;
}

void md5_update(Md5 *s, const void *data, size_t n) {
  const uint8_t *p = data;
  s->len += n;
  if (s->nbuf) {
    size_t k = MIN(64 - s->nbuf, n);
    memcpy(s->buf + s->nbuf, p, k);
    s->nbuf += k; p += k; n -= k;
    if (s->nbuf < 64) return;
    md5_block(s, s->buf);
    s->nbuf = 0;
  }
  for (; n >= 64; p += 64, n -= 64) md5_block(s, p);
  memcpy(s->buf, p, n);
  s->nbuf = n;
}

void md5_final(Md5 *s, uint8_t out[16]) {
  uint64_t bits = s->len * 8;
  uint8_t pad = 0x80, z = 0;
  md5_update(s, &pad, 1);
  while (s->nbuf != 56) md5_update(s, &z, 1);
  uint8_t l[8];
  wr64(l, bits);
  md5_update(s, l, 8);
  for (int i = 0; i < 4; i++) wr32(out + 4 * i, s->h[i]);
}

/* -------------------------------------------------------------- SHA-256 */

static const uint32_t sha256_k[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static void sha256_block(Sha256 *s, const uint8_t *p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++) w[i] = be32(p + 4 * i);
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3];
  uint32_t e = s->h[4], f = s->h[5], g = s->h[6], h = s->h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t S1 = ror(e, 6) ^ ror(e, 11) ^ ror(e, 25);
    uint32_t ch = (e & f) ^ (~e & g);
    uint32_t t1 = h + S1 + ch + sha256_k[i] + w[i];
    uint32_t S0 = ror(a, 2) ^ ror(a, 13) ^ ror(a, 22);
    uint32_t mj = (a & b) ^ (a & c) ^ (b & c);
    uint32_t t2 = S0 + mj;
    h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  s->h[0] += a; s->h[1] += b; s->h[2] += c; s->h[3] += d;
  s->h[4] += e; s->h[5] += f; s->h[6] += g; s->h[7] += h;
}

void sha256_init(Sha256 *s) {
  static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  memcpy(s->h, iv, sizeof(iv));
  s->len = 0;
  s->nbuf = 0;
}

void sha256_update(Sha256 *s, const void *data, size_t n) {
  const uint8_t *p = data;
  s->len += n;
  if (s->nbuf) {
    size_t k = MIN(64 - s->nbuf, n);
    memcpy(s->buf + s->nbuf, p, k);
    s->nbuf += k; p += k; n -= k;
    if (s->nbuf < 64) return;
    sha256_block(s, s->buf);
    s->nbuf = 0;
  }
  for (; n >= 64; p += 64, n -= 64) sha256_block(s, p);
  memcpy(s->buf, p, n);
  s->nbuf = n;
}

void sha256_final(Sha256 *s, uint8_t out[32]) {
  uint64_t bits = s->len * 8;
  uint8_t pad = 0x80, z = 0;
  sha256_update(s, &pad, 1);
  while (s->nbuf != 56) sha256_update(s, &z, 1);
  uint8_t l[8];
  for (int i = 0; i < 8; i++) l[i] = (uint8_t)(bits >> (56 - 8 * i));
  sha256_update(s, l, 8);
  for (int i = 0; i < 8; i++) {
    out[4 * i] = (uint8_t)(s->h[i] >> 24);
    out[4 * i + 1] = (uint8_t)(s->h[i] >> 16);
    out[4 * i + 2] = (uint8_t)(s->h[i] >> 8);
    out[4 * i + 3] = (uint8_t)s->h[i];
  }
}
