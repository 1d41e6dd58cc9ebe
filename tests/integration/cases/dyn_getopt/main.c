#include <getopt.h>
#include <stdio.h>
int main(int argc, char **argv)
{
    static const struct option longopts[] = {{"long", required_argument, 0, 'l'}, {"flag", no_argument, 0, 'f'}, {0, 0, 0, 0}};
    int c;
    printf("opterr=%d optind=%d\n", opterr, optind);
    while ((c = getopt_long(argc, argv, "ab:", longopts, 0)) != -1) {
        switch (c) {
        case 'a': puts("option a"); break;
        case 'b': printf("option b = %s\n", optarg); break;
        case 'l': printf("--long = %s\n", optarg); break;
        case 'f': puts("--flag"); break;
        default: printf("unknown option, optopt='%c'\n", optopt); break;
        }
    }
    for (int i = optind; i < argc; i++) printf("operand %s\n", argv[i]);
    optind = 1;                 /* written by the executable, read by libc */
    opterr = 0;
    char *again[] = {"prog", "-z", 0};
    c = getopt(2, again, "a");
    printf("after reset: c='%c' optopt='%c' (no message, opterr=0)\n", c, optopt);
    return 0;
}
