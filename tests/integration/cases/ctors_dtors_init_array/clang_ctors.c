/* clang -fno-use-init-array: .ctors, .ctors.(65535-N), .dtors.(65535-N) */
void trace(const char *what);

__attribute__((constructor(101))) static void k_prio101(void) { trace("clang constructor(101)"); }
__attribute__((constructor(300))) static void k_prio300(void) { trace("clang constructor(300)"); }
__attribute__((constructor(300))) static void k_prio300b(void) { trace("clang constructor(300) second"); }
__attribute__((constructor)) static void k_plain(void) { trace("clang constructor"); }
__attribute__((constructor)) static void k_plain2(void) { trace("clang constructor second"); }
__attribute__((destructor(200))) static void k_dprio200(void) { trace("clang destructor(200)"); }
__attribute__((destructor)) static void k_dplain(void) { trace("clang destructor"); }
__attribute__((destructor)) static void k_dplain2(void) { trace("clang destructor second"); }
