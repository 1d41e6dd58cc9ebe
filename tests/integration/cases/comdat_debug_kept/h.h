// inline functions and templates: one COMDAT group each, in every object
inline int square_sum(int x) {
    int r = 0;
    for (int i = 0; i < x; i++) r += x;
    return r;
}
template <class T> T twice(T v) { return v + v; }
struct Counter {
    int n = 0;
    void add(int k) { n += k; }
};
