pgrepl_add_test(tst_typenames LABEL unit SOURCES unit/tst_typenames.cpp LIBS pgrepl_types)
pgrepl_add_test(tst_binaryvalues LABEL unit SOURCES unit/tst_binaryvalues.cpp LIBS pgrepl_types)
pgrepl_add_test(tst_types_server LABEL pg SOURCES pg/tst_types_server.cpp LIBS pgrepl_types TIMEOUT 300)
