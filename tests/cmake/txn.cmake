# The transaction index and change views (core/txn).
pgrepl_add_test(tst_transactionindex LABEL unit SOURCES unit/tst_transactionindex.cpp
  LIBS pgrepl_txn pgrepl_pgoutput pgrepl_store)
target_compile_definitions(tst_transactionindex PRIVATE
  PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput")
pgrepl_add_test(tst_changeview LABEL unit SOURCES unit/tst_changeview.cpp
  LIBS pgrepl_txn pgrepl_pgoutput pgrepl_types)
target_compile_definitions(tst_changeview PRIVATE
  PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput")
