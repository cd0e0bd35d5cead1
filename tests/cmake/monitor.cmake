# The slot monitor: retained-WAL trend and warnings (unit), polling and
# heartbeats against the sandbox (pg).
pgrepl_add_test(tst_retentiontrend LABEL unit SOURCES unit/tst_retentiontrend.cpp LIBS pgrepl_app)
pgrepl_add_test(tst_slotmonitor LABEL pg SOURCES pg/tst_slotmonitor.cpp LIBS pgrepl_app)
