# The password store behind the connect dialog's "Save password in the
# keychain": target pgrepl_keychain (app/KeychainPasswordStore). With
# QtKeychain it uses the system keychain; without, the app still builds and
# passwords are simply not saved. Include it from app/CMakeLists.txt before
# the translations are collected, then link pgrepl_app to pgrepl_keychain.
if(TARGET pgrepl_keychain)
  return()
endif()

option(PGREPL_WITH_KEYCHAIN "Save connection passwords in the system keychain (needs QtKeychain)" ON)
if(PGREPL_WITH_KEYCHAIN)
  find_package(Qt6Keychain QUIET)
endif()

add_library(pgrepl_keychain STATIC
  ${PROJECT_SOURCE_DIR}/app/KeychainPasswordStore.h
  ${PROJECT_SOURCE_DIR}/app/KeychainPasswordStore.cpp)
target_include_directories(pgrepl_keychain PUBLIC ${PROJECT_SOURCE_DIR}/app)
target_link_libraries(pgrepl_keychain PUBLIC pgrepl_ui PRIVATE pgrepl_flags)
if(PGREPL_WITH_KEYCHAIN AND Qt6Keychain_FOUND)
  target_link_libraries(pgrepl_keychain PRIVATE qt6keychain)
  target_compile_definitions(pgrepl_keychain PUBLIC PGREPL_HAVE_QTKEYCHAIN=1)
  set_property(GLOBAL PROPERTY PGREPL_HAVE_QTKEYCHAIN ON)
  message(STATUS "Connection passwords: system keychain (QtKeychain ${Qt6Keychain_VERSION})")
else()
  target_compile_definitions(pgrepl_keychain PUBLIC PGREPL_HAVE_QTKEYCHAIN=0)
  message(STATUS "Connection passwords: not saved (QtKeychain not found or PGREPL_WITH_KEYCHAIN=OFF)")
endif()
set_property(GLOBAL APPEND PROPERTY PGREPL_TR_SOURCES ${PROJECT_SOURCE_DIR}/app/KeychainPasswordStore.cpp)
