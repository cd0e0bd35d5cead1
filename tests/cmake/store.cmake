pgrepl_add_test(tst_eventstore LABEL unit SOURCES unit/tst_eventstore.cpp LIBS pgrepl_store)
pgrepl_add_test(tst_capturefile LABEL unit SOURCES unit/tst_capturefile.cpp LIBS pgrepl_store)
