#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

__thread int tb_aligned[3] __attribute__((aligned(8192)));
__thread char tb_array[3 << 20];
extern __thread long tb_more[2];
int data_after = 42;     /* .data after .tbss: writable, not part of TLS */
static int bss_after[8]; /* .bss */

static void report(const char *who, int k) {
    long z = tb_aligned[0] + tb_aligned[2] + tb_more[0] + tb_more[1];
    for (int i = 0; i < (3 << 20); i += 1024) z += tb_array[i];
    tb_aligned[2] = k;
    tb_array[(3 << 20) - 1] = (char)(k + 1);
    tb_more[1] = k * 10;
    data_after += k;
    bss_after[k % 8] = k;
    printf("%s: zeros %ld -> %d %d %ld, aligned %d\n", who, z, tb_aligned[2], tb_array[(3 << 20) - 1], tb_more[1],
           (int)((uintptr_t)tb_aligned % 8192 == 0));
}

static void *thread_main(void *arg) {
    (void)arg;
    report("thread", 5);
    return NULL;
}

int main(void) {
    report("main", 2);
    pthread_t t;
    pthread_create(&t, NULL, thread_main, NULL);
    pthread_join(t, NULL);
    printf("main again: %d %d %ld; data %d bss %d %d\n", tb_aligned[2], tb_array[(3 << 20) - 1], tb_more[1],
           data_after, bss_after[2], bss_after[5]);
    return 0;
}
