//===- SweepLock.cpp - One writer per sweep CSV ---------------------------===//

#include "SweepLock.h"

#include <cerrno>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dataflow::dse;

namespace {

std::string holderOf(int fd) {
  char text[512];
  ssize_t n = ::pread(fd, text, sizeof(text) - 1, 0);
  std::string holder(text, n > 0 ? size_t(n) : 0);
  while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\r'))
    holder.pop_back();
  return holder.empty() ? "a process that has not written its name yet" : holder;
}

std::string describeSelf() {
  char host[256] = "?";
  if (::gethostname(host, sizeof(host) - 1) != 0)
    std::strcpy(host, "?");
  host[sizeof(host) - 1] = '\0';
  char when[32] = "?";
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  if (::gmtime_r(&now, &utc))
    std::strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return "dataflow-dse pid " + std::to_string(::getpid()) + " on host " + host + ", started " +
         when;
}

} // namespace

bool SweepLock::acquire(const std::string &csvPath, std::string &error) {
  const std::string lock = lockPath(csvPath);
  // A holder removes the file before it unlocks it; a run that opened the old file in the
  // meantime locks a file no longer at the path, sees so, and tries again.
  for (int attempt = 0; attempt < 100; ++attempt) {
    int f = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (f < 0) {
      error = "cannot create the lock file '" + lock + "' of '" + csvPath +
              "': " + std::strerror(errno);
      return false;
    }
    if (::flock(f, LOCK_EX | LOCK_NB) != 0) {
      int err = errno;
      std::string holder = err == EWOULDBLOCK ? holderOf(f) : "";
      ::close(f);
      if (err == EWOULDBLOCK)
        error = "'" + csvPath + "' is being written by another run (" + holder +
                "; lock file '" + lock + "'); wait for it to finish or write to another file";
      else
        error = "cannot lock '" + lock + "': " + std::strerror(err);
      return false;
    }
    struct stat held {}, atPath {};
    if (::fstat(f, &held) == 0 && ::stat(lock.c_str(), &atPath) == 0 &&
        held.st_dev == atPath.st_dev && held.st_ino == atPath.st_ino) {
      std::string self = describeSelf() + "\n";
      if (::ftruncate(f, 0) != 0 || ::pwrite(f, self.data(), self.size(), 0) < 0) {
        // The lock holds without the holder's name; a refused writer says so.
      }
      fd = f;
      path = lock;
      return true;
    }
    ::close(f); // removed or replaced while we waited: take the file now at the path
  }
  error = "cannot lock '" + lock + "': it keeps being replaced";
  return false;
}

SweepLock::~SweepLock() {
  if (fd < 0)
    return;
  ::unlink(path.c_str());
  ::close(fd);
}
