/*
 * test_sha.c - SHA-1, MD5 and SHA-256 (sha.c) against published test
 * vectors (FIPS 180-4 examples, RFC 1321 appendix A.5, RFC 3174).
 */
#include "unit_util.h"

static void hex(const uint8_t *p, size_t n, char *out) {
  for (size_t i = 0; i < n; i++) sprintf(out + 2 * i, "%02x", p[i]);
}

static const char *sha1_hex(const void *p, size_t n) {
  static char out[41];
  Sha1 s;
  uint8_t d[20];
  sha1_init(&s);
  sha1_update(&s, p, n);
  sha1_final(&s, d);
  hex(d, 20, out);
  return out;
}

static const char *md5_hex(const void *p, size_t n) {
  static char out[33];
  Md5 s;
  uint8_t d[16];
  md5_init(&s);
  md5_update(&s, p, n);
  md5_final(&s, d);
  hex(d, 16, out);
  return out;
}

static const char *sha256_hex(const void *p, size_t n) {
  static char out[65];
  Sha256 s;
  uint8_t d[32];
  sha256_init(&s);
  sha256_update(&s, p, n);
  sha256_final(&s, d);
  hex(d, 32, out);
  return out;
}

static const char abc448[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

static void sha1_abc(void **state) {
  (void)state;
  assert_string_equal(sha1_hex("abc", 3), "a9993e364706816aba3e25717850c26c9cd0d89d");
}

static void sha1_empty(void **state) {
  (void)state;
  assert_string_equal(sha1_hex("", 0), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
}

static void sha1_two_blocks(void **state) {
  (void)state;
  assert_string_equal(sha1_hex(abc448, strlen(abc448)), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

/* One million 'a', fed in uneven chunks so that the partial-block path of
 * sha1_update is exercised. */
static void sha1_million_a(void **state) {
  (void)state;
  static char a[1000];
  memset(a, 'a', sizeof(a));
  Sha1 s;
  uint8_t d[20];
  char out[41];
  sha1_init(&s);
  size_t left = 1000000, k = 0;
  while (left) {
    size_t n = MIN(left, (size_t)(1 + (k++ * 37) % 999));
    sha1_update(&s, a, n);
    left -= n;
  }
  sha1_final(&s, d);
  hex(d, 20, out);
  assert_string_equal(out, "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

static void md5_abc(void **state) {
  (void)state;
  assert_string_equal(md5_hex("abc", 3), "900150983cd24fb0d6963f7d28e17f72");
}

static void md5_empty(void **state) {
  (void)state;
  assert_string_equal(md5_hex("", 0), "d41d8cd98f00b204e9800998ecf8427e");
}

static void md5_rfc1321_suite(void **state) {
  (void)state;
  assert_string_equal(md5_hex("a", 1), "0cc175b9c0f1b6a831c399e269772661");
  assert_string_equal(md5_hex("message digest", 14), "f96b697d7cb7938d525a2f31aaf161d0");
  const char *alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  assert_string_equal(md5_hex(alnum, strlen(alnum)), "d174ab98d277d9f5a5611c2c9f419d9f");
  const char *digits = "12345678901234567890123456789012345678901234567890123456789012345678901234567890";
  assert_string_equal(md5_hex(digits, strlen(digits)), "57edf4a22be3c955ac49da2e2107b67a");
}

static void sha256_abc(void **state) {
  (void)state;
  assert_string_equal(sha256_hex("abc", 3), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void sha256_empty(void **state) {
  (void)state;
  assert_string_equal(sha256_hex("", 0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void sha256_two_blocks(void **state) {
  (void)state;
  assert_string_equal(sha256_hex(abc448, strlen(abc448)),
                      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

/* Lengths around the 55/56/64-byte padding boundaries: one-shot and
 * byte-at-a-time updates must agree, and 56 bytes needs a second block. */
static void sha256_incremental_matches_oneshot(void **state) {
  (void)state;
  uint8_t msg[130];
  for (size_t i = 0; i < sizeof(msg); i++) msg[i] = (uint8_t)(i * 7 + 3);
  size_t lens[] = {55, 56, 63, 64, 65, 119, 120, 128};
  for (size_t k = 0; k < ARRAY_SIZE(lens); k++) {
    char one[65], inc[65];
    strcpy(one, sha256_hex(msg, lens[k]));
    Sha256 s;
    uint8_t d[32];
    sha256_init(&s);
    for (size_t i = 0; i < lens[k]; i++) sha256_update(&s, msg + i, 1);
    sha256_final(&s, d);
    hex(d, 32, inc);
    assert_string_equal(one, inc);
  }
  /* a known 56-byte-boundary vector: 'a' x 56 */
  char a56[56];
  memset(a56, 'a', sizeof(a56));
  assert_string_equal(sha256_hex(a56, 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
}

/* Differential: the digests of assorted lengths (block boundaries, many
 * blocks per update) agree with coreutils' sha1sum, md5sum and sha256sum. */
static void matches_coreutils(void **state) {
  (void)state;
  if (system("command -v sha1sum md5sum sha256sum >/dev/null 2>&1") != 0) skip();
  char *dir = tmpdir_new();
  static uint8_t msg[5000];
  for (size_t i = 0; i < sizeof(msg); i++) msg[i] = (uint8_t)(i * 131 + (i >> 7));
  const size_t lens[] = {0, 1, 55, 56, 63, 64, 65, 119, 127, 128, 129, 200, 1000, 4113};
  for (size_t k = 0; k < ARRAY_SIZE(lens); k++) {
    char *p = write_file(dir, "m.bin", msg, lens[k]);
    const char *tools[] = {"sha1sum", "md5sum", "sha256sum"};
    for (int t = 0; t < 3; t++) {
      char cmd[512], want[80] = {0};
      snprintf(cmd, sizeof(cmd), "%s %s", tools[t], p);
      FILE *fp = popen(cmd, "r");
      assert_non_null(fp);
      assert_non_null(fgets(want, sizeof(want), fp));
      pclose(fp);
      const char *got = t == 0 ? sha1_hex(msg, lens[k]) : t == 1 ? md5_hex(msg, lens[k]) : sha256_hex(msg, lens[k]);
      size_t n = strlen(got);
      want[n] = 0;
      if (strcmp(got, want)) fail_msg("%s of %zu bytes: weld %s, coreutils %s", tools[t], lens[k], got, want);
    }
    free(p);
  }
  tmpdir_remove(dir);
}

/* hash128 (util.c), the build-id's fast chunk digest: every one-byte change
 * and every length of a block gives a different digest, and the value is
 * pinned so that build-ids stay the same from one weld version to the next. */
static void hash128_distinguishes(void **state) {
  (void)state;
  enum { N = 1000 };
  uint8_t buf[N + 64];
  for (size_t i = 0; i < sizeof(buf); i++) buf[i] = (uint8_t)(i * 131 + 7);
  uint8_t (*seen)[16] = malloc((N + 2 * 97) * 16);
  size_t k = 0;
  for (size_t len = 0; len <= N; len += 10) hash128(buf, len, seen[k++]); /* lengths, incl. zero tails */
  for (size_t pos = 0; pos < N; pos += 11) {                            /* flipped bits */
    buf[pos] ^= 0x20;
    hash128(buf, N, seen[k++]);
    buf[pos] ^= 0x20;
  }
  for (size_t i = 0; i < k; i++)
    for (size_t j = i + 1; j < k; j++)
      if (!memcmp(seen[i], seen[j], 16)) fail_msg("hash128 collision between inputs %zu and %zu", i, j);
  free(seen);
}

static void hash128_pinned(void **state) {
  (void)state;
  uint8_t d[16];
  char out[33];
  hash128("", 0, d);
  hex(d, 16, out);
  assert_string_equal(out, "d400c3cd8f1d7e74a2e67d5fe57aa2c4");
  hash128(abc448, strlen(abc448), d);
  hex(d, 16, out);
  assert_string_equal(out, "76afe307ba6300c275b1992c1dc11c51");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(hash128_distinguishes), cmocka_unit_test(hash128_pinned),
      cmocka_unit_test(sha1_abc),        cmocka_unit_test(sha1_empty),
      cmocka_unit_test(sha1_two_blocks), cmocka_unit_test(sha1_million_a),
      cmocka_unit_test(md5_abc),         cmocka_unit_test(md5_empty),
      cmocka_unit_test(md5_rfc1321_suite), cmocka_unit_test(sha256_abc),
      cmocka_unit_test(sha256_empty),    cmocka_unit_test(sha256_two_blocks),
      cmocka_unit_test(sha256_incremental_matches_oneshot),
      cmocka_unit_test(matches_coreutils),
  };
  return cmocka_run_group_tests_name("sha", tests, NULL, NULL);
}
