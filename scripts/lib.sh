# Shared by the scripts in this folder: install what is missing, configure and build.
# Source it; it sets REPO, BUILD and PY.

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${DATAFLOW_BUILD_DIR:-$REPO/build}
# Debian's python sees Debian's packages (numpy, pytest, matplotlib); a pyenv shim may not.
PY=/usr/bin/python3

DEBIAN_PACKAGES=(cmake ninja-build g++ llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools
                 libgtest-dev libbenchmark-dev lld python3 python3-numpy python3-pytest
                 python3-matplotlib libnlopt-dev python3-onnx python3-torch
                 python3-torchvision python3-distributed chromium)

log() { printf '[dataflow-opt] %s\n' "$*" >&2; }

ensure_packages() {
  local missing=()
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing missing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -q >&2 || { log "apt-get update failed"; return 1; }
  # LLVM/MLIR 22 come from the bookworm-security suite on Debian 12 (docs/toolchain.md §1).
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >&2; then
    log "apt-get install failed; LLVM/MLIR 22 must be available from your apt sources"
    return 1
  fi
}

configure_and_build() {
  if [ ! -f "$BUILD/build.ninja" ]; then
    log "configuring in $BUILD"
    cmake -G Ninja -S "$REPO" -B "$BUILD" \
      -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
      -DCMAKE_BUILD_TYPE=Release \
      -DLLVM_USE_LINKER=lld \
      -DPython3_EXECUTABLE=$PY >&2 || return 1
  fi
  log "building (ninja -C $BUILD)"
  ninja -C "$BUILD" >&2
}
