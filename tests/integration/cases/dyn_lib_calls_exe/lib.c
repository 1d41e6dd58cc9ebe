int app_hook(int x);
extern int app_config;
extern char app_name[];
int lib_run(int x) { app_config++; app_name[0] = 'W'; return app_hook(x) + app_config; }
