/* threads, TLS and malloc: linked with musl-gcc in the corpus tier */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static __thread int tv = 5;
static __thread char tb[100];
static void *work(void *a) {
  long i = (long)a;
  tv += (int)i;
  snprintf(tb, sizeof tb, "t%ld", i);
  char *p = malloc(1000 * (size_t)(i + 1));
  memset(p, (int)i, 1000 * (size_t)(i + 1));
  int s = 0;
  for (int k = 0; k < 1000; k++) s += p[k];
  free(p);
  return (void *)(long)(tv * 1000 + s + (int)strlen(tb));
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, work, (void *)i);
  long tot = 0;
  for (int i = 0; i < 4; i++) {
    void *r;
    pthread_join(t[i], &r);
    tot += (long)r;
    printf("thread %d: %ld\n", i, (long)r);
  }
  printf("main tv=%d tb='%s' total=%ld\n", tv, tb, tot);
  return 0;
}
