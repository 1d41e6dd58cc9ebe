#vs seed: escapes, brackets and quoted names
VER_1 { global: sh\_func; "sh_data"; sh_[dt]*; sh_n[!x]me; s?_weak; ::x; extern "c" { "sh_tls"; }; local: *; };
VER_2 { global: sh_hello; }
 VER_1 ;
