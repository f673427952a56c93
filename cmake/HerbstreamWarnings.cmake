# Warnings and Qt string hygiene shared by every Herbstream target.
# HERBSTREAM_WERROR turns the project's own warnings into errors (scripts/check-portability.sh
# builds with clang so); libraries' headers are system includes and do not count.
option(HERBSTREAM_WERROR "Treat warnings in Herbstream's own code as errors" OFF)

function(herbstream_target_defaults target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wno-missing-field-initializers)
        if(HERBSTREAM_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    endif()
    # Every byte->QString conversion must say which encoding it means.
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()
