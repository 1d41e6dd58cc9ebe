#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
int api_version = 3;
int plugin_api_register(int x) { return x + api_version; }
const char *plugin_api_name(void) { return "prog"; }
int internal_helper(int x) { return x * 2; }
int internal_data = 9;
int main(void) {
    void *self = dlopen(NULL, RTLD_NOW);
    const char *names[] = {"plugin_api_register", "plugin_api_name", "api_version",
                           "internal_helper", "internal_data", "main"};
    for (int i = 0; i < 6; i++)
        printf("dlsym %-20s %s\n", names[i], dlsym(self, names[i]) ? "exported" : "not exported");
    int (*reg)(int) = (int (*)(int))dlvsym(self, "plugin_api_register", "EXE_1.0");
    printf("dlvsym plugin_api_register@EXE_1.0: %s, result %d\n", reg ? "found" : "not found",
           reg ? reg(1) : -1);
    printf("dlvsym plugin_api_register@EXE_2.0: %s\n",
           dlvsym(self, "plugin_api_register", "EXE_2.0") ? "found" : "not found");
    printf("same function as a direct reference: %s\n", reg == plugin_api_register ? "yes" : "NO");
    printf("internal_helper(4) = %d, internal_data = %d\n", internal_helper(4), internal_data);
    return 0;
}
