#include <stdio.h>
extern __thread int exe_tls;
__thread int plugin_tls = 300;
__thread char plugin_buf[4096];
int plugin_step(int id)
{
    plugin_tls += id;
    plugin_buf[4095] += 1;
    return plugin_tls * 1000 + exe_tls * 10 + plugin_buf[4095];
}
