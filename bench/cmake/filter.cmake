# Filtering a million events through the event list's proxy and a tree view.
pgrepl_add_bench(bench_filter SOURCES bench_filter.cpp LIBS pgrepl_ui pgrepl_testsupport)
