# The headless subcommands (app/cli), run as the real executable.
pgrepl_add_test(tst_cli_unit LABEL unit SOURCES unit/tst_cli_unit.cpp LIBS pgrepl_core)
add_dependencies(tst_cli_unit pgrepl-inspector)
target_compile_definitions(tst_cli_unit PRIVATE PGREPL_APP_BINARY="$<TARGET_FILE:pgrepl-inspector>")
pgrepl_add_test(tst_cli LABEL pg TIMEOUT 300 SOURCES pg/tst_cli.cpp LIBS pgrepl_session pgrepl_store pgrepl_pgoutput)
add_dependencies(tst_cli pgrepl-inspector)
target_compile_definitions(tst_cli PRIVATE PGREPL_APP_BINARY="$<TARGET_FILE:pgrepl-inspector>")
