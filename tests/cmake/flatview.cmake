# The flat event list: TreeFlattener (ui/models) over the filter proxy, and
# the table view with its branch-drawing delegate (ui/panes).
pgrepl_add_test(tst_treeflattener LABEL ui SOURCES ui/tst_treeflattener.cpp LIBS pgrepl_ui)
target_compile_definitions(tst_treeflattener PRIVATE
  PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput")
pgrepl_add_test(tst_eventtableview LABEL ui SOURCES ui/tst_eventtableview.cpp LIBS pgrepl_ui)
target_compile_definitions(tst_eventtableview PRIVATE
  PGOUTPUT_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/pgoutput")
# The delegate's cache of laid-out cell texts.
pgrepl_add_test(tst_shapedtextcache LABEL ui SOURCES ui/tst_shapedtextcache.cpp LIBS pgrepl_ui)
