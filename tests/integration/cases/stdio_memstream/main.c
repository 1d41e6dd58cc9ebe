#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void)
{
    char *buf = 0; size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    for (int i = 0; i < 100; i++) fprintf(m, "%d,", i * i);
    fclose(m);
    printf("memstream len=%zu tail=%s\n", len, buf + len - 10);
    free(buf);
    char data[] = "line one\nline two\nline three\n";
    FILE *f = fmemopen(data, strlen(data), "r");
    char line[64]; int n = 0;
    while (fgets(line, sizeof line, f)) printf("%d: %s", ++n, line);
    fclose(f);
    FILE *t = tmpfile();
    if (t) {
        fwrite("0123456789", 1, 10, t);
        fseek(t, 3, SEEK_SET);
        char c[4] = {0};
        fread(c, 1, 3, t);
        printf("tmpfile read=%s pos=%ld\n", c, ftell(t));
        fclose(t);
    }
    int a; char w[16]; double d;
    sscanf("42 word 2.5", "%d %15s %lf", &a, w, &d);
    printf("sscanf: %d %s %.1f\n", a, w, d);
    setvbuf(stdout, 0, _IONBF, 0);
    printf("unbuffered now\n");
    fputs("to stderr\n", stderr);
    return 0;
}
