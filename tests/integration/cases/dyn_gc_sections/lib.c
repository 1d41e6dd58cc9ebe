int app_callback(int x);
extern int app_data;
int lib_entry(int x) { return app_callback(x) + app_data; }
