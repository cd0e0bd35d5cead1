# The application's wiring driven against the sandbox: a ui test that needs
# the pg fixture too.
pgrepl_add_test(tst_inspector_live LABEL ui SOURCES app/tst_inspector_live.cpp LIBS pgrepl_app TIMEOUT 180)
set_tests_properties(tst_inspector_live PROPERTIES
  FIXTURES_REQUIRED pg_sandbox
  RESOURCE_LOCK pg_sandbox
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PGREPL_SANDBOX_STATE=${PGREPL_SANDBOX_STATE}")
pgrepl_add_test(tst_import LABEL ui SOURCES app/tst_import.cpp LIBS pgrepl_app)
pgrepl_add_test(tst_inspector_marks LABEL ui SOURCES app/tst_inspector_marks.cpp LIBS pgrepl_app)
target_compile_definitions(tst_inspector_marks PRIVATE PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput")
