# The browser app: the UI library (rmui, with ImGui from cmake/imgui.cmake) + our
# WebGL2 renderer + the platform glue, linked to build/web/app.js + app.wasm,
# with the HTML shell, JS and the font beside them.

set(RM_WEB_OUT "${CMAKE_BINARY_DIR}/../web")
set(RM_GEN "${CMAKE_BINARY_DIR}/generated")
file(MAKE_DIRECTORY ${RM_GEN} ${RM_WEB_OUT})

# Shaders are GLSL ES 3.0 files in shaders/, embedded as string literals.
set(RM_SHADER_INC "${RM_GEN}/shaders.inc")
add_custom_command(
  OUTPUT ${RM_SHADER_INC}
  COMMAND ${CMAKE_COMMAND} -DOUT=${RM_SHADER_INC} -DDIR=${CMAKE_SOURCE_DIR}/shaders
          -P ${CMAKE_SOURCE_DIR}/cmake/embed_shaders.cmake
  DEPENDS ${CMAKE_SOURCE_DIR}/shaders/ui.vert ${CMAKE_SOURCE_DIR}/shaders/ui.frag
          ${CMAKE_SOURCE_DIR}/cmake/embed_shaders.cmake
  COMMENT "Embedding shaders")

# The UI font: a GB2312 subset of Debian's WenQuanYi Micro Hei, cut at build time.
set(RM_FONT_SRC /usr/share/fonts/truetype/wqy/wqy-microhei.ttc)
set(RM_FONT_OUT "${RM_WEB_OUT}/fonts/ui.ttf")
set(RM_FONT_RANGES "${RM_GEN}/font_ranges.inc")
add_custom_command(
  OUTPUT ${RM_FONT_OUT} ${RM_FONT_RANGES}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${RM_WEB_OUT}/fonts
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/scripts/build/make_font.py
          ${RM_FONT_SRC} ${RM_FONT_OUT} ${RM_FONT_RANGES}
  DEPENDS ${CMAKE_SOURCE_DIR}/scripts/build/make_font.py
  COMMENT "Subsetting the UI font")

