#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>
namespace fs = std::filesystem;
void make_tree(const fs::path &root);
std::vector<std::string> list_tree(const fs::path &root);

int main() {
    fs::path p = "/usr/lib/../share/./doc/readme.tar.gz";
    std::printf("filename %s stem %s ext %s parent %s\n", p.filename().c_str(), p.stem().c_str(),
                p.extension().c_str(), p.parent_path().c_str());
    std::printf("normal %s\n", p.lexically_normal().c_str());
    std::printf("relative %s\n", fs::path("/a/b/c/d").lexically_relative("/a/x").c_str());
    std::printf("join %s\n", (fs::path("dir") / "sub" / "file.o").replace_extension(".c").c_str());
    std::printf("absolute? %d %d\n", p.is_absolute(), fs::path("x/y").is_absolute());
    for (auto &part : fs::path("/one/two/three")) std::printf("[%s]", part.c_str());
    std::printf("\n");

    fs::path root = fs::current_path() / "fs_scratch";
    make_tree(root);
    for (auto &l : list_tree(root)) std::printf("%s\n", l.c_str());
    std::printf("exists f0 %d moved %d\n", fs::exists(root / "a" / "f0.txt"), fs::exists(root / "d" / "moved.txt"));
    std::printf("link target %s, resolved size %ju\n", fs::read_symlink(root / "d" / "link").c_str(),
                (uintmax_t)fs::file_size(root / "d" / "link"));
    std::error_code ec;
    (void)fs::file_size(root / "nope", ec);
    std::printf("missing file error: %d\n", (bool)ec);
    try {
        fs::create_directory(root / "no" / "such" / "parent");
    } catch (const fs::filesystem_error &e) {
        std::printf("filesystem_error caught, code %d\n", e.code().value() != 0);
    }
    std::printf("removed %ju entries\n", (uintmax_t)fs::remove_all(root));
    std::printf("root exists after %d\n", fs::exists(root));
    return 0;
}
