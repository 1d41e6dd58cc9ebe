void app_log(const char *msg);
int plugin_entry(int x) { app_log("from plugin"); return x; }
int plugin_pure(int x) { return x * 2 + 1; }
