# Exports written from the store (core/export).
pgrepl_add_test(tst_export LABEL unit SOURCES unit/tst_export.cpp
  LIBS pgrepl_export pgrepl_txn pgrepl_store pgrepl_pgoutput pgrepl_types)
target_compile_definitions(tst_export PRIVATE
  PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput")
pgrepl_add_test(tst_export_wal2json LABEL pg TIMEOUT 300 SOURCES pg/tst_export_wal2json.cpp
  LIBS pgrepl_export pgrepl_txn pgrepl_store pgrepl_pgoutput pgrepl_types pgrepl_cli)
