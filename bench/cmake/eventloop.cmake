# Event-loop stalls of the GUI following a busy slot (needs PostgreSQL 15 and
# pgbench; starts its own sandbox). Run by hand: see the top of the source.
pgrepl_add_bench(bench_eventloop SOURCES bench_eventloop.cpp LIBS pgrepl_app pgrepl_testsupport)
target_compile_definitions(bench_eventloop PRIVATE PGREPL_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
