#include "shapes.h"
Shape::~Shape() {}
Named::~Named() {}
const char *Circle::kind() const { return "circle"; }
const char *Square::kind() const { return "square"; }
const char *Square::label() const { return "square-label"; }
const char *Cube::kind() const { return "cube"; }
