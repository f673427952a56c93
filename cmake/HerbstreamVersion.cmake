# The version and its release date come from ONE place: the newest entry of
# packaging/changelog, in Debian's format
#     herbstream (VERSION) DISTRIBUTION; urgency=...
#     ...
#      -- NAME <EMAIL>  Fri, 27 Nov 2026 00:00:00 +0000
# Included before project(), which takes HERBSTREAM_VERSION; everything else derives from
# PROJECT_VERSION and HERBSTREAM_RELEASE_DATE: herbstream_version.h (--version, the About
# dialog, run.json and the events), CPack's package version, the AppStream <release>, the
# macOS bundle and the Windows installer. A release is a new entry at the top of the changelog,
# which is also installed as the Debian package's changelog.gz.
set(HERBSTREAM_CHANGELOG "${CMAKE_SOURCE_DIR}/packaging/changelog")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${HERBSTREAM_CHANGELOG}")

# The first heading and the first trailer line are the newest entry's.
file(STRINGS "${HERBSTREAM_CHANGELOG}" changelog_headings REGEX "^herbstream \\(")
file(STRINGS "${HERBSTREAM_CHANGELOG}" changelog_trailers REGEX "^ -- ")
list(GET changelog_headings 0 changelog_heading)
list(GET changelog_trailers 0 changelog_trailer)
if(NOT changelog_heading MATCHES "^herbstream \\(([0-9]+\\.[0-9]+\\.[0-9]+)\\) ")
    message(FATAL_ERROR "packaging/changelog: no 'herbstream (X.Y.Z) ...' heading first")
endif()
set(HERBSTREAM_VERSION "${CMAKE_MATCH_1}")

set(changelog_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
if(NOT changelog_trailer MATCHES
   "^ -- .+  [A-Z][a-z][a-z], ([0-9]?[0-9]) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
    message(FATAL_ERROR "packaging/changelog: the newest entry's ' -- NAME <EMAIL>  DATE' line "
                        "has no RFC 5322 date (as `date -R` prints it)")
endif()
set(changelog_day "${CMAKE_MATCH_1}")
set(changelog_year "${CMAKE_MATCH_3}")
list(FIND changelog_months "${CMAKE_MATCH_2}" changelog_month)
if(changelog_month LESS 0)
    message(FATAL_ERROR "packaging/changelog: unknown month '${CMAKE_MATCH_2}'")
endif()
math(EXPR changelog_month "${changelog_month} + 1")
foreach(part changelog_day changelog_month)
    if(${part} LESS 10)
        string(PREPEND ${part} "0")
    endif()
endforeach()
# ISO 8601, as AppStream wants it.
set(HERBSTREAM_RELEASE_DATE "${changelog_year}-${changelog_month}-${changelog_day}")
