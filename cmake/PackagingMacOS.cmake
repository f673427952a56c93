# macOS: Herbstream.app in a drag-and-drop disk image.
# NOT BUILT ON THE DEVELOPMENT MACHINE (Debian): written for .github/workflows/packages.yml,
# Qt 6.4 (clang_64, from the Qt installer) and Homebrew's Tesseract, ZBar, simdjson, OpenSSL,
# libarchive.
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
set_source_files_properties("${HERBSTREAM_ICNS}" PROPERTIES
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
