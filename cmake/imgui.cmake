# Dear ImGui's core from .deps/imgui (scripts/setup.sh), the same source for the
# browser app and the native UI library. No backend here: src/ui draws through
# imgui.h alone; the browser's renderer and input live in src/platform/web.
set(RM_IMGUI "${RM_DEPS}/imgui")
add_library(imgui STATIC
  ${RM_IMGUI}/imgui.cpp ${RM_IMGUI}/imgui_draw.cpp ${RM_IMGUI}/imgui_tables.cpp
  ${RM_IMGUI}/imgui_widgets.cpp ${RM_IMGUI}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${RM_IMGUI} ${RM_IMGUI}/misc/cpp)
# 32-bit indices: a screen full of CJK text can pass 65 535 vertices in one list,
# and WebGL2 draws UNSIGNED_INT indices natively.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS "ImDrawIdx=unsigned int")
# The duplicate-ID check (src/ui/duplicate_ids.cpp, docs/ui-automation.md
# "Duplicate ids"): ImGui calls its test-engine hooks for every item it adds;
# the hooks live in the library, so every program that links ImGui has them.
target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE)
target_sources(imgui PRIVATE ${CMAKE_SOURCE_DIR}/src/ui/duplicate_ids.cpp)
target_include_directories(imgui PRIVATE ${CMAKE_SOURCE_DIR}/src)
