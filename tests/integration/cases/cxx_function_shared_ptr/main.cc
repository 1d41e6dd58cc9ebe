#include "reg.h"
#include <cstdio>
#include <stdexcept>

static int free_fn(int x) { return x * 3; }
struct Functor { int k; int operator()(int x) const { return x + k; } };

int main() {
    int captured = 5;
    add_handler("free", free_fn);
    add_handler("functor", Functor{100});
    add_handler("lambda", [captured](int x) { return x * captured; });
    auto big = std::make_shared<std::vector<int>>(1000, 1);
    add_handler("shared", [big](int x) { return x + (int)big->size(); });
    add_handler("bound", std::bind(std::plus<int>(), std::placeholders::_1, 7));
    std::function<int(int)> fact = [&fact](int n) { return n <= 1 ? 1 : n * fact(n - 1); };
    add_handler("fact", fact);
    for (const char *n : {"free", "functor", "lambda", "shared", "bound", "fact", "missing"}) {
        try {
            std::printf("%s(6) = %d\n", n, dispatch(n, 6));
        } catch (const std::out_of_range &e) {
            std::printf("error: %s\n", e.what());
        }
    }
    std::printf("big use_count %ld\n", big.use_count());
    std::function<void()> empty;
    try { empty(); } catch (const std::bad_function_call &e) { std::printf("bad_function_call\n"); }

    {
        auto root = build_tree(6);
        std::printf("nodes %d alive %d\n", count_nodes(root), Node::alive);
        std::shared_ptr<Node> leaf = root->kids[1]->kids[0]->kids[1];
        auto p = leaf->parent.lock();
        std::printf("leaf %s parent %s use_count(root) %ld\n", leaf->name.c_str(),
                    p ? p->name.c_str() : "-", root.use_count());
        std::shared_ptr<Node> self = leaf->shared_from_this();
        std::printf("shared_from_this same: %d\n", self == leaf);
        std::weak_ptr<Node> w = root;
        root.reset(); p.reset();
        std::printf("after reset: expired %d alive %d (leaf subtree kept)\n", w.expired(), Node::alive);
    }
    std::printf("at end alive %d\n", Node::alive);
    std::unique_ptr<int[]> arr(new int[4]{1, 2, 3, 4});
    std::shared_ptr<int> alias(std::shared_ptr<int[]>(new int[2]{9, 8}), nullptr);
    std::printf("arr[3] %d alias null %d\n", arr[3], alias.get() == nullptr);
    return 0;
}
