extern int host_counter;
void host_log(const char *msg);

int plugin_calls;

__attribute__((constructor)) static void plugin_init(void) { host_log("plugin constructor"); }
__attribute__((destructor)) static void plugin_fini(void) { host_log("plugin destructor"); }

const char *plugin_name(void) { return "demo-plugin"; }

int plugin_run(int x)
{
    plugin_calls++;
    host_log("plugin_run");
    host_counter += 10;
    return x * x + host_counter;
}
