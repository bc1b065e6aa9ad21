# Included from tests/CMakeLists.txt after modelmarket_add_tests(reliability mm_cli).
#
# reliability_writer: a second program that writes to a database through the GUI's code paths
# (Workspace, undo commands, repositories); the reliability tests start it, race it and kill it.
add_executable(reliability_writer ${CMAKE_CURRENT_LIST_DIR}/reliability_writer.cpp)
target_link_libraries(reliability_writer PRIVATE mm_ui)
modelmarket_set_warnings(reliability_writer)

file(GLOB mm_reliability_tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/tst_*.cpp)
foreach(source ${mm_reliability_tests})
    get_filename_component(stem ${source} NAME_WE)
    string(REPLACE "tst_" "" unit ${stem})
    set(target test_reliability_${unit})
    # They run the real binary, and crash and concurrency also the writer (fuzzregressions
    # runs no program).
    if(NOT unit STREQUAL "fuzzregressions")
        add_dependencies(${target} modelmarket reliability_writer)
    endif()
    target_compile_definitions(${target} PRIVATE
        MM_WRITER_BINARY="$<TARGET_FILE:reliability_writer>"
        MM_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
endforeach()
# These race other programs for a file's write lock with timeouts measured against the clock, so
# they run alone. The crash test measures its own undisturbed runs before it places its kills,
# and serverfaults works on a server of its own with waits of seconds to spare, so they share the
# machine like the rest.
foreach(unit concurrency twowindows backups)
    if(TEST reliability.${unit})
        set_tests_properties(reliability.${unit} PROPERTIES RUN_SERIAL TRUE)
    endif()
endforeach()

# The fuzz regression test replays fixtures through the fuzz targets' own code (fuzz/), which
# includes the catalog paste path of the models layer.
if(TARGET test_reliability_fuzzregressions)
    target_sources(test_reliability_fuzzregressions PRIVATE
        ${CMAKE_SOURCE_DIR}/fuzz/FuzzTargets.cpp ${CMAKE_SOURCE_DIR}/fuzz/FuzzTargets.h)
    target_include_directories(test_reliability_fuzzregressions PRIVATE ${CMAKE_SOURCE_DIR}/fuzz)
    target_link_libraries(test_reliability_fuzzregressions PRIVATE mm_models)
    # It defines more Qt modules than the precompiled headers of the other tests were built with.
    set_target_properties(test_reliability_fuzzregressions PROPERTIES DISABLE_PRECOMPILE_HEADERS ON)
endif()

# These drive the window's own parts (main window, automatic backup) beside the other programs.
foreach(unit twowindows backups serverfaults)
    if(TARGET test_reliability_${unit})
        target_link_libraries(test_reliability_${unit} PRIVATE mm_ui)
        set_target_properties(test_reliability_${unit} PROPERTIES DISABLE_PRECOMPILE_HEADERS ON)
    endif()
endforeach()

# On the test server too (modelmarket_add_postgres_run, tests/CMakeLists.txt). Left out, for now:
# sellsAndEditsInParallel (passes there, 22 s) because reliability.serverfaults already races
# 2 x 200 sales on a server and the suite's time budget is tight; twowindows, backups and
# oversized are about the file, its WAL and the window's polling of it. crash runs smaller
# operations on the server (tst_crash.cpp, Sizes).
modelmarket_add_postgres_run(reliability injection
    lookupsByHostileNamesFindNothing hostileOptionValuesAreRefusedAsUsage
    hostileNamesAreStoredAsText)
modelmarket_add_postgres_run(reliability concurrency staleEditIsRefused)
modelmarket_add_postgres_run(reliability crash)
