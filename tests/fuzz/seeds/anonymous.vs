#vs seed: the anonymous node (sh_ver@VER_1 then names no node)
{ global: sh_func; sh_data; sh_h*; local: *; };
