#include <typeinfo>
namespace geo {
struct Shape {
    virtual ~Shape();
    virtual const char *name() const = 0;
    virtual double area() const = 0;
    virtual int sides() const;
    static int live;
};
struct Rect : Shape {
    double w, h;
    Rect(double w, double h);
    ~Rect() override;
    const char *name() const override;
    double area() const override;
    int sides() const override;
};
struct Square : Rect { explicit Square(double s); const char *name() const override; };
struct Named { virtual ~Named(); virtual const char *label() const; };
struct Base0 { virtual ~Base0(); int b0 = 1; };
struct VL : virtual Base0 { ~VL() override; int vl = 2; };
struct VR : virtual Base0 { ~VR() override; int vr = 3; };
struct Diamond : VL, VR { ~Diamond() override; int d = 4; };

Shape *make(int kind);                 // 0 Rect, 1 Square, 2 Diamond-less (nullptr)
const char *describe(const Shape *s);  // uses virtual calls + dynamic_cast
bool is_rect(const Shape *s);          // dynamic_cast<const Rect *>
const std::type_info &type_of(const Shape *s);
Base0 *make_diamond();
int diamond_sum(Base0 *b);             // dynamic_cast<Diamond *> from virtual base
const char *label_of(const Named *n);
}
