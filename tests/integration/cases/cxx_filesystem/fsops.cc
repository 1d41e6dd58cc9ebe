#include <filesystem>
#include <fstream>
#include <string>
#include <vector>
#include <algorithm>
namespace fs = std::filesystem;

void make_tree(const fs::path &root) {
    fs::remove_all(root);
    fs::create_directories(root / "a" / "b" / "c");
    fs::create_directory(root / "d");
    for (int i = 0; i < 4; i++) {
        std::ofstream(root / "a" / ("f" + std::to_string(i) + ".txt")) << std::string(i * 10, 'x');
    }
    std::ofstream(root / "a" / "b" / "c" / "deep.dat") << "deep";
    fs::copy_file(root / "a" / "f3.txt", root / "d" / "copy.txt");
    fs::rename(root / "a" / "f0.txt", root / "d" / "moved.txt");
    fs::create_symlink("../a/f2.txt", root / "d" / "link");
}

std::vector<std::string> list_tree(const fs::path &root) {
    std::vector<std::string> out;
    for (auto &e : fs::recursive_directory_iterator(root)) {
        std::string kind = e.is_symlink() ? "link" : e.is_directory() ? "dir" : "file";
        std::string line = e.path().lexically_relative(root).generic_string() + " " + kind;
        if (e.is_regular_file() && !e.is_symlink()) line += " " + std::to_string(e.file_size());
        out.push_back(line);
    }
    std::sort(out.begin(), out.end());
    return out;
}
