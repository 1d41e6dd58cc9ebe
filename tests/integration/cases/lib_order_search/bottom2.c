const char *bottom(void) { return "bottom from dir2/libbottom.a"; }
