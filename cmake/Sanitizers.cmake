# ASan + UBSan for the whole tree when MODELMARKET_SANITIZE is on.
if(MODELMARKET_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
