#include "api.h"
#include <cstdio>
int lib_destroyed = 0;
Handler::~Handler() { lib_destroyed++; }
BaseHandler::~BaseHandler() { std::printf("  ~BaseHandler(%s) calls=%d\n", name(), calls); }
int BaseHandler::handle(int x) { calls++; return x * scale(); }
const char *BaseHandler::name() const { return "base"; }
struct Tripler : BaseHandler {
    int scale() const override { return 3; }
    const char *name() const override { return "lib tripler"; }
};
Handler *lib_make(int kind) { return kind ? static_cast<Handler *>(new Tripler) : new BaseHandler; }
int lib_drive(Handler *h, int x) { return h->handle(x) + h->handle(x + 1); }
void lib_destroy(Handler *h) { delete h; }
