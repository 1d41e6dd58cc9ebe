#include "reg.h"
int Node::alive;
std::shared_ptr<Node> build_tree(int depth) {
    auto root = std::make_shared<Node>("d" + std::to_string(depth));
    if (depth > 0)
        for (int i = 0; i < 2; i++) {
            auto k = build_tree(depth - 1);
            k->parent = root;
            root->kids.push_back(k);
        }
    return root;
}
int count_nodes(const std::shared_ptr<Node> &n) {
    int c = 1;
    for (auto &k : n->kids) c += count_nodes(k);
    return c;
}
