// Replays fuzz inputs without libFuzzer (any compiler): every file under the
// folders or files given goes through the target's LLVMFuzzerTestOneInput, as
// a regression test of the seed corpus and of every crash found so far. A
// crash stops the process; otherwise it prints "N passed, 0 failed".
//
// With --expect-crash first, each file runs in a child process that must
// crash: the known crashes whose fix belongs to another branch. A file that no
// longer crashes fails the run, so that it moves to crashes/ once fixed.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

std::vector<std::filesystem::path> inputFiles(const std::filesystem::path &root)
{
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_regular_file(root)) {
        files.push_back(root);
    } else if (std::filesystem::is_directory(root)) {
        for (const auto &entry : std::filesystem::recursive_directory_iterator(root)) {
            if (entry.is_regular_file() && entry.path().filename().string()[0] != '.')
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

void run(const std::vector<char> &bytes)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
}

// Runs the input in a child process; true when the child crashed.
bool crashesInChild(const std::vector<char> &bytes)
{
    const pid_t child = fork();
    if (child == 0) {
        run(bytes);
        _exit(0);
    }
    int status = 0;
    return child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) ||
           WEXITSTATUS(status) != 0;
}

} // namespace

int main(int argc, char **argv)
{
    const bool expectCrash = argc > 1 && std::string(argv[1]) == "--expect-crash";
    int passed = 0, failed = 0;
    for (int i = expectCrash ? 2 : 1; i < argc; ++i) {
        for (const std::filesystem::path &file : inputFiles(argv[i])) {
            std::ifstream in(file, std::ios::binary);
            const std::vector<char> bytes{std::istreambuf_iterator<char>(in), {}};
            std::printf("replay %s (%zu bytes)\n", file.c_str(), bytes.size());
            std::fflush(stdout);
            if (!expectCrash) {
                run(bytes);
                ++passed;
            } else if (crashesInChild(bytes)) {
                std::printf("  still crashes (known defect, see its folder's README)\n");
                ++passed;
            } else {
                std::printf("  FIXED: no longer crashes; move it to crashes/\n");
                ++failed;
            }
        }
    }
    if (passed + failed == 0) {
        std::printf("no input files\n0 passed, 1 failed\n");
        return 1;
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
