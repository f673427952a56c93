# Installation and packages (issue 6). Included last from the top CMakeLists.txt, after every
# target exists. What is common to every platform is here; cmake/PackagingLinux.cmake,
# PackagingWindows.cmake and PackagingMacOS.cmake hold the rest (NotepadNext's layout).
include(GNUInstallDirs)

find_package(Qt6 REQUIRED COMPONENTS Svg)

set(HERBSTREAM_APP_ID "org.herbstream.Herbstream")
# PROJECT_VERSION and HERBSTREAM_RELEASE_DATE come from packaging/changelog
# (cmake/HerbstreamVersion.cmake).
set(HERBSTREAM_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/${HERBSTREAM_APP_ID}.svg")
set(HERBSTREAM_ICON_SIZES 16 22 24 32 48 64 128 256 512)

# The icon in PNG sizes, rendered from the SVG at build time by a small Qt tool built here.
add_executable(herbstream-iconrender "${PROJECT_SOURCE_DIR}/packaging/iconrender/IconRender.cpp")
herbstream_target_defaults(herbstream-iconrender)
target_link_libraries(herbstream-iconrender PRIVATE Qt6::Gui Qt6::Svg)

set(HERBSTREAM_ICON_DIR "${CMAKE_BINARY_DIR}/icons")
set(icon_outputs "")
foreach(size ${HERBSTREAM_ICON_SIZES})
    list(APPEND icon_outputs "${HERBSTREAM_ICON_DIR}/hicolor/${size}x${size}/apps/${HERBSTREAM_APP_ID}.png")
endforeach()
add_custom_command(OUTPUT ${icon_outputs}
    COMMAND herbstream-iconrender "${HERBSTREAM_ICON_SVG}" --png "${HERBSTREAM_ICON_DIR}"
            ${HERBSTREAM_APP_ID} ${HERBSTREAM_ICON_SIZES}
    DEPENDS herbstream-iconrender "${HERBSTREAM_ICON_SVG}"
    COMMENT "Rendering the application icon in ${HERBSTREAM_ICON_SIZES} px"
    VERBATIM)
add_custom_target(herbstream-icons ALL DEPENDS ${icon_outputs})

# The licence and the notices of the components the executable links, beside the program.
set(HERBSTREAM_LICENSE_FILES "${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES")

# Qt's own deployment step (windeployqt, macdeployqt) at install time. The script's
# signature changed in Qt 6.5; Qt 6.4's has no Linux support, hence NO_UNSUPPORTED_PLATFORM_ERROR.
function(herbstream_install_qt_deployment)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET herbstream OUTPUT_SCRIPT deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET herbstream FILENAME_VARIABLE deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${deploy_script}")
endfunction()

# The executable: a bundle on macOS, a window-only executable on Windows (with a console
# companion, see PackagingWindows.cmake), a plain program elsewhere.
if(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/PackagingMacOS.cmake)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/PackagingWindows.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/PackagingLinux.cmake)
endif()

# CPack: what every generator shares.
set(CPACK_PACKAGE_NAME "herbstream")
set(CPACK_PACKAGE_VENDOR "The Herbstream authors")
set(CPACK_PACKAGE_CONTACT "Herbstream maintainers <herbstream@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Herbstream")
set(CPACK_PACKAGE_EXECUTABLES "herbstream;Herbstream")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;~$")
include(CPack)
