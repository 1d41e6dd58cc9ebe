#include "shapes.h"
#include <cstdio>
#include <cstring>
#include <typeinfo>
struct Square : Shape { const char *name() const override { return "square"; } };
int main()
{
    Shape *shapes[] = {make_lib_shape(0), make_lib_shape(1), make_lib_shape(2), new Square};
    for (Shape *s : shapes) {
        const Named *n = dynamic_cast<const Named *>(s);          // cross cast
        std::printf("%-12s %-18s exe: circle=%d named=%d tag=%d typeid==Circle %d same(lib) %d void*==obj %d\n",
                    s->name(), lib_classify(s), dynamic_cast<Circle *>(s) != nullptr, n != nullptr, n ? n->tag() : 0,
                    typeid(*s) == typeid(Circle), lib_same_type(typeid(*s), typeid(Square)),
                    dynamic_cast<void *>(s) == static_cast<void *>(s) || n != nullptr);
    }
    std::printf("vector<int> type_info equal across the boundary: %d, name equal: %d\n",
                typeid(std::vector<int>) == lib_vector_int_type(),
                std::strcmp(typeid(std::vector<int>).name(), lib_vector_int_type().name()) == 0);
    try {
        lib_ref_cast(*shapes[3]);
        std::printf("no bad_cast?\n");
    } catch (const std::bad_cast &e) {
        std::printf("caught bad_cast from the library: %s\n", e.what());
    }
    for (Shape *s : shapes) delete s;
    return 0;
}
