#include <stdio.h>
#include <string.h>
#include <unistd.h>
FILE *lib_stdout(void);
FILE *lib_stderr(void);
void lib_say(int i);
int main(void)
{
    printf("same FILE objects: stdout %d stderr %d\n", stdout == lib_stdout(), stderr == lib_stderr());
    for (int i = 0; i < 3; i++) {
        printf("exe stdout %d\n", i);
        fprintf(stderr, "exe stderr %d\n", i);
        lib_say(i);
    }
    setvbuf(stdout, 0, _IOLBF, 0);
    fwrite("fwrite line\n", 1, 12, stdout);
    fputc('c', stdout);
    fputc('\n', stdout);
    fflush(stdout);
    write(1, "raw write\n", 10);
    fputs("last stderr line\n", lib_stderr());
    fputs("last stdout line\n", lib_stdout());
    return 0;
}
