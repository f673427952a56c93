# Windows: an NSIS installer (Start-menu shortcut, uninstaller, optional PATH entry) and a ZIP.
# NOT BUILT ON THE DEVELOPMENT MACHINE (Debian): written for .github/workflows/packages.yml,
# Qt 6.8 LTS (MSVC 2022, from the Qt installer) and vcpkg's x64-windows-release libraries.
# tests/cmake checks these rules' text on Linux (tst_packagingrules).
#
# herbstream.exe is a window-only program (GUI subsystem): started from a terminal it has no
# console, so `herbstream run` would print nothing and the shell would not wait for it.
# herbstream-cli.exe is the same program built for the console subsystem, for the command line.
set_target_properties(herbstream PROPERTIES WIN32_EXECUTABLE ON)

get_target_property(herbstream_sources herbstream SOURCES)
get_target_property(herbstream_source_dir herbstream SOURCE_DIR)
set(herbstream_cli_sources "")
foreach(source ${herbstream_sources})
    if(NOT IS_ABSOLUTE "${source}")
        set(source "${herbstream_source_dir}/${source}")
    endif()
    list(APPEND herbstream_cli_sources "${source}")
endforeach()
add_executable(herbstream-cli ${herbstream_cli_sources})
herbstream_target_defaults(herbstream-cli)
target_link_libraries(herbstream-cli PRIVATE herbcore herbui)

# The icon of both executables (Explorer, taskbar, installer): an .ico rendered from the SVG.
set(HERBSTREAM_ICO "${CMAKE_BINARY_DIR}/icons/herbstream.ico")
add_custom_command(OUTPUT "${HERBSTREAM_ICO}"
    COMMAND herbstream-iconrender "${HERBSTREAM_ICON_SVG}" --ico "${HERBSTREAM_ICO}"
    DEPENDS herbstream-iconrender "${HERBSTREAM_ICON_SVG}"
    COMMENT "Rendering herbstream.ico"
    VERBATIM)
add_custom_target(herbstream-ico DEPENDS "${HERBSTREAM_ICO}")
file(TO_NATIVE_PATH "${HERBSTREAM_ICO}" ico_native)
string(REPLACE "\\" "\\\\" ico_native "${ico_native}")
file(WRITE "${CMAKE_BINARY_DIR}/packaging/herbstream.rc" "IDI_ICON1 ICON \"${ico_native}\"\n")
set_source_files_properties("${CMAKE_BINARY_DIR}/packaging/herbstream.rc" PROPERTIES
    OBJECT_DEPENDS "${HERBSTREAM_ICO}")
foreach(target herbstream herbstream-cli)
    target_sources(${target} PRIVATE "${CMAKE_BINARY_DIR}/packaging/herbstream.rc")
    add_dependencies(${target} herbstream-ico)
endforeach()

install(TARGETS herbstream herbstream-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The Visual C++ runtime (msvcp140.dll, vcruntime140.dll...) beside the executables: a fresh
# Windows has none, and the program would not start.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
include(InstallRequiredSystemLibraries)
install(FILES ${HERBSTREAM_LICENSE_FILES} DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Qt's DLLs, plugins (platform, styles, image formats, SVG icons) and translations, through
# windeployqt; then the other DLLs the executables load (Tesseract, Leptonica and its image
# libraries, ZBar, OpenSSL, libarchive, zlib) from the directories given, by default vcpkg's bin folder.
herbstream_install_qt_deployment()

set(herbstream_dll_dirs "")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND herbstream_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
set(HERBSTREAM_RUNTIME_DLL_DIRS "${herbstream_dll_dirs}" CACHE STRING
    "Folders holding the non-Qt DLLs the Windows package must carry")
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"$<TARGET_FILE:herbstream>\" \"$<TARGET_FILE:herbstream-cli>\"
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR unresolved
        DIRECTORIES ${HERBSTREAM_RUNTIME_DLL_DIRS}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
        POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\\\\.dll\")
    foreach(dll \${resolved})
        file(INSTALL \"\${dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    endforeach()
    if(unresolved)
        message(WARNING \"DLLs not found for the package: \${unresolved}\")
    endif()
")

# Tesseract's language data (eng, fra, osd) when the build is given a folder holding it; the
# program looks in bin/../share/tessdata (core/ocr/Tessdata.cpp).
set(HERBSTREAM_TESSDATA_DIR "" CACHE PATH "Folder with eng, fra and osd .traineddata to package")
if(HERBSTREAM_TESSDATA_DIR)
    install(FILES "${HERBSTREAM_TESSDATA_DIR}/eng.traineddata"
                  "${HERBSTREAM_TESSDATA_DIR}/fra.traineddata"
                  "${HERBSTREAM_TESSDATA_DIR}/osd.traineddata"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/tessdata)
endif()

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "Herbstream")
set(CPACK_NSIS_DISPLAY_NAME "Herbstream ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${HERBSTREAM_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${HERBSTREAM_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\herbstream.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin (herbstream-cli.exe) on the PATH; the uninstaller takes it off again.
set(CPACK_NSIS_MODIFY_PATH ON)
# CPACK_PACKAGE_EXECUTABLES (Packaging.cmake) makes the Start-menu shortcut to herbstream.exe;
# the NSIS generator always writes the uninstaller and its Start-menu entry.
