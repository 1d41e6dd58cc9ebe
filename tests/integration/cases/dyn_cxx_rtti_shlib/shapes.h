#include <typeinfo>
#include <vector>
struct Shape { virtual ~Shape(); virtual const char *name() const; };
struct Circle : Shape { const char *name() const override; };
struct Named { virtual ~Named(); virtual int tag() const { return 1; } };
struct NamedCircle : Circle, Named { const char *name() const override; };
Shape *make_lib_shape(int kind);
const char *lib_classify(const Shape *s);
bool lib_same_type(const std::type_info &a, const std::type_info &b);
const std::type_info &lib_vector_int_type();
void lib_ref_cast(const Shape &s);
