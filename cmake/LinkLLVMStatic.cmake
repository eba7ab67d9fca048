# Start-up time (issue 25): link LLVM's static component archives instead of libLLVM.so.
#
# Debian's MLIR archives name the `LLVM` target (libLLVM.so) in their link interface. Loading
# and relocating that library, and the z3, ICU and libxml2 it drags in, was most of the CPU of
# an empty dataflow-opt run. Debian also installs the static component archives
# (/usr/lib/llvm-22/lib/libLLVM*.a); dataflow_link_llvm_statically() puts those in place of
# `LLVM` wherever this build links it. The installed DataflowOpt package keeps naming `LLVM`,
# so a consumer links LLVM the way its own MLIR targets do (one copy of LLVM either way).
#
# -DDATAFLOW_LINK_LLVM_DYLIB=ON restores the dylib link.

option(DATAFLOW_LINK_LLVM_DYLIB
  "Link libLLVM.so as Debian's MLIR CMake targets do (slower start-up)" OFF)
if(NOT DATAFLOW_LINK_LLVM_DYLIB AND NOT EXISTS "${LLVM_LIBRARY_DIR}/libLLVMSupport.a")
  message(WARNING "No static LLVM libraries in ${LLVM_LIBRARY_DIR}: linking libLLVM.so "
    "(slower start-up; -DDATAFLOW_LINK_LLVM_DYLIB=ON silences this)")
  set(DATAFLOW_LINK_LLVM_DYLIB ON)
endif()

# The LLVM components MLIR's libraries use (the rest of each closure comes from the
# components' own link interfaces in LLVMExports.cmake). An archive member is linked only
# when something refers to it, so a component too many costs nothing at run time.
set(DATAFLOW_LLVM_COMPONENTS Support Demangle Core AsmParser BitReader BitWriter
  BinaryFormat Remarks TargetParser)

# Replaces `LLVM` and `$<LINK_ONLY:LLVM>` in the property `prop` of `target` by `libs`.
function(dataflow_replace_llvm target prop libs)
  get_target_property(items ${target} ${prop})
  if(NOT items)
    return()
  endif()
  set(out "")
  set(changed FALSE)
  foreach(item IN LISTS items)
    if(item STREQUAL "LLVM" OR item STREQUAL "$<LINK_ONLY:LLVM>")
      list(APPEND out ${libs})
      set(changed TRUE)
    else()
      list(APPEND out "${item}")
    endif()
  endforeach()
  if(changed)
    list(REMOVE_DUPLICATES out)
    set_property(TARGET ${target} PROPERTY ${prop} "${out}")
  endif()
endfunction()

# Every target defined in `dir` and its subdirectories.
function(dataflow_targets_under dir out)
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(sub IN LISTS subdirs)
    dataflow_targets_under(${sub} sub_targets)
    list(APPEND targets ${sub_targets})
  endforeach()
  set(${out} ${targets} PARENT_SCOPE)
endfunction()

# Called once every target exists (top-level CMakeLists.txt, before the install rules).
function(dataflow_link_llvm_statically)
  if(DATAFLOW_LINK_LLVM_DYLIB)
    return()
  endif()
  llvm_map_components_to_libnames(static_libs ${DATAFLOW_LLVM_COMPONENTS})
  # MLIR's imported libraries (they are not installed by this project).
  foreach(target IN LISTS MLIR_EXPORTED_TARGETS)
    if(TARGET ${target})
      get_target_property(type ${target} TYPE)
      if(NOT type STREQUAL "EXECUTABLE")
        dataflow_replace_llvm(${target} INTERFACE_LINK_LIBRARIES "${static_libs}")
      endif()
    endif()
  endforeach()
  # This project's targets: the static archives in the build, `LLVM` once installed.
  set(interface_libs "$<INSTALL_INTERFACE:LLVM>")
  foreach(lib IN LISTS static_libs)
    list(APPEND interface_libs "$<BUILD_INTERFACE:${lib}>")
  endforeach()
  dataflow_targets_under(${PROJECT_SOURCE_DIR} targets)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$")
      dataflow_replace_llvm(${target} LINK_LIBRARIES "${static_libs}")
    endif()
    if(NOT type STREQUAL "UTILITY")
      dataflow_replace_llvm(${target} INTERFACE_LINK_LIBRARIES "${interface_libs}")
    endif()
  endforeach()
endfunction()

if(NOT DATAFLOW_LINK_LLVM_DYLIB)
  # LLVMSupport's link interface names zstd::libzstd_shared, which LLVMConfig.cmake defines
  # only when libzstd-dev is installed; libLLVM.so's own runtime dependency serves as well.
  if(NOT TARGET zstd::libzstd_shared)
    find_library(DATAFLOW_ZSTD_LIBRARY NAMES zstd libzstd.so.1)
    if(NOT DATAFLOW_ZSTD_LIBRARY)
      message(FATAL_ERROR "libzstd not found (Debian: libzstd1); "
        "or configure with -DDATAFLOW_LINK_LLVM_DYLIB=ON")
    endif()
    add_library(zstd::libzstd_shared SHARED IMPORTED)
    set_target_properties(zstd::libzstd_shared PROPERTIES
      IMPORTED_LOCATION "${DATAFLOW_ZSTD_LIBRARY}")
  endif()
  # Whatever the static archives name but a run never uses (z3, libxml2) is not loaded;
  # unreferenced sections are dropped (add_llvm_executable adds --gc-sections itself; the
  # gtest and bench binaries get it here).
  add_link_options(LINKER:--as-needed LINKER:--gc-sections)
endif()
