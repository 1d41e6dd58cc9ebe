#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
int main(void)
{
    time_t t = 1700000000;        /* fixed, no wall-clock time */
    struct tm tm;
    gmtime_r(&t, &tm);
    char buf[128];
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %A %j %b", &tm);
    printf("gmtime: %s\n", buf);
    localtime_r(&t, &tm);         /* TZ=UTC from the runner */
    strftime(buf, sizeof buf, "%c %Z", &tm);
    printf("localtime: %s\n", buf);
    struct tm in = { .tm_year = 124, .tm_mon = 1, .tm_mday = 29, .tm_hour = 12 };
    time_t back = timegm(&in);
    printf("timegm 2024-02-29 12:00 = %lld wday=%d yday=%d\n", (long long)back, in.tm_wday, in.tm_yday);
    printf("difftime=%.0f\n", difftime(back, t));
    printf("asctime: %s", asctime(gmtime(&t)));
    struct timespec ts;
    printf("clock_gettime ok: %d\n", clock_gettime(CLOCK_MONOTONIC, &ts) == 0 && ts.tv_nsec < 1000000000L);
    setenv("TZ", "EST5EDT", 1);   /* POSIX TZ rule, no zoneinfo file needed */
    tzset();
    localtime_r(&t, &tm);
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M %Z", &tm);
    printf("EST5EDT: %s isdst=%d\n", buf, tm.tm_isdst);
    return 0;
}
