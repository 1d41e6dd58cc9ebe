#include <pthread.h>
static void *run(void *a) { return a; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, run, 0);
  return pthread_join(t, 0);
}
