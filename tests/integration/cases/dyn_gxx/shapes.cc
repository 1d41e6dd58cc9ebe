#include <cstdio>
#include <memory>
#include <vector>
struct Shape { virtual ~Shape() = default; virtual double area() const = 0; };
struct Rect : Shape { double w, h; Rect(double a, double b) : w(a), h(b) {} double area() const override { return w * h; } };
struct Tri : Shape { double b, h; Tri(double a, double c) : b(a), h(c) {} double area() const override { return b * h / 2; } };
struct Tracker { ~Tracker() { std::puts("static Tracker destroyed"); } } tracker;
double total_area()
{
    std::vector<std::unique_ptr<Shape>> v;
    v.push_back(std::make_unique<Rect>(2, 3));
    v.push_back(std::make_unique<Tri>(4, 5));
    double t = 0;
    for (auto &s : v) t += s->area();
    return t;
}
