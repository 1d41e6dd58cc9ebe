#include <stdio.h>
void app_log(const char *msg);
int app_square(int x);
extern int app_counter;
__attribute__((constructor)) static void plugin_init(void) { app_log("plugin constructor"); }
__attribute__((destructor)) static void plugin_fini(void) { app_log("plugin destructor"); }
int plugin_entry(int x)
{
    char buf[64];
    app_counter += 10;
    snprintf(buf, sizeof buf, "plugin_entry(%d), app_counter now %d", x, app_counter);
    app_log(buf);
    return app_square(x) + 1;
}
