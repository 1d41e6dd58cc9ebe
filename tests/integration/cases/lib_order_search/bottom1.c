const char *bottom(void) { return "bottom from dir1/libbottom.a"; }
