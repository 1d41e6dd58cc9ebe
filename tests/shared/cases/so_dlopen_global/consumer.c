#include <stdio.h>
extern int provider_value;
int provider_add(int);
const char *provider_name(void);
static char buf[128];
const char *consumer_run(int x) {
    provider_value += 5;
    snprintf(buf, sizeof buf, "%s: add(%d) = %d, value now %d", provider_name(), x, provider_add(x),
             provider_value);
    return buf;
}
