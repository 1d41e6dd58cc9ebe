int api_double(int x);
extern int app_value;
int plugin_run(int x) { return api_double(x) + app_value; }
