# Container-heavy code: std::map/multimap/unordered_map/set/unordered_set/
# deque/list with string keys, erase-while-iterating, rehash, node handles.
build() {
    cxx_c -std=c++17 index.cc main.cc
    link_cxx -static main.o index.o -o prog
}
