#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
int lib_open_missing(void);
long lib_overflow(void);
void lib_set_errno(int e);
int lib_get_errno(void);
const char *lib_strerror(int e);
static void *thread_main(void *arg)
{
    (void)arg;
    printf("thread: errno starts at %d\n", errno);
    lib_set_errno(EDOM);
    printf("thread: errno=%d (EDOM %d)\n", errno, errno == EDOM);
    return 0;
}
int main(void)
{
    int fd = lib_open_missing();
    printf("open: fd=%d errno ENOENT: %d (%s)\n", fd, errno == ENOENT, strerror(errno));
    long v = lib_overflow();
    printf("strtol overflow: LONG_MAX %d, errno ERANGE: %d\n", v == 0x7fffffffffffffffL, errno == ERANGE);
    errno = EACCES;
    printf("lib reads errno set by exe: %d\n", lib_get_errno() == EACCES);
    lib_set_errno(ENOMEM);
    printf("exe reads errno set by lib: %d\n", errno == ENOMEM);
    fflush(stdout);
    perror("perror after lib_set_errno(ENOMEM)");
    pthread_t t;
    pthread_create(&t, 0, thread_main, 0);
    errno = EILSEQ;
    pthread_join(t, 0);
    int after = errno;
    printf("main: errno untouched by the thread: %d, lib_strerror: %s\n", after == EILSEQ, lib_strerror(EINVAL));
    return 0;
}
