pgrepl_add_test(tst_connparams LABEL unit SOURCES unit/tst_connparams.cpp LIBS pgrepl_conn)
pgrepl_add_test(tst_pgpass LABEL unit SOURCES unit/tst_pgpass.cpp LIBS pgrepl_conn)
