/*
 * timeit - run a command once and print "WALL CPU MAXRSS_KB" on the file
 * given with -o (wall and CPU in seconds).  The wall time runs from just
 * before fork() to the return of wait4(): it holds the command's own run
 * and one fork/exec, not the start of a shell or of /usr/bin/time, whose
 * few milliseconds would otherwise weigh on the ratio of fast links.
 *
 * usage: timeit -o RESULT COMMAND [ARGS...]   (the command's status is ours)
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  if (argc < 4 || strcmp(argv[1], "-o")) {
    fprintf(stderr, "usage: timeit -o RESULT COMMAND [ARGS...]\n");
    return 2;
  }
  double t0 = now();
  pid_t pid = fork();
  if (pid < 0) {
    perror("timeit: fork");
    return 2;
  }
  if (pid == 0) {
    execvp(argv[3], argv + 3);
    perror("timeit: exec");
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) {
    perror("timeit: wait4");
    return 2;
  }
  double wall = now() - t0;
  double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 + (double)ru.ru_stime.tv_sec +
               (double)ru.ru_stime.tv_usec * 1e-6;
  FILE *f = fopen(argv[2], "w");
  if (!f) {
    perror(argv[2]);
    return 2;
  }
  fprintf(f, "%.6f %.3f %ld\n", wall, cpu, ru.ru_maxrss);
  fclose(f);
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
