#vs seed: three nodes in a chain, globs, C and C++ blocks
VER_1 {
  global: sh_func; sh_d*; "sh_name"; extern "C++" { sh_ifunc; "util_add"; }; sh_tls; sh_tls_bss;
  local: sh_hidden; util_f?; *;
};
VER_2 { global: sh_hello; sh_protected; } VER_1;
VER_3 { sh_weak; } VER_2 VER_1;
