#!/usr/bin/env bash
# The buildsys tier: real build systems with only the linker swapped.
#
#   tests/buildsys/run.sh [--weld PATH]     (default: /work/main/build/bin/weld)
#   KEEP=1 keeps the scratch directory.
#
# Each case writes a small project into a scratch directory and builds it
# twice, once with weld as the linker and once with GNU ld (ld.bfd), changing
# nothing but the linker flag:
#   gcc/g++:  -B<dir>/ where <dir>/ld runs weld (or is a symlink to ld.bfd)
#   clang:    -fuse-ld=weld with a directory holding ld.weld on PATH
#             (GNU side: -fuse-ld=bfd)
# weld is reached through a logging wrapper, so the test also checks that the
# links really went through weld: the build system's own compiler checks
# during configuration (CMake's ABI detection / autoconf's conftest links)
# and the final executables.  Shared libraries are linked by GNU ld (weld
# cannot link -shared yet).
#
# Cases (PASS/FAIL lines, then "N passed, N failed"):
#   cmake-c            CMake C project: executable + static lib + shared lib,
#                      CheckFunctionExists/CheckLibraryExists into a header;
#                      gcc, default (PIE) and -no-pie
#   cmake-cxx.g++      CMake C++ project (iostream, exceptions across the
#   cmake-cxx.clang++  shared library, std::thread, find_package(Threads))
#   autoconf           autoreconf -fi; ./configure && make with gcc -B
#   configure-checks   the same project with CC=clang LDFLAGS=-fuse-ld=weld
# For each: the configure step must succeed with weld; the detected results
# (CMake's compiler ABI info and check header, autoconf's config.h and
# configure's "checking..." answers) must be identical to GNU ld's; the
# programs' output and exit status must be identical.
set -u
weld=/work/main/build/bin/weld
while [ $# -gt 0 ]; do
  case $1 in
    --weld) weld=$2; shift 2 ;;
    --weld=*) weld=${1#--weld=}; shift ;;
    *) echo "usage: $0 [--weld PATH]" >&2; exit 2 ;;
  esac
