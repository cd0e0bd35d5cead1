pgrepl_add_test(tst_lsn LABEL unit SOURCES unit/tst_lsn.cpp LIBS pgrepl_wire)
pgrepl_add_test(tst_bytereader LABEL unit SOURCES unit/tst_bytereader.cpp LIBS pgrepl_wire)
pgrepl_add_test(tst_framer LABEL unit SOURCES unit/tst_framer.cpp LIBS pgrepl_wire)
pgrepl_add_test(tst_wiremessages LABEL unit SOURCES unit/tst_wiremessages.cpp LIBS pgrepl_wire)
