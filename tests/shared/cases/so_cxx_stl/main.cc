#include "stl.h"
#include <iostream>
#include <memory>
static int add_offset(int x, void *arg) { return x + *static_cast<int *>(arg); }
int main() {
    std::string text = "the quick fox and the lazy dog and the cat";
    std::vector<std::string> words = stl::split(text, ' ');
    std::cout << "words: " << words.size() << ", joined: " << stl::join(words, "|") << '\n';
    std::map<std::string, int> m = stl::count_words(words);
    m["extra-from-prog"] = 99;
    stl::dump(std::cout, m);
    std::unique_ptr<std::vector<int>> sq(stl::make_squares(6));
    int offset = 1000;
    stl::apply(*sq, add_offset, &offset);
    for (int x : *sq) std::cout << x << ' ';
    std::cout << '\n';
    sq->push_back(-1);   // grow the library-allocated vector in the program
    std::cout << "size after push: " << sq->size() << '\n';
    stl::lib_log() += "prog;";
    stl::count_words({"a", "b"});
    std::cout << stl::lib_log() << std::endl;
    std::cerr << "stderr line from prog" << std::endl;
    return 0;
}
