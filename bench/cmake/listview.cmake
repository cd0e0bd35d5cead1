# Live appends to a long event list: a tree view against the flat table view.
pgrepl_add_bench(bench_listview SOURCES bench_listview.cpp LIBS pgrepl_ui pgrepl_testsupport)
