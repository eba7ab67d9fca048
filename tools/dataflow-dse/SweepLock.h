//===- SweepLock.h - One writer per sweep CSV --------------------*- C++ -*-===//
//
// A run that writes a CSV holds an exclusive flock(2) on "<csv>.lock" from before it reads
// the rows already written (resume) until it exits; a second writer is refused at once with
// the holder's pid, host and start time, which the holder writes into the lock file. The
// kernel drops the lock when its holder dies, so a killed run leaves no stale lock (only a
// stale file, which the next run takes over). The holder removes the file when it is done.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_DSE_SWEEPLOCK_H
#define DATAFLOW_DSE_SWEEPLOCK_H

#include <string>

namespace dataflow::dse {

class SweepLock {
public:
  SweepLock() = default;
  SweepLock(const SweepLock &) = delete;
  SweepLock &operator=(const SweepLock &) = delete;
  ~SweepLock(); // removes the lock file and releases the lock

  /// Takes the lock of `csvPath` without waiting. On failure `error` names the CSV, the
  /// lock file and, when known, the holder.
  bool acquire(const std::string &csvPath, std::string &error);

  /// The lock file of a CSV.
  static std::string lockPath(const std::string &csvPath) { return csvPath + ".lock"; }

private:
  int fd = -1;
  std::string path;
};

} // namespace dataflow::dse

#endif // DATAFLOW_DSE_SWEEPLOCK_H
