#pragma once
#include <typeinfo>

struct Shape { virtual ~Shape(); virtual const char *kind() const = 0; };
struct Named { virtual ~Named(); virtual const char *label() const { return "named"; } };
struct Circle : Shape { const char *kind() const override; };
struct Square : Shape, Named { const char *kind() const override; const char *label() const override; };
struct Cube : Square { const char *kind() const override; };
template <class T> struct Box : Shape { T v{}; const char *kind() const override { return "box"; } };

Shape *make_shape(int i);                 // factory.cc
const std::type_info &square_type();      // factory.cc
const std::type_info &box_int_type();     // factory.cc
