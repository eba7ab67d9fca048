//===- Status.h - Status and Result types of the cost model -----*- C++ -*-===//
//
// The cost model never throws (MLIR code is built with -fno-exceptions). Every
// entry point returns a Status or a Result<T> whose failure carries a
// human-readable reason that a pass can turn into a diagnostic on the layer op.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_STATUS_H
#define DATAFLOW_COSTMODEL_STATUS_H

#include <optional>
#include <string>
#include <utility>

namespace dataflow::cost {

/// Why an operation failed. `Ok` means success.
enum class StatusCode {
  Ok,
  InvalidLayer,     ///< the layer shape is malformed (zero or negative sizes, ...)
  InvalidHardware,  ///< the resources are malformed
  InvalidArgument,  ///< a scheme or a pin does not fit the layer/mapping
  RegfOverflow,     ///< the register-file footprint exceeds the PE's register file
  GbufOverflow,     ///< the global-buffer footprint exceeds the node's buffer
  NoValidScheme,    ///< a search found no scheme that fits
  SearchTooLarge,   ///< the search space exceeds Options::maxCandidates
  Overflow,         ///< a figure (MACs, accesses, cycles, energy) does not fit int64 / is not finite
  Internal,         ///< a computed schedule breaks an invariant (a bug in the model)
};

/// A success flag plus a reason. Cheap to copy on success (empty string).
class Status {
public:
  Status() = default;
  static Status ok() { return Status(); }
  static Status error(StatusCode code, std::string message) {
    Status s;
    s.code_ = code;
    s.message_ = std::move(message);
    return s;
  }
  /// An error about one layer of a network, named structurally so that the compiler can
  /// put the diagnostic on that layer's op: the message reads
  /// `<prefix>layer '<layer>'<detail>`, and layer() / detail() return its parts.
  static Status layerError(StatusCode code, std::string prefix, std::string layer,
                           std::string detail) {
    Status s = error(code, prefix + "layer '" + layer + "'" + detail);
    s.layer_ = std::move(layer);
    s.detail_ = std::move(detail);
    return s;
  }
  bool isOk() const { return code_ == StatusCode::Ok; }
  explicit operator bool() const { return isOk(); }
  StatusCode code() const { return code_; }
  const std::string &message() const { return message_; }
  /// The layer a layerError names (nullopt for other errors).
  const std::optional<std::string> &layer() const { return layer_; }
  /// What a layerError says after the layer's name (e.g. ": no valid scheme ...").
  const std::string &detail() const { return detail_; }

private:
  StatusCode code_ = StatusCode::Ok;
  std::string message_;
  std::optional<std::string> layer_;
  std::string detail_;
};

/// A value or a failure Status. Accessing the value of a failed Result is a
/// programming error (checked with an assert in debug builds).
template <typename T> class Result {
public:
  Result(T value) : value_(std::move(value)) {}
  Result(Status status) : status_(std::move(status)) {}
  bool isOk() const { return value_.has_value(); }
  explicit operator bool() const { return isOk(); }
  const Status &status() const { return status_; }
  const T &value() const & { return *value_; }
  T &&value() && { return std::move(*value_); }
  const T &operator*() const { return *value_; }
  const T *operator->() const { return &*value_; }

private:
  std::optional<T> value_;
  Status status_;
};

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_STATUS_H
