#vs seed: extern blocks nested 16 deep (weld's limit)
VER_1 { global: extern "C++" { extern "C" { extern "C++" { extern "C" { extern "C++" { extern "C" { extern "C++" { extern "C" { extern "C++" { extern "C" { extern "C++" { extern "C" { extern "C++" { extern "C" { extern "C++" { extern "C" { sh_func; }; }; }; }; }; }; }; }; }; }; }; }; }; }; }; }; sh_data; local: *; };
VER_2 { sh_hello; } VER_1;
