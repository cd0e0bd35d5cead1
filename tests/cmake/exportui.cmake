# The export job (core/export/ExportJob): a unit test that needs an event loop.
pgrepl_add_test(tst_exportjob LABEL unit SOURCES unit/tst_exportjob.cpp
  LIBS pgrepl_export pgrepl_txn pgrepl_store pgrepl_pgoutput pgrepl_types)
# The export dialog and its progress runner (ui/dialogs), offscreen.
pgrepl_add_test(tst_exportdialog LABEL ui SOURCES ui/tst_exportdialog.cpp LIBS pgrepl_ui)
