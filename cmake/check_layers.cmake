# Fails the build when a file includes a layer it may not use (docs/build.md,
# "Targets and layers"). Every target puts src/ on the include path, so the
# compiler alone would accept "store/…" in the core; this check is what keeps
# the include graph the same as the link graph.
#   cmake -DSRC=<repo>/src -DSTAMP=<file> -P cmake/check_layers.cmake
cmake_minimum_required(VERSION 3.20)

# Layer folder → the folders its files may include.
set(allowed_core core)
set(allowed_store core store)
# The field diff walks the bundle schema (store/bundle_schema.h) so that merged
# field names are the file's keys: sync sits on the store, not beside it.
set(allowed_sync core store sync)
set(allowed_app core store sync app)
set(allowed_ui core store sync app ui)
# Headers a layer may not see: the plain-C++ layers get neither the UI toolkit
# nor the browser's runtime; the UI draws with ImGui only, so it builds natively.
set(forbidden_core "imgui|emscripten|GLFW")
set(forbidden_store "${forbidden_core}")
set(forbidden_sync "${forbidden_core}")
set(forbidden_app "${forbidden_core}")
set(forbidden_ui "emscripten|GLFW")

set(errors "")
foreach(layer core store sync app ui)
  file(GLOB_RECURSE files "${SRC}/${layer}/*.h" "${SRC}/${layer}/*.cpp")
  foreach(f ${files})
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    file(RELATIVE_PATH rel "${SRC}/.." "${f}")
    foreach(line ${lines})
      if(line MATCHES "#[ \t]*include[ \t]*\"([a-z_]+)/")
        set(target_layer "${CMAKE_MATCH_1}")
        if(NOT target_layer IN_LIST allowed_${layer})
          string(REPLACE ";" ", " may "${allowed_${layer}}")
          string(APPEND errors "  ${rel}: ${line}  (${layer} may include ${may} only)\n")
        endif()
      elseif(line MATCHES "#[ \t]*include[ \t]*<(${forbidden_${layer}})")
        string(APPEND errors "  ${rel}: ${line}  (${layer} may not use ${CMAKE_MATCH_1}; platform code lives in src/platform)\n")
      endif()
    endforeach()
  endforeach()
endforeach()

if(errors)
  message(FATAL_ERROR "Layer rule broken (docs/build.md, \"Targets and layers\"):\n${errors}"
                      "Move the piece to the lower layer that both sides may use.")
endif()
if(STAMP)
  file(TOUCH "${STAMP}")
endif()
