pgrepl_add_test(tst_pgconnection LABEL pg SOURCES pg/tst_pgconnection.cpp LIBS pgrepl_session TIMEOUT 120)
pgrepl_add_test(tst_replicationsession LABEL pg SOURCES pg/tst_replicationsession.cpp LIBS pgrepl_session TIMEOUT 180)
pgrepl_add_test(tst_slotcommands LABEL pg SOURCES pg/tst_slotcommands.cpp LIBS pgrepl_session TIMEOUT 120)
pgrepl_add_test(tst_pgoutput_columnlist LABEL pg SOURCES pg/tst_pgoutput_columnlist.cpp
  LIBS pgrepl_session pgrepl_pgoutput pgrepl_types)
pgrepl_add_test(tst_sessionthread LABEL unit SOURCES unit/tst_sessionthread.cpp LIBS pgrepl_session)
pgrepl_add_test(tst_batchhandoff LABEL unit SOURCES unit/tst_batchhandoff.cpp LIBS pgrepl_session)
