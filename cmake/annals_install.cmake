# Installation: the `annals` command, the public headers, the room libraries
# and a CMake package, so that another project writes
#
#   find_package(annals REQUIRED)
#   target_link_libraries(app PRIVATE annals::annals)
#
# and includes "annals/engine.h". Included from the top-level CMakeLists.txt
# after src/, so that every room library exists.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# The rooms as src/CMakeLists.txt lists them; reading the list from there
# keeps a new room from being forgotten here.
get_directory_property(ANNALS_ROOMS DIRECTORY src DEFINITION ANNALS_STAGES)
set(ANNALS_ROOM_TARGETS "")
foreach(room IN LISTS ANNALS_ROOMS)
  list(APPEND ANNALS_ROOM_TARGETS annals_${room})
endforeach()

# Static, yet linked into the Python module (a shared object): the room
# libraries need position-independent code. Set per library so that the
# executables keep their flags (and their compiler-cache entries).
set_target_properties(${ANNALS_ROOM_TARGETS} PROPERTIES POSITION_INDEPENDENT_CODE ON)

# The include paths point into the source and build trees; an installed
# package must point at <prefix>/include instead.
set_property(TARGET annals_common PROPERTY INTERFACE_INCLUDE_DIRECTORIES
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<BUILD_INTERFACE:${CMAKE_BINARY_DIR}/generated>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
# The rooms' private headers are not installed; the (empty) target is
# exported only because the static libraries name it as a private link.
set_property(TARGET annals_internal PROPERTY INTERFACE_INCLUDE_DIRECTORIES
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/src>)

# annals::annals: everything a program using the public API links.
add_library(annals_all INTERFACE)
set_target_properties(annals_all PROPERTIES EXPORT_NAME annals)
target_link_libraries(annals_all INTERFACE ${ANNALS_ROOM_TARGETS})
add_library(annals::annals ALIAS annals_all)

install(TARGETS annals RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY include/annals DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${CMAKE_BINARY_DIR}/generated/annals/version.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/annals)
install(TARGETS annals_common annals_internal annals_all ${ANNALS_ROOM_TARGETS}
  EXPORT annalsTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(ANNALS_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/annals)
install(EXPORT annalsTargets NAMESPACE annals:: DESTINATION ${ANNALS_CMAKE_DIR})
configure_package_config_file(cmake/annalsConfig.cmake.in ${CMAKE_BINARY_DIR}/annalsConfig.cmake
  INSTALL_DESTINATION ${ANNALS_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_BINARY_DIR}/annalsConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/annalsConfig.cmake ${CMAKE_BINARY_DIR}/annalsConfigVersion.cmake
  DESTINATION ${ANNALS_CMAKE_DIR})
