# The scripted fake walsender and the tests that need no real server: fault
# injection against the replication session, and the command builders.
add_library(pgrepl_fakeserver STATIC support/FakePgServer.h support/FakePgServer.cpp)
target_include_directories(pgrepl_fakeserver PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_link_libraries(pgrepl_fakeserver PUBLIC Qt6::Network Qt6::Test pgrepl_wire PRIVATE pgrepl_flags)

pgrepl_add_test(tst_fakeserver LABEL unit SOURCES unit/tst_fakeserver.cpp
  LIBS pgrepl_fakeserver pgrepl_session TIMEOUT 120)
pgrepl_add_test(tst_replicationcommands LABEL unit SOURCES unit/tst_replicationcommands.cpp LIBS pgrepl_session)
