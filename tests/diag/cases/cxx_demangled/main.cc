namespace geo { struct Point { int x, y; }; double distance(const Point &, const Point &); }
int main() { geo::Point a{0, 0}, b{3, 4}; return (int)geo::distance(a, b); }
