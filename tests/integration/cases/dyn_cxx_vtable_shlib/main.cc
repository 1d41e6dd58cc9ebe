#include "api.h"
#include <cstdio>
struct AppHandler : BaseHandler {
    int handle(int x) override { return BaseHandler::handle(x) + 1000; }
    const char *name() const override { return "app"; }
    int scale() const override { return 5; }
    ~AppHandler() override { std::printf("  ~AppHandler\n"); }
};
int main()
{
    Handler *mine = new AppHandler;
    std::printf("lib drives app handler: %d (%s)\n", lib_drive(mine, 1), mine->name());
    Handler *b = lib_make(0), *t = lib_make(1);
    std::printf("exe drives lib handlers: %d %d (%s, %s)\n", b->handle(10), t->handle(10), b->name(), t->name());
    std::printf("lib drives lib handler: %d\n", lib_drive(t, 2));
    lib_destroy(mine);
    delete b;
    delete t;
    std::printf("Handler destructors run: %d\n", lib_destroyed);
    return 0;
}
