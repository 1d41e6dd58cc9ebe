int provider_value = 10;
int provider_add(int x) { return x + provider_value; }
const char *provider_name(void) { return "libprovider"; }
