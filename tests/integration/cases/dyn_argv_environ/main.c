#include <stdio.h>
#include <stdlib.h>
#include <string.h>
extern char **environ;
extern char **__environ;
static int has(char **env, const char *kv) { for (; *env; env++) if (!strcmp(*env, kv)) return 1; return 0; }
int main(int argc, char **argv, char **envp)
{
    printf("argc=%d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d]=\"%s\"\n", i, argv[i]);
    printf("argv[argc] == NULL: %d\n", argv[argc] == NULL);
    printf("envp == environ: %d, environ == __environ: %d, &environ == &__environ: %d\n", envp == environ,
           environ == __environ, &environ == &__environ);
    printf("getenv: WELD_TEST_VAR=%s EXTRA=%s TZ=%s\n", getenv("WELD_TEST_VAR"), getenv("EXTRA"), getenv("TZ"));
    printf("in environ: %d %d\n", has(environ, "WELD_TEST_VAR=hello-from-runner"), has(environ, "EXTRA=extra value"));
    setenv("NEW_VAR", "new", 1);
    printf("after setenv: getenv=%s in environ=%d in __environ=%d\n", getenv("NEW_VAR"), has(environ, "NEW_VAR=new"),
           has(__environ, "NEW_VAR=new"));
    unsetenv("EXTRA");
    printf("after unsetenv: %s %d\n", getenv("EXTRA") ? "still set" : "gone", has(environ, "EXTRA=extra value"));
    return 0;
}
