//===- ReplayMain.cpp - run the fuzz target on saved inputs ---------------===//
//
// Without libFuzzer (a gcc build): feeds each file given, or each file of each directory
// given, to LLVMFuzzerTestOneInput once. The test suite replays the kept corpus this way.
//
//===----------------------------------------------------------------------===//

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay(llvm::StringRef path) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    llvm::errs() << "dataflow-fuzz-replay: cannot read '" << path
                 << "': " << buffer.getError().message() << "\n";
    return 1;
  }
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>((*buffer)->getBufferStart()),
                         (*buffer)->getBufferSize());
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    llvm::errs() << "usage: dataflow-fuzz-replay FILE|DIR...\n";
    return 2;
  }
  int inputs = 0, failures = 0;
  for (int i = 1; i < argc; ++i) {
    if (!llvm::sys::fs::is_directory(argv[i])) {
      failures += replay(argv[i]);
      ++inputs;
      continue;
    }
    std::error_code ec;
    for (llvm::sys::fs::directory_iterator it(argv[i], ec), end; it != end && !ec;
         it.increment(ec)) {
      if (llvm::sys::fs::is_regular_file(it->path())) {
        failures += replay(it->path());
        ++inputs;
      }
    }
  }
  llvm::outs() << "replayed " << inputs << " inputs\n";
  return failures ? 1 : 0;
}
