#include <dlfcn.h>
#include <stdio.h>

extern int visible_data;
int visible_func(int);

static void look(void *h, const char *hname, const char *sym, void *expect)
{
    dlerror();
    void *p = dlsym(h, sym);
    int err = dlerror() != NULL;
    if (p && expect)
        printf("dlsym(%s, %s): found, is the linked one: %d\n", hname, sym, p == expect);
    else if (p)
        printf("dlsym(%s, %s): found\n", hname, sym);
    else
        printf("dlsym(%s, %s): not found (dlerror set: %d)\n", hname, sym, err);
}

int main(void)
{
    printf("visible_func(2) = %d\n", visible_func(2));
    printf("visible_func(2) = %d\n", visible_func(2));
    void *h = dlopen("libhid.so", RTLD_NOW | RTLD_NOLOAD);
    printf("libhid.so already loaded: %d\n", h != NULL);
    if (!h) return 1;
    look(h, "lib", "visible_func", (void *)visible_func);
    /* the lib's own visible_data: the program uses a copy (copy relocation) */
    look(h, "lib", "visible_data", NULL);
    look(RTLD_DEFAULT, "RTLD_DEFAULT", "visible_data", &visible_data);
    look(h, "lib", "secret_func", NULL);
    look(h, "lib", "secret_data", NULL);
    look(h, "lib", "secret_bump", NULL);
    look(RTLD_DEFAULT, "RTLD_DEFAULT", "visible_func", (void *)visible_func);
    look(RTLD_DEFAULT, "RTLD_DEFAULT", "secret_func", NULL);
    look(RTLD_DEFAULT, "RTLD_DEFAULT", "secret_counter", NULL);
    dlclose(h);
    return 0;
}