done
case $weld in /*) ;; *) weld=$PWD/$weld ;; esac
BFD=${BFD_LD:-/usr/bin/ld.bfd}
STEP_TIMEOUT=${WELD_BUILDSYS_TIMEOUT:-180}
RUN_TIMEOUT=20

pass=0 fail=0
ok() { echo "PASS $1${2:+ ($2)}"; pass=$((pass + 1)); }
bad() { echo "FAIL $1: $2"; fail=$((fail + 1)); }
finish() { echo "$pass passed, $fail failed"; [ "$fail" = 0 ]; exit $?; }

if [ ! -x "$weld" ]; then bad setup "no weld at $weld (run make)"; finish; fi
for t in gcc g++ clang clang++ cmake make autoreconf automake "$BFD"; do
  command -v "$t" >/dev/null 2>&1 || { bad setup "$t not installed (tests/install-deps.sh)"; finish; }
done

# The projects must see nothing of the caller's build environment.
unset CC CXX CFLAGS CXXFLAGS CPPFLAGS LDFLAGS LIBS MAKEFLAGS MFLAGS MAKELEVEL \
      CMAKE_GENERATOR CMAKE_BUILD_TYPE CMAKE_EXPORT_COMPILE_COMMANDS
export LC_ALL=C

work=$(mktemp -d "${TMPDIR:-/tmp}/weld-buildsys.XXXXXX") || exit 1
cleanup() {
  local j
  for j in $(jobs -p); do kill "$j" 2>/dev/null; done
  wait 2>/dev/null
  if [ -n "${KEEP:-}" ]; then echo "buildsys: keeping $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ linkers
# mkweld DIR NAME LOG: DIR/NAME runs weld and appends one line per link to LOG:
#   "rc=N out=FILE", then weld's stderr indented by "  | ".
mkweld() {
  mkdir -p "$1"
  cat > "$1/$2" <<EOF
#!/usr/bin/env bash
out=a.out prev=
for a in "\$@"; do
  case \$prev in -o) out=\$a ;; esac
  case \$a in --output=*) out=\${a#--output=} ;; esac
  prev=\$a
done
err=\$(mktemp) || exit 1
"$weld" "\$@" 2>"\$err"
rc=\$?
cat "\$err" >&2
{ printf 'rc=%s out=%s\n' "\$rc" "\$out"; sed 's/^/  | /' "\$err"; } > "\$err.rec"
cat "\$err.rec" >> "$3"   # one write: links run in parallel
rm -f "\$err" "\$err.rec"
exit \$rc
EOF
  chmod +x "$1/$2"
  : > "$3"
}
W=$work/weld-B; G=$work/bfd-B; P=$work/weld-path
mkweld "$W" ld "$work/weld-B.log"
mkweld "$P" ld.weld "$work/weld-path.log"
mkdir -p "$G" && ln -s "$BFD" "$G/ld"

# run_step LOGFILE CMD...: runs CMD (timeout) with stdout+stderr in LOGFILE.
run_step() { local l=$1; shift; timeout "$STEP_TIMEOUT" "$@" > "$l" 2>&1; }
# excerpt FILE [N]: last N lines of FILE, indented (under a FAIL line).
excerpt() { tail -n "${2:-6}" "$1" 2>/dev/null | sed 's/^/    | /'; }
# weld_errors LOG: distinct weld error lines from failed links in LOG.
# (leaving out the links of the deliberately missing weld_bs_no_such_* names)
weld_errors() {
  awk '/^rc=/{f=($1!="rc=0")} f&&/^  \| .*error:/{sub(/^  \| /,""); print}' "$1" | grep -v weld_bs_no_such \
    | sort | uniq -c | sort -rn | head -n 8
}
# run_prog DIR OUT CMD...: run a built program, stdout+stderr to OUT, status appended.
run_prog() {
  local d=$1 o=$2; shift 2
  (cd "$d" && timeout "$RUN_TIMEOUT" "$@" > "$o" 2>&1; echo "exit status $?" >> "$o") 2>/dev/null
}

# ------------------------------------------------------------------ projects
write_cmake_c() {
  local s=$1; mkdir -p "$s"
  cat > "$s/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.13)
project(bsc C)
include(CheckFunctionExists)
include(CheckLibraryExists)
include(CheckSymbolExists)
check_function_exists(strchrnul HAVE_STRCHRNUL)
check_function_exists(getrandom HAVE_GETRANDOM)
check_function_exists(qsort_r HAVE_QSORT_R)
check_function_exists(weld_bs_no_such_function HAVE_NO_SUCH_FUNCTION)
check_library_exists(m cos "" HAVE_LIBM)
check_library_exists(weld_bs_no_such_lib main "" HAVE_NO_SUCH_LIB)
check_symbol_exists(clock_gettime "time.h" HAVE_CLOCK_GETTIME)
configure_file(checks.h.in checks.h)
include_directories(${CMAKE_CURRENT_BINARY_DIR})
add_library(stat STATIC stat.c)
add_library(shar SHARED shar.c)
# weld cannot link -shared yet: the shared library goes through GNU ld
target_link_options(shar PRIVATE -fuse-ld=bfd)
add_executable(prog main.c)
target_link_libraries(prog stat shar m)
EOF
  cat > "$s/checks.h.in" <<'EOF'
#cmakedefine HAVE_STRCHRNUL 1
#cmakedefine HAVE_GETRANDOM 1
#cmakedefine HAVE_QSORT_R 1
#cmakedefine HAVE_NO_SUCH_FUNCTION 1
#cmakedefine HAVE_LIBM 1
#cmakedefine HAVE_NO_SUCH_LIB 1
#cmakedefine HAVE_CLOCK_GETTIME 1
EOF
  cat > "$s/stat.h" <<'EOF'
int stat_sum(const int *v, int n);
void stat_sort(int *v, int n);
const char *stat_name(void);
extern int stat_calls;
EOF
  cat > "$s/stat.c" <<'EOF'
#include <stdlib.h>
#include "stat.h"
int stat_calls;
static const char name[] = "static-lib";
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int stat_sum(const int *v, int n) { int s = 0; stat_calls++; for (int i = 0; i < n; i++) s += v[i]; return s; }
void stat_sort(int *v, int n) { stat_calls++; qsort(v, n, sizeof *v, cmp); }
const char *stat_name(void) { return name; }
EOF
  cat > "$s/shar.h" <<'EOF'
extern int shar_counter;
extern const char *shar_greeting;
int shar_bump(int by);
int shar_apply(int (*fn)(int), int x);
void *shar_self(void);
int shar_ctor_ran(void);
EOF
  cat > "$s/shar.c" <<'EOF'
#include "shar.h"
int shar_counter = 40;
const char *shar_greeting = "hello from the shared library";
static int ctor;
__attribute__((constructor)) static void init(void) { ctor = 7; }
int shar_bump(int by) { shar_counter += by; return shar_counter; }
int shar_apply(int (*fn)(int), int x) { return fn(x) + 1; }
void *shar_self(void) { return (void *)shar_bump; }
int shar_ctor_ran(void) { return ctor; }
EOF
  cat > "$s/main.c" <<'EOF'
#define _GNU_SOURCE 1
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "checks.h"
#include "shar.h"
#include "stat.h"
static __thread int tls = 3;
static int twice(int x) { return 2 * x * tls; }
int main(int argc, char **argv) {
  int v[] = {5, 3, 9, 1, 7};
  stat_sort(v, 5);
  printf("%s: sorted %d %d %d %d %d sum %d calls %d\n", stat_name(), v[0], v[1], v[2], v[3], v[4],
         stat_sum(v, 5), stat_calls);
  int before = shar_counter, bumped = shar_bump(2);
  printf("%s: counter %d bump %d counter %d\n", shar_greeting, before, bumped, shar_counter);
  printf("callback %d ctor %d\n", shar_apply(twice, 5), shar_ctor_ran());
  printf("function address equal: %d\n", shar_self() == (void *)shar_bump);
  printf("cos(argc - 1) = %.3f\n", cos(argc - 1));
#ifdef HAVE_STRCHRNUL
  printf("strchrnul: %s\n", strchrnul("abc=def", '='));
#endif
#ifdef HAVE_NO_SUCH_FUNCTION
  puts("bogus function detected");
#endif
  fprintf(stderr, "to stderr\n");
  return shar_counter == 42 ? 3 : 1;
}
EOF
}

write_cmake_cxx() {
  local s=$1; mkdir -p "$s"
  cat > "$s/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.13)
project(bscxx CXX)
set(CMAKE_CXX_STANDARD 17)
set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)
include(CheckCXXSourceCompiles)
include(CheckCXXSourceRuns)
check_cxx_source_compiles("#include <atomic>
int main() { std::atomic<long long> a{1}; return (int)a.fetch_add(1); }" HAVE_ATOMIC_LL)
check_cxx_source_runs("#include <stdexcept>
int main() { try { throw std::runtime_error(\"x\"); } catch (const std::exception &) { return 0; } return 1; }" HAVE_WORKING_EH)
configure_file(checks.h.in checks.h)
include_directories(${CMAKE_CURRENT_BINARY_DIR})
add_library(shapes STATIC shapes.cc)
add_library(plugin SHARED plugin.cc)
target_link_options(plugin PRIVATE -fuse-ld=bfd)
add_executable(app main.cc)
target_link_libraries(app shapes plugin Threads::Threads)
EOF
  cat > "$s/checks.h.in" <<'EOF'
#define THREADS_LIBS "${CMAKE_THREAD_LIBS_INIT}"
#cmakedefine CMAKE_HAVE_LIBC_PTHREAD 1
#cmakedefine HAVE_ATOMIC_LL 1
#cmakedefine HAVE_WORKING_EH 1
EOF
  cat > "$s/shapes.h" <<'EOF'
#include <memory>
#include <string>
#include <vector>
struct Shape {
  virtual ~Shape();
  virtual double area() const = 0;
  virtual std::string name() const = 0;
};
std::vector<std::unique_ptr<Shape>> make_shapes();
void check_positive(double v);  // throws std::domain_error
EOF
  cat > "$s/shapes.cc" <<'EOF'
#include "shapes.h"
#include <stdexcept>
Shape::~Shape() {}
namespace {
struct Square : Shape {
  double s;
  explicit Square(double x) : s(x) {}
  double area() const override { return s * s; }
  std::string name() const override { return "square"; }
};
struct Rect : Shape {
  double w, h;
  Rect(double a, double b) : w(a), h(b) {}
  double area() const override { return w * h; }
  std::string name() const override { return "rect"; }
};
}
std::vector<std::unique_ptr<Shape>> make_shapes() {
  std::vector<std::unique_ptr<Shape>> v;
  v.emplace_back(new Square(3));
  v.emplace_back(new Rect(2, 5));
  return v;
}
void check_positive(double v) {
  if (v <= 0) throw std::domain_error("not positive: " + std::to_string(v));
}
EOF
  cat > "$s/plugin.h" <<'EOF'
#include <stdexcept>
#include <string>
struct PluginError : std::runtime_error {
  int code;
  PluginError(const std::string &m, int c) : std::runtime_error(m), code(c) {}
};
int plugin_parse(const std::string &s);  // throws PluginError
extern int plugin_instances;
EOF
  cat > "$s/plugin.cc" <<'EOF'
#include "plugin.h"
int plugin_instances;
static struct Init { Init() { plugin_instances = 100; } } init;
int plugin_parse(const std::string &s) {
  ++plugin_instances;
  size_t pos = 0;
  int v = 0;
  try {
    v = std::stoi(s, &pos);
  } catch (const std::invalid_argument &) {
    throw PluginError("bad number '" + s + "'", 22);
  }
  if (pos != s.size()) throw PluginError("trailing junk in '" + s + "'", 7);
  return v;
}
EOF
  cat > "$s/main.cc" <<'EOF'
#include <iostream>
#include <map>
#include <mutex>
#include <numeric>
#include <thread>
#include <vector>
#include "checks.h"
#include "plugin.h"
#include "shapes.h"
static thread_local int tl_id = -1;
static std::map<std::string, int> registry = {{"one", 1}, {"two", 2}};
int main() {
  std::cout << "threads libs: '" << THREADS_LIBS << "'\n";
  for (auto &s : make_shapes()) std::cout << s->name() << " area " << s->area() << "\n";
  try {
    check_positive(-1.5);
  } catch (const std::domain_error &e) {
    std::cout << "static lib threw: " << e.what() << "\n";
  }
  for (const char *in : {"42", "x7", "9z"}) {
    try {
      int v = plugin_parse(in);
      std::cout << "parsed " << v << "\n";
    } catch (const PluginError &e) {
      std::cout << "plugin threw PluginError " << e.code << ": " << e.what() << "\n";
    }
  }
  try {
    throw registry.at("two");
  } catch (int v) {
    std::cout << "caught int " << v << "\n";
  }
  std::mutex m;
  std::vector<long> sums(4);
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; t++)
    ts.emplace_back([t, &sums, &m] {
      tl_id = t;
      long s = 0;
      for (int i = 0; i <= 1000 * (t + 1); i++) s += i;
      std::lock_guard<std::mutex> g(m);
      sums[tl_id] = s;
    });
  for (auto &t : ts) t.join();
  std::cout << "thread sums";
  for (long s : sums) std::cout << " " << s;
  std::cout << " total " << std::accumulate(sums.begin(), sums.end(), 0L) << "\n";
  std::cout << "main tl_id " << tl_id << " plugin instances " << plugin_instances << "\n";
  std::cerr << "to cerr\n";
  return 5;
}
EOF
}

write_autoconf() {
  local s=$1; mkdir -p "$s"
  cat > "$s/configure.ac" <<'EOF'
AC_INIT([bsprog], [1.0])
AC_CONFIG_SRCDIR([prog.c])
AC_CONFIG_HEADERS([config.h])
AM_INIT_AUTOMAKE([foreign -Wall -Werror])
AC_PROG_CC
AM_PROG_AR
AC_PROG_RANLIB
AC_CHECK_HEADERS([sys/random.h threads.h])
AC_CHECK_LIB([m], [cos])
AC_SEARCH_LIBS([pthread_create], [pthread],
  [AC_DEFINE_UNQUOTED([PTHREAD_CREATE_LIBS], ["$ac_cv_search_pthread_create"], [pthread_create's library])])
AC_SEARCH_LIBS([dlopen], [dl],
  [AC_DEFINE_UNQUOTED([DLOPEN_LIBS], ["$ac_cv_search_dlopen"], [dlopen's library])])
AC_CHECK_LIB([weld_bs_no_such_lib], [main])
AC_CHECK_FUNCS([strchrnul qsort_r getrandom memfd_create reallocarray clock_gettime posix_memalign \
                sqrt lgamma_r strlcpy backtrace weld_bs_no_such_function])
AC_CHECK_SIZEOF([long])
AC_CACHE_CHECK([whether TLS and threads work at run time], [bs_cv_tls_run],
  [AC_RUN_IFELSE([AC_LANG_PROGRAM([[#include <pthread.h>
static __thread int v = 5;
static void *f(void *p) { v = 9; return p; }]],
    [[pthread_t t; if (pthread_create(&t, 0, f, 0)) return 1; pthread_join(t, 0); return v != 5;]])],
    [bs_cv_tls_run=yes], [bs_cv_tls_run=no], [bs_cv_tls_run=cross])])
AS_IF([test "$bs_cv_tls_run" = yes], [AC_DEFINE([TLS_RUN_WORKS], [1], [TLS runs])])
AC_CONFIG_FILES([Makefile])
AC_OUTPUT
EOF
  cat > "$s/Makefile.am" <<'EOF'
bin_PROGRAMS = prog
noinst_LIBRARIES = libutil.a
libutil_a_SOURCES = util.c util.h
prog_SOURCES = prog.c
prog_LDADD = libutil.a
EOF
  cat > "$s/util.h" <<'EOF'
unsigned util_hash(const char *s);
extern const char *util_tag;
EOF
  cat > "$s/util.c" <<'EOF'
#include "util.h"
const char *util_tag = "libutil.a";
unsigned util_hash(const char *s) { unsigned h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h; }
EOF
  cat > "$s/prog.c" <<'EOF'
#include <config.h>
#define _GNU_SOURCE 1
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"
static int counter;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg) {
  for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&mu); counter += (int)(long)arg; pthread_mutex_unlock(&mu); }
  return NULL;
}
int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  printf("%s %s: hash %u counter %d\n", PACKAGE_STRING, util_tag, util_hash("weld"), counter);
  printf("cos(0) = %.2f sqrt(2) = %.4f sizeof(long) = %d\n", cos(0.0), sqrt(2.0), SIZEOF_LONG);
#ifdef HAVE_STRCHRNUL
  printf("strchrnul: %s\n", strchrnul("key=value", '='));
#endif
#ifdef HAVE_REALLOCARRAY
  int *p = reallocarray(NULL, 4, sizeof *p);
  printf("reallocarray: %s\n", p ? "ok" : "null");
  free(p);
#endif
#ifdef HAVE_WELD_BS_NO_SUCH_FUNCTION
  puts("bogus function detected");
#endif
#ifdef TLS_RUN_WORKS
  puts("TLS run check passed");
#endif
  printf("pthread_create in: %s\n", PTHREAD_CREATE_LIBS);
  return 0;
}
EOF
}

# ------------------------------------------------------------------ checks
# linked_by_weld LOG PATTERN: LOG has a successful weld link whose output matches PATTERN (ERE).
linked_by_weld() { grep -Eq "^rc=0 out=($2)\$" "$1"; }

# cmake_case NAME SRC CONFIGURE-ARGS-FOR-WELD -- CONFIGURE-ARGS-FOR-GNU -- WELDLOG PROGRAM
# (the build directories are $work/NAME.weld and $work/NAME.gnu)
cmake_case() {
  local name=$1 src=$2; shift 2
  local wargs=() gargs=()
  while [ "$1" != -- ]; do wargs+=("$1"); shift; done; shift
  while [ "$1" != -- ]; do gargs+=("$1"); shift; done; shift
  local wlog=$1 prog=$2
  local bw=$work/$name.weld bg=$work/$name.gnu r=$work/$name.result
  : > "$r"
  say() { printf '%s\n' "$*" >> "$r"; }
  local before; before=$(wc -l < "$wlog")
  local v
  for v in gnu weld; do
    local b=$work/$name.$v args
    if [ $v = weld ]; then args=("${wargs[@]}"); else args=("${gargs[@]}"); fi
    if ! run_step "$b.configure.log" cmake -G "Unix Makefiles" -S "$src" -B "$b" "${args[@]}"; then
      say "FAIL $name: cmake configure failed with $( [ $v = weld ] && echo weld || echo 'GNU ld')"
      { grep -A5 -m1 'CMake Error' "$b.configure.log" || tail -n 8 "$b.configure.log"; } \
        | grep -v '^ *$' | sed 's/^/    | /' >> "$r"
      [ $v = weld ] && { tail -n +"$((before + 1))" "$wlog" > "$b.weldlog"; weld_errors "$b.weldlog" | sed 's/^/    weld: /' >> "$r"; }
      return
    fi
    if ! run_step "$b.build.log" cmake --build "$b" -j2; then
      say "FAIL $name: cmake --build failed with $( [ $v = weld ] && echo weld || echo 'GNU ld')"
      grep -E 'error|Error|undefined' "$b.build.log" | head -n 8 | sed 's/^/    | /' >> "$r"
      return
    fi
    run_prog "$b" "$b.out" "./$prog"
  done
  # the links went through weld: CMake's compiler ABI detection during the
  # configure (its try_compile executable cmTC_*), the program; and the
  # shared library did not
  local seg=$work/$name.weldlog
  tail -n +"$((before + 1))" "$wlog" > "$seg"
  if ! linked_by_weld "$seg" '.*/cmTC_[0-9a-f]+|cmTC_[0-9a-f]+'; then
    say "FAIL $name: CMake's compiler check did not link through weld"; return
  fi
  if ! linked_by_weld "$seg" "$prog"; then say "FAIL $name: $prog was not linked by weld"; return; fi
  if grep -q '^rc=.* out=.*\.so' "$seg"; then say "FAIL $name: weld was asked to link a shared library"; return; fi
  if grep -Eq 'Detecting (C|CXX) compiler ABI info - failed|Check for working (C|CXX) compiler.* - broken' "$bw.configure.log"; then
    say "FAIL $name: CMake's compiler check failed with weld"; return
  fi
  # what CMake detected (implicit link libraries/dirs, sizeof(void*), ...)
  # and the check results must not depend on the linker (the -B directory
  # itself shows up among the implicit link directories: made equal)
  local d rel
  for d in "$bw"/CMakeFiles/*/CMake*Compiler.cmake "$bw/checks.h"; do
    rel=${d#"$bw"/}
    if ! diff -q <(sed "s|$G|<B>|g" "$bg/$rel" 2>&1) <(sed "s|$W|<B>|g" "$d") >/dev/null; then
      say "FAIL $name: $rel differs (GNU ld < > weld)"
      diff <(sed "s|$G|<B>|g" "$bg/$rel" 2>&1) <(sed "s|$W|<B>|g" "$d") | grep '^[<>]' | head -n 8 \
        | sed 's/^/    | /' >> "$r"
      return
    fi
  done
  if ! cmp -s "$bg.out" "$bw.out"; then
    say "FAIL $name: program output differs (GNU ld < > weld)"
    diff "$bg.out" "$bw.out" | grep '^[<>]' | head -n 10 | sed 's/^/    | /' >> "$r"
    return
  fi
  local links; links=$(grep -c '^rc=0 ' "$seg")
  say "PASS $name ($links links by weld; output: $(wc -l < "$bw.out") lines, $(tail -n 1 "$bw.out"))"
}

# autoconf_case NAME SRC WELDLOG -- ENV/ARGS-FOR-WELD -- ENV/ARGS-FOR-GNU --
autoconf_case() {
  local name=$1 src=$2 wlog=$3; shift 3; shift
  local wargs=() gargs=()
  while [ "$1" != -- ]; do wargs+=("$1"); shift; done; shift
  while [ "$1" != -- ]; do gargs+=("$1"); shift; done
  local bw=$work/$name.weld bg=$work/$name.gnu r=$work/$name.result
  : > "$r"
  say() { printf '%s\n' "$*" >> "$r"; }
  local before; before=$(wc -l < "$wlog")
  local v
  for v in gnu weld; do
    local b=$work/$name.$v args
    if [ $v = weld ]; then args=("${wargs[@]}"); else args=("${gargs[@]}"); fi
    mkdir -p "$b"
    if ! (cd "$b" && run_step "$b.configure.log" "$src/configure" "${args[@]}"); then
      say "FAIL $name: ./configure failed with $( [ $v = weld ] && echo weld || echo 'GNU ld')"
      grep -E '^configure: error' "$b.configure.log" | head -n 3 | sed 's/^/    | /' >> "$r"
      if [ $v = weld ]; then
        tail -n +"$((before + 1))" "$wlog" > "$b.weldlog"
        weld_errors "$b.weldlog" | sed 's/^/    weld: /' >> "$r"
      fi
      return
    fi
    if ! (cd "$b" && run_step "$b.build.log" make -j2); then
      say "FAIL $name: make failed with $( [ $v = weld ] && echo weld || echo 'GNU ld')"
      grep -E 'error|undefined' "$b.build.log" | head -n 8 | sed 's/^/    | /' >> "$r"
      return
    fi
    run_prog "$b" "$b.out" ./prog
  done
  local seg=$work/$name.weldlog
  tail -n +"$((before + 1))" "$wlog" > "$seg"
  if ! linked_by_weld "$seg" 'conftest(\.exe)?'; then
    say "FAIL $name: configure's conftest links did not go through weld"; return
  fi
  if ! linked_by_weld "$seg" 'prog'; then say "FAIL $name: prog was not linked by weld"; return; fi
  # every check must have the same answer
  if ! cmp -s "$bg/config.h" "$bw/config.h"; then
    say "FAIL $name: config.h differs (GNU ld < > weld)"
    diff "$bg/config.h" "$bw/config.h" | grep '^[<>]' | head -n 10 | sed 's/^/    | /' >> "$r"
    weld_errors "$seg" | sed 's/^/    weld: /' >> "$r"
    return
  fi
  if ! diff -q <(grep '^checking' "$bg.configure.log") <(grep '^checking' "$bw.configure.log") >/dev/null; then
    say "FAIL $name: configure's answers differ (GNU ld < > weld)"
    diff <(grep '^checking' "$bg.configure.log") <(grep '^checking' "$bw.configure.log") | grep '^[<>]' \
      | head -n 10 | sed 's/^/    | /' >> "$r"
    weld_errors "$seg" | sed 's/^/    weld: /' >> "$r"
    return
  fi
  if ! cmp -s "$bg.out" "$bw.out"; then
    say "FAIL $name: program output differs (GNU ld < > weld)"
    diff "$bg.out" "$bw.out" | grep '^[<>]' | head -n 10 | sed 's/^/    | /' >> "$r"
    return
  fi
  local links fails yes
  links=$(grep -c '^rc=0 ' "$seg"); fails=$(grep -c '^rc=[1-9]' "$seg")
  yes=$(grep -c '^#define HAVE_' "$bw/config.h")
  say "PASS $name ($links links by weld, $fails failed as with GNU ld; $yes HAVE_ defines equal)"
}

# ------------------------------------------------------------------ run
start=$SECONDS
write_cmake_c "$work/src-c"
write_cmake_cxx "$work/src-cxx"
write_autoconf "$work/src-ac"
if ! (cd "$work/src-ac" && run_step "$work/autoreconf.log" autoreconf -fi); then
  bad autoconf "autoreconf -fi failed"; excerpt "$work/autoreconf.log"
  bad configure-checks "autoreconf -fi failed"
fi

# Two lanes (each case's GNU and weld builds run one after the other; cases
# sharing a weld log run in the same lane so the log segments stay separate).
(
  cmake_case cmake-c "$work/src-c" -DCMAKE_C_COMPILER=gcc -DCMAKE_C_FLAGS=-O2 \
      "-DCMAKE_EXE_LINKER_FLAGS=-B$W/" -- \
      -DCMAKE_C_COMPILER=gcc -DCMAKE_C_FLAGS=-O2 "-DCMAKE_EXE_LINKER_FLAGS=-B$G/" -- \
      "$work/weld-B.log" prog
  cmake_case cmake-c.no-pie "$work/src-c" -DCMAKE_C_COMPILER=gcc "-DCMAKE_C_FLAGS=-O1 -fno-pie" \
      "-DCMAKE_EXE_LINKER_FLAGS=-no-pie -B$W/" -- \
      -DCMAKE_C_COMPILER=gcc "-DCMAKE_C_FLAGS=-O1 -fno-pie" "-DCMAKE_EXE_LINKER_FLAGS=-no-pie -B$G/" -- \
      "$work/weld-B.log" prog
  cmake_case cmake-cxx.g++ "$work/src-cxx" -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_FLAGS=-O2 \
      "-DCMAKE_EXE_LINKER_FLAGS=-B$W/" -- \
      -DCMAKE_CXX_COMPILER=g++ -DCMAKE_CXX_FLAGS=-O2 "-DCMAKE_EXE_LINKER_FLAGS=-B$G/" -- \
      "$work/weld-B.log" app
  [ -x "$work/src-ac/configure" ] &&
  autoconf_case autoconf "$work/src-ac" "$work/weld-B.log" -- \
      "LDFLAGS=-B$W/" -- "LDFLAGS=-B$G/" --
) &
(
  export PATH=$P:$PATH
  cmake_case cmake-cxx.clang++ "$work/src-cxx" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS=-O1 \
      -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=weld -- \
      -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS=-O1 -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=bfd -- \
      "$work/weld-path.log" app
  [ -x "$work/src-ac/configure" ] &&
  autoconf_case configure-checks "$work/src-ac" "$work/weld-path.log" -- \
      CC=clang LDFLAGS=-fuse-ld=weld -- CC=clang LDFLAGS=-fuse-ld=bfd --
) &
wait

for n in cmake-c cmake-c.no-pie cmake-cxx.g++ cmake-cxx.clang++ autoconf configure-checks; do
  r=$work/$n.result
  if [ ! -s "$r" ]; then
    [ -x "$work/src-ac/configure" ] || case $n in autoconf|configure-checks) continue ;; esac
    bad "$n" "no result (crashed?)"; continue
  fi
  cat "$r"
  if head -n 1 "$r" | grep -q '^PASS '; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "buildsys: $((SECONDS - start))s"
finish
