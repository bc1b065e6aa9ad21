# Links with LLVM's lld when the compiler can use it (scripts/install-deps.sh installs it).
#
# The suite is about ninety executables, each linking the static layers, Qt and (in the sanitized
# CI build) the sanitizer runtimes with debug information: GNU ld took about 2 s per test there,
# a sixth of the whole build; lld takes 0.6 s. Without lld the default linker is used.
option(MODELMARKET_USE_LLD "Link with lld when it is available" ON)
if(MODELMARKET_USE_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" MM_LINKER_LLD_WORKS)
    if(MM_LINKER_LLD_WORKS)
        add_link_options(-fuse-ld=lld)
    endif()
endif()
