pgrepl_add_test(tst_commandline LABEL unit
  SOURCES unit/tst_commandline.cpp
  LIBS pgrepl_app)
add_dependencies(tst_commandline pgrepl-inspector)
target_compile_definitions(tst_commandline PRIVATE
  PGREPL_APP_BINARY="$<TARGET_FILE:pgrepl-inspector>")

pgrepl_add_test(tst_sandbox LABEL pg SOURCES pg/tst_sandbox.cpp LIBS Qt6::Network)
pgrepl_add_test(tst_mainwindow LABEL ui SOURCES ui/tst_mainwindow.cpp LIBS pgrepl_ui)
