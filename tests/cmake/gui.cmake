# The event list model, its proxy and details (ui/models), and a screenshot
# of the main window showing a capture.
pgrepl_add_test(tst_eventlistmodel LABEL ui SOURCES ui/tst_eventlistmodel.cpp LIBS pgrepl_ui)
target_compile_definitions(tst_eventlistmodel PRIVATE
  PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput")
pgrepl_add_test(tst_screenshot LABEL ui SOURCES ui/tst_screenshot.cpp LIBS pgrepl_ui)
# The PNG lands next to the test binary, for a person to look at.
target_compile_definitions(tst_screenshot PRIVATE
  PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput"
  SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}"
  PGREPL_QM_DIR="${PROJECT_BINARY_DIR}/app")
# The window as the application shows it: with the English plural forms.
add_dependencies(tst_screenshot pgrepl-inspector_lrelease)
