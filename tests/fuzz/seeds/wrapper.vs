#vs seed: the VERSION { } wrapper, CRLF and # comments
VERSION {
  VER_1 { global: sh_func; # a comment
    sh_data; local: *; };
  VER_2 { sh_hello; } VER_1;
}
