# One INTERFACE target carries the options every project target shares, so that no
# directory-wide add_definitions() or include_directories() is needed.
add_library(recstudio_options INTERFACE)
add_library(RecStudio::Options ALIAS recstudio_options)

target_compile_features(recstudio_options INTERFACE cxx_std_20)
target_compile_options(recstudio_options INTERFACE -Wall -Wextra -Wpedantic)

option(RECSTUDIO_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
if(RECSTUDIO_WARNINGS_AS_ERRORS)
    target_compile_options(recstudio_options INTERFACE -Werror)
endif()

# Release builds keep IEEE semantics: -O2 without -ffast-math, so NaN checks and
# reproducible sums stay valid.
target_compile_options(recstudio_options INTERFACE
    $<$<CONFIG:Release>:-O2 -fno-fast-math>
    $<$<CONFIG:RelWithDebInfo>:-O2 -fno-fast-math>)

target_compile_definitions(recstudio_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    RECSTUDIO_VERSION="${PROJECT_VERSION}")
