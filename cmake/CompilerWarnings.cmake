# Our code builds with no warnings; Qt's own headers are system headers and stay quiet.
function(modelmarket_set_warnings target)
    target_compile_options(${target} PRIVATE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
            -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough>)
    if(MODELMARKET_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror>)
    endif()
endfunction()
