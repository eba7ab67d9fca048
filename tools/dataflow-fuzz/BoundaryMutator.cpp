//===- BoundaryMutator.cpp - numbers at the boundaries (libFuzzer only) ---===//
//
// Issue 24 item 5: structure-aware mutation for the fuzz target. Half of the mutations
// replace one number of the input (a run of digits with its sign, decimal point and
// exponent) by a boundary value: 0, 1, -1, 2^31 +- 1, 2^32, 2^63 - 1, 2^63, 2^64, a number
// beyond int64, 1e-300, 1e300, 1e308, nan, inf. Every numeric field of an accelerator, a
// layer, a schedule attribute or a pass option thus meets the values that overflow a
// product or a conversion. The other half are libFuzzer's own mutations. Linked into
// `dataflow-fuzz` only (it calls LLVMFuzzerMutate, which only libFuzzer defines).
//
//===----------------------------------------------------------------------===//

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

const char *const kBoundaries[] = {
    "0",    "1",          "-1",          "2",          "2147483647", "2147483648",
    "2147483646",         "-2147483648", "4294967295", "4294967296", "4294967297",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "18446744073709551616", "99999999999999999999999", "1e-300", "1e300", "1e308",
    "1.0e309", "-1e308", "nan", "inf", "-inf", "0.0", "-0.0", "1.5", "65536", "1000000000"};

/// [begin, end) of every number in the text.
std::vector<std::pair<size_t, size_t>> numbers(const uint8_t *data, size_t size) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t i = 0;
  while (i < size) {
    if (!std::isdigit(data[i])) {
      ++i;
      continue;
    }
    // Not a digit inside an identifier (conv1, %arg0, sha-like file names).
    if (i > 0 && (std::isalpha(data[i - 1]) || data[i - 1] == '_' || data[i - 1] == '%' ||
                  data[i - 1] == '#' || data[i - 1] == '@')) {
      while (i < size && std::isalnum(data[i]))
        ++i;
      continue;
    }
    size_t b = i;
    if (b > 0 && data[b - 1] == '-')
      --b;
    while (i < size && (std::isdigit(data[i]) || data[i] == '.'))
      ++i;
    if (i < size && (data[i] == 'e' || data[i] == 'E')) {
      size_t j = i + 1;
      if (j < size && (data[j] == '-' || data[j] == '+'))
        ++j;
      if (j < size && std::isdigit(data[j])) {
        i = j;
        while (i < size && std::isdigit(data[i]))
          ++i;
      }
    }
    // `x` in a shape (4x4xf32) ends a number too; keep it outside.
    out.push_back({b, i});
  }
  return out;
}

} // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize,
                                          unsigned int seed) {
  std::minstd_rand rng(seed);
  if (rng() % 2 == 0)
    return LLVMFuzzerMutate(data, size, maxSize);
  const std::vector<std::pair<size_t, size_t>> nums = numbers(data, size);
  if (nums.empty())
    return LLVMFuzzerMutate(data, size, maxSize);
  // One to three numbers per mutation.
  std::string text(reinterpret_cast<const char *>(data), size);
  const int count = 1 + int(rng() % 3);
  std::vector<std::pair<size_t, size_t>> picked;
  for (int k = 0; k < count; ++k)
    picked.push_back(nums[rng() % nums.size()]);
  // Replace from the back so earlier offsets stay valid; skip overlaps (duplicates).
  std::sort(picked.begin(), picked.end());
  picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
  for (auto it = picked.rbegin(); it != picked.rend(); ++it) {
    const char *v = kBoundaries[rng() % (sizeof(kBoundaries) / sizeof(kBoundaries[0]))];
    text.replace(it->first, it->second - it->first, v);
  }
  if (text.size() > maxSize)
    return LLVMFuzzerMutate(data, size, maxSize);
  std::memcpy(data, text.data(), text.size());
  return text.size();
}
