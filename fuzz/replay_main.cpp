// A main for a fuzz target in the ordinary test build (no libFuzzer, any
// compiler): runs LLVMFuzzerTestOneInput on every seed file of a folder,
// then on `mutations` inputs derived from them by bit flips, truncations,
// byte insertions and splices of two seeds. The mutations come from a fixed
// random seed, so a failure replays exactly; a finding aborts, as under
// libFuzzer, and the input is saved to replay-crash-<target> first.
//
// Usage: <target>_replay SEED_DIR MUTATIONS
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::string> read_seeds(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.is_regular_file()) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());  // the same order, so the same mutations, everywhere
  std::vector<std::string> seeds;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return seeds;
}

std::string mutate(const std::vector<std::string>& seeds, std::mt19937& rng) {
  std::string input = seeds[rng() % seeds.size()];
  for (int edits = 1 + rng() % 4; edits > 0; --edits) {
    const std::size_t at = input.empty() ? 0 : rng() % input.size();
    switch (rng() % 4) {
      case 0:  // flip a bit
        if (!input.empty()) input[at] = static_cast<char>(input[at] ^ (1 << rng() % 8));
        break;
      case 1:  // truncate
        input.resize(at);
        break;
      case 2:  // insert a byte, often one that structures text
        input.insert(at, 1, "\n\r\t\",\\{}[]- 0\x00\xff"[rng() % 16]);
        break;
      default: {  // splice in a piece of another seed
        const std::string& other = seeds[rng() % seeds.size()];
        if (other.empty()) break;
        const std::size_t from = rng() % other.size();
        input.insert(at, other, from, 1 + rng() % (other.size() - from));
      }
    }
  }
  return input;
}

void run(const std::string& input, const std::string& target) {
  // Saved before the run so that an abort leaves the input behind.
  const std::string crash = "replay-crash-" + target;
  { std::ofstream(crash, std::ios::binary) << input; }
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  std::filesystem::remove(crash);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s SEED_DIR MUTATIONS\n", argv[0]);
    return 2;
  }
  const std::vector<std::string> seeds = read_seeds(argv[1]);
  if (seeds.empty()) {
    std::fprintf(stderr, "%s: no seed files in %s\n", argv[0], argv[1]);
    return 2;
  }
  const std::string target = std::filesystem::path(argv[0]).filename().string();
  for (const std::string& seed : seeds) run(seed, target);
  std::mt19937 rng(15);
  const long mutations = std::strtol(argv[2], nullptr, 10);
  for (long i = 0; i < mutations; ++i) run(mutate(seeds, rng), target);
  std::printf("%zu seeds and %ld mutations passed\n", seeds.size(), mutations);
  return 0;
}
