# Linux: GNU layout under /usr, a desktop entry, AppStream metadata, hicolor icons and a MIME
# type for events.jsonl; packages: DEB (Debian 12 and derivatives) and TGZ.
install(TARGETS herbstream RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/${HERBSTREAM_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file("${PROJECT_SOURCE_DIR}/packaging/linux/${HERBSTREAM_APP_ID}.metainfo.xml.in"
               "${CMAKE_BINARY_DIR}/packaging/${HERBSTREAM_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${CMAKE_BINARY_DIR}/packaging/${HERBSTREAM_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/${HERBSTREAM_APP_ID}.mime.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME "${HERBSTREAM_APP_ID}.xml")
install(FILES "${HERBSTREAM_ICON_SVG}"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(DIRECTORY "${HERBSTREAM_ICON_DIR}/hicolor" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
# Debian keeps a package's documents in /usr/share/doc/PACKAGE (GNUInstallDirs would say
# share/doc/Herbstream, after the project name).
install(FILES ${HERBSTREAM_LICENSE_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/herbstream)
# Debian policy's documents there: the machine-readable copyright (DEP-5) and the changelog
# (the source of the version, see cmake/HerbstreamVersion.cmake), compressed as policy wants:
# gzip -9n, best compression and no name or time stamp in the header (reproducible). Made at
# configure time, which an edit of the changelog triggers anyway.
find_program(HERBSTREAM_GZIP gzip REQUIRED)
file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/packaging")
execute_process(COMMAND "${HERBSTREAM_GZIP}" -9nc "${HERBSTREAM_CHANGELOG}"
                OUTPUT_FILE "${CMAKE_BINARY_DIR}/packaging/changelog.gz"
                COMMAND_ERROR_IS_FATAL ANY)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/copyright" "${CMAKE_BINARY_DIR}/packaging/changelog.gz"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/herbstream)
# The manual page (dated and versioned from the changelog too), gzipped the same way.
configure_file("${PROJECT_SOURCE_DIR}/packaging/linux/herbstream.1.in"
               "${CMAKE_BINARY_DIR}/packaging/herbstream.1" @ONLY)
execute_process(COMMAND "${HERBSTREAM_GZIP}" -9nc "${CMAKE_BINARY_DIR}/packaging/herbstream.1"
                OUTPUT_FILE "${CMAKE_BINARY_DIR}/packaging/herbstream.1.gz"
                COMMAND_ERROR_IS_FATAL ANY)
install(FILES "${CMAKE_BINARY_DIR}/packaging/herbstream.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# DEB installs under /usr (CPack's default for it); TGZ under one top folder, for any prefix.
set(CPACK_GENERATOR "DEB;TGZ")

# DEB: the shared libraries' packages come from dpkg-shlibdeps (dpkg-dev); the packages below
# are what the program loads or reads at run time, which no linker can see: Tesseract's
# language data (English, French, orientation), Qt's platform, image-format (TIFF, WebP) and
# SVG plugins, Qt's own translations (loaded from QLibraryInfo::TranslationsPath) and the fonts
# `herbstream samples` draws with.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Herbstream maintainers <herbstream@example.org>")
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Herbstream turns images of herbarium specimen sheets into Darwin Core records,\n\
with an OpenAI-compatible vision model or offline with Tesseract OCR, and\n\
watches every run live: an early checkpoint and continuous validation stop a\n\
run that goes wrong. Results are written as CSV and as a Darwin Core Archive\n\
for GBIF. A Qt desktop application and a headless command line share one core.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "tesseract-ocr-eng, tesseract-ocr-fra, tesseract-ocr-osd, qt6-qpa-plugins, libqt6svg6, qt6-image-formats-plugins, qt6-translations-l10n, fonts-dejavu-core, fonts-urw-base35")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
