/* gcc: constructor(N)/destructor(N) become .init_array.NNNNN/.fini_array.NNNNN;
 * function pointers put into .ctors/.dtors by hand (one section of three
 * words, reversed by the link).  aligned(8): gcc would align arrays of 16
 * bytes or more to 16, and the zero padding before one in .init_array
 * would be called (with either linker). */
void trace(const char *what);

__attribute__((constructor(101))) static void c_prio101(void) { trace("c constructor(101)"); }
__attribute__((constructor(65000))) static void c_prio65000(void) { trace("c constructor(65000)"); }
__attribute__((constructor)) static void c_plain(void) { trace("c constructor"); }
__attribute__((destructor(101))) static void c_dprio101(void) { trace("c destructor(101)"); }
__attribute__((destructor)) static void c_dplain(void) { trace("c destructor"); }

static void c_ctors1(void) { trace("c .ctors[0]"); }
static void c_ctors2(void) { trace("c .ctors[1]"); }
static void c_ctors3(void) { trace("c .ctors[2]"); }
__attribute__((section(".ctors"), used, aligned(8))) static void (*c_ctors[])(void) = {c_ctors1, c_ctors2, c_ctors3};

static void c_ctors_p(void) { trace("c .ctors.65434 (= priority 101)"); }
__attribute__((section(".ctors.65434"), used, aligned(8))) static void (*c_ctors_prio[])(void) = {c_ctors_p};

static void c_dtors1(void) { trace("c .dtors[0]"); }
static void c_dtors2(void) { trace("c .dtors[1]"); }
__attribute__((section(".dtors"), used, aligned(8))) static void (*c_dtors[])(void) = {c_dtors1, c_dtors2};

static void c_dtors_p(void) { trace("c .dtors.65000 (= priority 535)"); }
__attribute__((section(".dtors.65000"), used, aligned(8))) static void (*c_dtors_prio[])(void) = {c_dtors_p};

static void c_raw_init(void) { trace("c raw .init_array"); }
__attribute__((section(".init_array"), used, aligned(8))) static void (*c_raw[])(void) = {c_raw_init};
