# One INTERFACE target carries the project's strict flags; every target of
# ours links it, so the rules live in one place.
add_library(pgrepl_flags INTERFACE)

target_compile_definitions(pgrepl_flags INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(pgrepl_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports std::optional members as "maybe uninitialized" at -O2
    # where they cannot be; the warning is noise there.
    target_compile_options(pgrepl_flags INTERFACE -Wno-maybe-uninitialized)
  endif()
  if(PGREPL_WERROR)
    target_compile_options(pgrepl_flags INTERFACE -Werror)
  endif()
  if(PGREPL_SANITIZE)
    target_compile_options(pgrepl_flags INTERFACE
      -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(pgrepl_flags INTERFACE -fsanitize=address,undefined)
  endif()
  if(PGREPL_FUZZ)
    # Coverage for the libraries; only the fuzz executables link libFuzzer.
    target_compile_options(pgrepl_flags INTERFACE
      -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(pgrepl_flags INTERFACE -fsanitize=address,undefined)
  endif()
endif()
