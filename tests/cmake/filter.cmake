# The event filter (core/txn/EventFilter), the filter proxy and marks of the
# event list (ui/models), and the filter bar (ui/panes).
pgrepl_add_test(tst_eventfilter LABEL unit SOURCES unit/tst_eventfilter.cpp
  LIBS pgrepl_txn pgrepl_pgoutput pgrepl_store)
target_compile_definitions(tst_eventfilter PRIVATE
  PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput")
pgrepl_add_test(tst_filterproxy LABEL ui SOURCES ui/tst_filterproxy.cpp LIBS pgrepl_ui)
target_compile_definitions(tst_filterproxy PRIVATE
  PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput")
pgrepl_add_test(tst_filterbar LABEL ui SOURCES ui/tst_filterbar.cpp LIBS pgrepl_panes)
