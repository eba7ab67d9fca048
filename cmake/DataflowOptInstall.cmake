# Install rules: headers (source and generated), the libraries and a CMake package so that
# another project can find_package(DataflowOpt) and link the dialect, the passes and the
# cost model. Included at the end of the top-level CMakeLists.txt, once every target
# exists. Tested by test/Install/install-consumer.test.

include(CMakePackageConfigHelpers)

set(DATAFLOW_VERSION 0.1.0)

set(DATAFLOW_INSTALL_INCLUDE_DIR include)
set(DATAFLOW_INSTALL_LIB_DIR lib${LLVM_LIBDIR_SUFFIX})
set(DATAFLOW_INSTALL_CMAKE_DIR ${DATAFLOW_INSTALL_LIB_DIR}/cmake/DataflowOpt)

# The public libraries, plus every library of this project they link (an exported target
# may only depend on exported targets, so a new internal library joins automatically).
set(DATAFLOW_PUBLIC_LIBRARIES
  MLIRDataflow MLIRDataflowBridge MLIRDataflowTransforms MLIRDataflowConversion
  MLIRDataflowTarget MLIRDataflowRegistration DataflowCostModel)

# `out`: the project's libraries reachable from ARGN; `out_imported`: the namespaced
# imported targets they link (NLopt::nlopt...), which the package config must find.
function(dataflow_link_closure out out_imported)
  set(seen "")
  set(imported_deps "")
  set(work ${ARGN})
  while(work)
    list(POP_FRONT work target)
    if(NOT TARGET ${target} OR target IN_LIST seen)
      continue()
    endif()
    get_target_property(imported ${target} IMPORTED)
    get_target_property(aliased ${target} ALIASED_TARGET)
    get_target_property(type ${target} TYPE)
    if(imported AND target MATCHES "::")
      list(APPEND imported_deps ${target})
    endif()
    if(imported OR aliased OR type STREQUAL "EXECUTABLE")
      continue()
    endif()
    list(APPEND seen ${target})
    get_target_property(links ${target} LINK_LIBRARIES)
    get_target_property(interface ${target} INTERFACE_LINK_LIBRARIES)
    foreach(lib IN LISTS links interface)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
      if(TARGET ${lib})
        list(APPEND work ${lib})
      elseif(lib MATCHES "^[A-Za-z0-9_]+::")
        # Imported in a subdirectory (find_package scope), so not visible here.
        list(APPEND imported_deps ${lib})
      endif()
    endforeach()
  endwhile()
  list(REMOVE_DUPLICATES imported_deps)
  set(${out} ${seen} PARENT_SCOPE)
  set(${out_imported} ${imported_deps} PARENT_SCOPE)
endfunction()

dataflow_link_closure(DATAFLOW_EXPORTED_TARGETS DATAFLOW_IMPORTED_DEPENDENCIES
  ${DATAFLOW_PUBLIC_LIBRARIES})

# find_dependency() lines for the package config, one per third-party package.
set(DATAFLOW_FIND_DEPENDENCIES "")
foreach(dep IN LISTS DATAFLOW_IMPORTED_DEPENDENCIES)
  string(REGEX REPLACE "::.*$" "" package "${dep}")
  string(APPEND DATAFLOW_FIND_DEPENDENCIES
    "if(NOT TARGET ${dep})\n  find_dependency(${package})\nendif()\n")
endforeach()
list(SORT DATAFLOW_EXPORTED_TARGETS)

foreach(target IN LISTS DATAFLOW_EXPORTED_TARGETS)
  # The build uses directory include paths; consumers get the installed headers.
  target_include_directories(${target} INTERFACE
    $<INSTALL_INTERFACE:${DATAFLOW_INSTALL_INCLUDE_DIR}>)
endforeach()

install(TARGETS ${DATAFLOW_EXPORTED_TARGETS}
  EXPORT DataflowOptTargets
  COMPONENT dataflow-dev
  ARCHIVE DESTINATION ${DATAFLOW_INSTALL_LIB_DIR}
  LIBRARY DESTINATION ${DATAFLOW_INSTALL_LIB_DIR}
  RUNTIME DESTINATION bin)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/Dataflow
  DESTINATION ${DATAFLOW_INSTALL_INCLUDE_DIR}
  COMPONENT dataflow-dev
  FILES_MATCHING PATTERN "*.h" PATTERN "*.td")
install(DIRECTORY ${PROJECT_BINARY_DIR}/include/Dataflow
  DESTINATION ${DATAFLOW_INSTALL_INCLUDE_DIR}
  COMPONENT dataflow-dev
  FILES_MATCHING PATTERN "*.inc"
  PATTERN "CMakeFiles" EXCLUDE)

install(EXPORT DataflowOptTargets
  NAMESPACE DataflowOpt::
  DESTINATION ${DATAFLOW_INSTALL_CMAKE_DIR}
  COMPONENT dataflow-dev)

# DataflowOpt_LIBRARIES in the package config: the public libraries.
set(DATAFLOW_CONFIG_LIBRARIES "")
foreach(target IN LISTS DATAFLOW_PUBLIC_LIBRARIES)
  list(APPEND DATAFLOW_CONFIG_LIBRARIES DataflowOpt::${target})
endforeach()
configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/DataflowOptConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/DataflowOptConfig.cmake
  INSTALL_DESTINATION ${DATAFLOW_INSTALL_CMAKE_DIR}
  PATH_VARS DATAFLOW_INSTALL_INCLUDE_DIR)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/cmake/DataflowOptConfigVersion.cmake
  VERSION ${DATAFLOW_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/cmake/DataflowOptConfig.cmake
  ${PROJECT_BINARY_DIR}/cmake/DataflowOptConfigVersion.cmake
  DESTINATION ${DATAFLOW_INSTALL_CMAKE_DIR}
  COMPONENT dataflow-dev)
