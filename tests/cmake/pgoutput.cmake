pgrepl_add_test(tst_pgoutput_messages LABEL unit SOURCES unit/tst_pgoutput_messages.cpp LIBS pgrepl_pgoutput)
pgrepl_add_test(tst_pgoutput_reader LABEL unit SOURCES unit/tst_pgoutput_reader.cpp LIBS pgrepl_pgoutput)
target_compile_definitions(tst_pgoutput_reader PRIVATE
  PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput")
pgrepl_add_test(tst_pgoutput_golden LABEL pg TIMEOUT 120
  SOURCES pg/tst_pgoutput_golden.cpp
  LIBS pgrepl_txn pgrepl_store pgrepl_pgoutput)
