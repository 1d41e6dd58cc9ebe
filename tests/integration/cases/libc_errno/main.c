#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int *errno_addr_other(void);
int main(void)
{
    errno = 0;
    int fd = open("/nonexistent/weld/file", O_RDONLY);
    printf("open=%d errno=%d (%s)\n", fd, errno, strerror(errno));
    errno = 0;
    long v = strtol("99999999999999999999999", 0, 10);
    printf("strtol=%ld LONG_MAX=%d errno=ERANGE:%d\n", v, v == LONG_MAX, errno == ERANGE);
    errno = 0;
    int rc = close(-1);
    printf("close(-1)=%d EBADF:%d\n", rc, errno == EBADF);
    perror("perror test");
    printf("errno address same in both files: %d\n", &errno == errno_addr_other());
    return 0;
}
