const int lib_primes[16] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};
const char lib_banner[] = "constant banner from libconst";
const struct cfg { int version; char tag[8]; double scale; } lib_cfg = {3, "cfg", 0.125};
const int *lib_primes_addr(void) { return lib_primes; }
const char *lib_banner_addr(void) { return lib_banner; }
const struct cfg *lib_cfg_addr(void) { return &lib_cfg; }
int lib_sum_primes(void) { int s = 0; for (int i = 0; i < 16; i++) s += lib_primes[i]; return s; }