file(GLOB_RECURSE RM_APP_SOURCES CONFIGURE_DEPENDS src/platform/web/*.cpp)
add_executable(app ${RM_APP_SOURCES} ${RM_SHADER_INC} ${RM_FONT_RANGES})
target_include_directories(app PRIVATE ${RM_GEN})
target_link_libraries(app PRIVATE rmui)
rm_warnings(app)
set_target_properties(app PROPERTIES
  RUNTIME_OUTPUT_DIRECTORY ${RM_WEB_OUT} OUTPUT_NAME app SUFFIX ".js")
target_link_options(app PRIVATE
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sFORCE_FILESYSTEM=1 -lidbfs.js
  -sEXPORTED_RUNTIME_METHODS=[FS,ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8]
  -sEXPORTED_FUNCTIONS=[_main,_malloc,_free]
  -sINITIAL_MEMORY=64MB -sTOTAL_STACK=1MB
  -sENVIRONMENT=web)

# Static files: the HTML shell, JS glue and assets are copied as they are.
file(GLOB_RECURSE RM_WEB_FILES CONFIGURE_DEPENDS
  RELATIVE ${CMAKE_SOURCE_DIR}/web ${CMAKE_SOURCE_DIR}/web/*)
# web/sw.js is a template: the last step below writes build/web/sw.js from it.
list(REMOVE_ITEM RM_WEB_FILES sw.js)
set(RM_WEB_COPIES)
foreach(f ${RM_WEB_FILES})
  add_custom_command(
    OUTPUT ${RM_WEB_OUT}/${f}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_SOURCE_DIR}/web/${f} ${RM_WEB_OUT}/${f}
    DEPENDS ${CMAKE_SOURCE_DIR}/web/${f})
  list(APPEND RM_WEB_COPIES ${RM_WEB_OUT}/${f})
endforeach()
file(GLOB_RECURSE RM_STATIC_FILES CONFIGURE_DEPENDS
  RELATIVE ${CMAKE_SOURCE_DIR}/static ${CMAKE_SOURCE_DIR}/static/*)
foreach(f ${RM_STATIC_FILES})
  add_custom_command(
    OUTPUT ${RM_WEB_OUT}/${f}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CMAKE_SOURCE_DIR}/static/${f} ${RM_WEB_OUT}/${f}
    DEPENDS ${CMAKE_SOURCE_DIR}/static/${f})
  list(APPEND RM_WEB_COPIES ${RM_WEB_OUT}/${f})
endforeach()
# The passphrase strength estimator (zxcvbn 4.4.2, MIT, from npm: package.json):
# 0.8 MB, so the page loads it only when a passphrase is being chosen
# (web/js/strength.js), never at start-up.
set(RM_ZXCVBN ${CMAKE_SOURCE_DIR}/node_modules/zxcvbn)
if(NOT EXISTS ${RM_ZXCVBN}/dist/zxcvbn.js)
  message(FATAL_ERROR "node_modules/zxcvbn is missing: run npm ci (scripts/setup.sh) first")
endif()
foreach(pair "dist/zxcvbn.js=vendor/zxcvbn.js" "LICENSE.txt=vendor/zxcvbn-LICENSE.txt")
  string(REPLACE "=" ";" pair ${pair})
  list(GET pair 0 from)
  list(GET pair 1 to)
  add_custom_command(
    OUTPUT ${RM_WEB_OUT}/${to}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${RM_ZXCVBN}/${from} ${RM_WEB_OUT}/${to}
    DEPENDS ${RM_ZXCVBN}/${from})
  list(APPEND RM_WEB_COPIES ${RM_WEB_OUT}/${to})
endforeach()

# The manifest's icons, rendered from static/icon.svg (scripts/build/make_icons.js).
set(RM_ICONS ${RM_WEB_OUT}/icons/icon-192.png ${RM_WEB_OUT}/icons/icon-512.png
             ${RM_WEB_OUT}/icons/icon-maskable-512.png)
add_custom_command(
  OUTPUT ${RM_ICONS}
  COMMAND node ${CMAKE_SOURCE_DIR}/scripts/build/make_icons.js
          ${CMAKE_SOURCE_DIR}/static/icon.svg ${RM_WEB_OUT}/icons
  DEPENDS ${CMAKE_SOURCE_DIR}/static/icon.svg ${CMAKE_SOURCE_DIR}/scripts/build/make_icons.js
  COMMENT "Rendering the app icons")

# Last: the list of every file of the build with its hash, and the service
# worker that precaches it (scripts/build/precache.js). It runs at the end of
# web_assets (JS-only changes) and again after app.js/app.wasm are linked.
set(RM_PRECACHE node ${CMAKE_SOURCE_DIR}/scripts/build/precache.js ${RM_WEB_OUT} ${CMAKE_SOURCE_DIR}/web/sw.js)
add_custom_target(web_assets ALL
  COMMAND ${RM_PRECACHE}
  DEPENDS ${RM_WEB_COPIES} ${RM_FONT_OUT} ${RM_ICONS} ${CMAKE_SOURCE_DIR}/web/sw.js
          ${CMAKE_SOURCE_DIR}/scripts/build/precache.js
  COMMENT "Listing the build for the service worker")
add_dependencies(app web_assets)
add_custom_command(TARGET app POST_BUILD COMMAND ${RM_PRECACHE} VERBATIM)

# The sync with a WebDAV share (src/platform/web_sync): a module of its own,
# built with ASYNCIFY so the protocol's blocking calls await the page's fetch
# and WebCrypto; the app's module stays without it. It runs in a worker
# (web/js/sync_worker.js), started when a sync first runs. Linked before the app, whose post-build step lists the
# whole folder for the service worker.
file(GLOB RM_SYNC_ENGINE_SOURCES CONFIGURE_DEPENDS src/platform/web_sync/*.cpp)
add_executable(sync_engine ${RM_SYNC_ENGINE_SOURCES})
target_link_libraries(sync_engine PRIVATE rmapp)
rm_warnings(sync_engine)
set_target_properties(sync_engine PROPERTIES
  RUNTIME_OUTPUT_DIRECTORY ${RM_WEB_OUT} OUTPUT_NAME sync_engine SUFFIX ".js")
target_link_options(sync_engine PRIVATE
  -sASYNCIFY -sASYNCIFY_STACK_SIZE=65536
  -sMODULARIZE=1 -sEXPORT_NAME=RMSyncEngine
  -sEXPORTED_RUNTIME_METHODS=[ccall,UTF8ToString,stringToUTF8,lengthBytesUTF8]
  -sEXPORTED_FUNCTIONS=[_malloc,_free]
  -sINITIAL_MEMORY=32MB -sTOTAL_STACK=1MB
  -sENVIRONMENT=web,worker)
add_dependencies(app sync_engine)
