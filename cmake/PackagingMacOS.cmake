# macOS: Herbstream.app in a drag-and-drop disk image.
# NOT BUILT ON THE DEVELOPMENT MACHINE (Debian): written for .github/workflows/packages.yml,
# Qt 6.8 LTS (from the Qt installer; Qt 6.4 links -framework AGL, which current macOS SDKs no
# longer have) and Homebrew's Tesseract, ZBar, simdjson, OpenSSL, libarchive. tests/cmake
# checks these rules' text on Linux (tst_packagingrules).
#
# The command line is the same executable: Herbstream.app/Contents/MacOS/Herbstream run ...
set(HERBSTREAM_ICNS "${CMAKE_BINARY_DIR}/icons/Herbstream.icns")
set(iconset "${CMAKE_BINARY_DIR}/icons/Herbstream.iconset")
add_custom_command(OUTPUT "${HERBSTREAM_ICNS}"
    COMMAND herbstream-iconrender "${HERBSTREAM_ICON_SVG}" --iconset "${iconset}"
    COMMAND iconutil --convert icns --output "${HERBSTREAM_ICNS}" "${iconset}"
    DEPENDS herbstream-iconrender "${HERBSTREAM_ICON_SVG}"
    COMMENT "Rendering Herbstream.icns"
    VERBATIM)
add_custom_target(herbstream-icns DEPENDS "${HERBSTREAM_ICNS}")
add_dependencies(herbstream herbstream-icns)
# Source-file properties belong to a directory: this file is included from the top directory,
# the target is made in app/, so the properties must be set in the target's directory or the
# bundle gets no icon.
set_source_files_properties("${HERBSTREAM_ICNS}" TARGET_DIRECTORY herbstream PROPERTIES
    GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
target_sources(herbstream PRIVATE "${HERBSTREAM_ICNS}")

set_target_properties(herbstream PROPERTIES
    OUTPUT_NAME "Herbstream"
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "Herbstream"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${HERBSTREAM_APP_ID}"
    MACOSX_BUNDLE_ICON_FILE "Herbstream.icns"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Copyright the Herbstream authors, MIT licence")

install(TARGETS herbstream BUNDLE DESTINATION . RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${HERBSTREAM_LICENSE_FILES} DESTINATION Herbstream.app/Contents/Resources)

# Qt's frameworks and plugins, and every other dylib the program loads (Homebrew's Tesseract,
# Leptonica and its image libraries, ZBar, OpenSSL), copied into the bundle by macdeployqt.
herbstream_install_qt_deployment()

# macdeployqt rewrites the install names of every binary in the bundle, which breaks their
# signatures: an arm64 Mac kills a program whose signature does not match at launch. So the
# bundle is signed again after deployment: ad hoc by default (runs on the machine that
# downloaded it after "Open" in the Finder's menu), or with a Developer ID when
# HERBSTREAM_CODESIGN_IDENTITY is set in the environment of `cpack` (the workflow sets it from a
# secret; notarisation then runs on the disk image, see packaging/README.md).
install(CODE [[
    set(app "${CMAKE_INSTALL_PREFIX}/Herbstream.app")
    set(identity "$ENV{HERBSTREAM_CODESIGN_IDENTITY}")
    if(identity STREQUAL "")
        set(sign_options --force --deep --sign -)
    else()
        set(sign_options --force --deep --options runtime --timestamp --sign "${identity}")
    endif()
    execute_process(COMMAND codesign ${sign_options} "${app}" RESULT_VARIABLE signed)
    if(NOT signed EQUAL 0)
        message(FATAL_ERROR "codesign failed on ${app}")
    endif()
    execute_process(COMMAND codesign --verify --deep --strict "${app}" RESULT_VARIABLE verified)
    if(NOT verified EQUAL 0)
        message(FATAL_ERROR "the signature of ${app} does not verify")
    endif()
]])

# Tesseract's language data; the program looks in Contents/Resources/tessdata.
set(HERBSTREAM_TESSDATA_DIR "" CACHE PATH "Folder with eng, fra and osd .traineddata to package")
if(HERBSTREAM_TESSDATA_DIR)
    install(FILES "${HERBSTREAM_TESSDATA_DIR}/eng.traineddata"
                  "${HERBSTREAM_TESSDATA_DIR}/fra.traineddata"
                  "${HERBSTREAM_TESSDATA_DIR}/osd.traineddata"
            DESTINATION Herbstream.app/Contents/Resources/tessdata)
endif()

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Herbstream")
set(CPACK_DMG_FORMAT "UDBZ")
