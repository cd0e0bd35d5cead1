# The slot manager: SlotAdmin's SQL and diagnosis (unit), its operations
# against the sandbox (pg), and the table model and dialog (ui, with the pg
# fixture for the dialog driven against the server).
pgrepl_add_test(tst_slotqueries LABEL unit SOURCES unit/tst_slotqueries.cpp LIBS pgrepl_session)
pgrepl_add_test(tst_slotadmin LABEL pg SOURCES pg/tst_slotadmin.cpp LIBS pgrepl_session TIMEOUT 180)
# A ui test that also needs the sandbox for the dialog's live part.
pgrepl_add_test(tst_slotmanager LABEL ui SOURCES ui/tst_slotmanager.cpp LIBS pgrepl_ui TIMEOUT 120)
set_tests_properties(tst_slotmanager PROPERTIES
  FIXTURES_REQUIRED pg_sandbox
  RESOURCE_LOCK pg_sandbox
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PGREPL_SANDBOX_STATE=${PGREPL_SANDBOX_STATE}")
# The dialog's screenshot lands next to the test binary, for a person to look at.
target_compile_definitions(tst_slotmanager PRIVATE SLOTS_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}")
