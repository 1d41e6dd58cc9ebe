#include <stdio.h>
#include <stdlib.h>
#include <string.h>
extern char **environ;
int main(int argc, char **argv, char **envp)
{
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++) printf("argv[%d]=[%s]\n", i, argv[i]);
    printf("argv[argc]==NULL: %d\n", argv[argc] == NULL);
    printf("WELD_TEST_VAR=%s\n", getenv("WELD_TEST_VAR"));
    printf("EXTRA=%s\n", getenv("EXTRA") ? getenv("EXTRA") : "(unset)");
    printf("envp==environ: %d\n", envp == environ);
    setenv("NEWVAR", "set-at-runtime", 1);
    printf("NEWVAR=%s\n", getenv("NEWVAR"));
    int n = 0; for (char **e = environ; *e; e++) n++;
    printf("environment entries=%d\n", n);
    return argc;
}
