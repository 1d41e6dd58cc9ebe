int verbosity;
