# The connect dialog (profiles, password store, probe answers) and the
# server probe behind "Test connection".
pgrepl_add_test(tst_connectdialog LABEL ui SOURCES ui/tst_connectdialog.cpp support/FakePasswordStore.h LIBS pgrepl_ui)
pgrepl_add_test(tst_serverprobe LABEL pg SOURCES pg/tst_serverprobe.cpp LIBS pgrepl_session TIMEOUT 120)
# The keychain store (app/keychain.cmake; the guard there keeps a second
# include from app/CMakeLists.txt harmless).
include(${PROJECT_SOURCE_DIR}/app/keychain.cmake)
pgrepl_add_test(tst_keychainstore LABEL unit SOURCES unit/tst_keychainstore.cpp LIBS pgrepl_keychain)
# The same store against a real Secret Service (gnome-keyring on a private
# session bus), where the build has QtKeychain.
get_property(_pgrepl_have_keychain GLOBAL PROPERTY PGREPL_HAVE_QTKEYCHAIN)
if(_pgrepl_have_keychain)
  pgrepl_add_test(tst_keychainservice LABEL keychain SOURCES app/tst_keychainservice.cpp
    LIBS pgrepl_keychain pgrepl_ui WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-secret-service)
endif()
