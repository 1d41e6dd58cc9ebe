#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>
struct Node : std::enable_shared_from_this<Node> {
    static int alive;
    std::string name;
    std::vector<std::shared_ptr<Node>> kids;
    std::weak_ptr<Node> parent;
    explicit Node(std::string n) : name(std::move(n)) { ++alive; }
    ~Node() { --alive; }
};
using Handler = std::function<int(int)>;
void add_handler(const std::string &name, Handler h);   // reg.cc
int dispatch(const std::string &name, int arg);         // reg.cc
std::shared_ptr<Node> build_tree(int depth);            // tree.cc
int count_nodes(const std::shared_ptr<Node> &n);         // tree.cc
