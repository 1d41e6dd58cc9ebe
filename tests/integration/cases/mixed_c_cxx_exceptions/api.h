#ifndef API_H
#define API_H
#ifdef __cplusplus
extern "C" {
#endif
/* C++ implementation, C interface: exceptions never cross it */
typedef struct kv_store kv_store;
kv_store *kv_new(void);
void kv_free(kv_store *s);
int kv_put(kv_store *s, const char *key, const char *value);   /* 0 ok, -1 error */
int kv_get(kv_store *s, const char *key, char *out, int cap);   /* length or -1 */
int kv_parse_int(const char *text, long *out);                   /* 0 ok, -1 error */
const char *kv_last_error(void);
int kv_visit(kv_store *s, int (*fn)(const char *k, const char *v, void *ctx), void *ctx);
int kv_static_ready(void);
#ifdef __cplusplus
}
#endif
#endif
