# The painted panes (hex dump, LSN panel, rate graph). Until ui/CMakeLists.txt
# adds the folder itself, build it from here so the tests have their library.
if(NOT TARGET pgrepl_panes)
  add_subdirectory(${PROJECT_SOURCE_DIR}/ui/panes ${CMAKE_BINARY_DIR}/ui/panes)
endif()
pgrepl_add_test(tst_panes LABEL ui SOURCES ui/tst_panes.cpp LIBS pgrepl_panes)
# Screenshots of each widget land next to the test binary, for a human to look at.
target_compile_definitions(tst_panes PRIVATE PANES_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}")
