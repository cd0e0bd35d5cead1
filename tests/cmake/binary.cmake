# Binary (send-format) values of user types: enums, domains, composites and
# arrays of them (core/types), by hand-built bytes and against the server.
pgrepl_add_test(tst_usertypevalues LABEL unit SOURCES unit/tst_usertypevalues.cpp
  LIBS pgrepl_types pgrepl_export pgrepl_txn pgrepl_store pgrepl_pgoutput)
pgrepl_add_test(tst_binaryusertypes LABEL pg SOURCES pg/tst_binaryusertypes.cpp LIBS pgrepl_cli)
