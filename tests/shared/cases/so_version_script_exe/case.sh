# A version script on an executable (NO_LIB: no library): -rdynamic would
# export every global symbol, and --version-script limits that to the
# patterns of node EXE_1.0 (plugin_api_*, api_version) with local: * for
# the rest, so the program's exported symbols carry version EXE_1.0.  The
# program looks itself up with dlsym/dlvsym on dlopen(NULL).
NO_LIB=1
build_prog() { link -O1 -rdynamic -Wl,--version-script,exe.map main.c -o prog; }
