const char *dep_name(void) { return "libdep (found via $ORIGIN/sub)"; }
