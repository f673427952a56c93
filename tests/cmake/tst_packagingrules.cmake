# tst_packagingrules (issue 17): the Windows and macOS packaging rules cannot be configured on
# Linux (no MSVC, no Apple SDK), so this script runs them with the target-making commands
# replaced by recorders, then checks what they asked for; and runs the macOS re-signing step
# for real against a stand-in `codesign`. Run by ctest:
#   cmake -DSOURCE_DIR=<checkout> -DWORK_DIR=<scratch folder> -P tst_packagingrules.cmake
cmake_minimum_required(VERSION 3.21)

set(failures 0)
# expect(CONDITION MESSAGE): CONDITION is the text of an if() condition.
macro(expect condition message)
    cmake_language(EVAL CODE "
        if(${condition})
            set(passed TRUE)
        else()
            set(passed FALSE)
        endif()")
    if(NOT passed)
        message(SEND_ERROR "FAIL: ${message}")
        math(EXPR failures "${failures} + 1")
    endif()
endmacro()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# Recorders: each call is appended to `calls` as "command|arguments".
set(calls "")
foreach(command add_executable add_custom_command add_custom_target add_dependencies
        set_source_files_properties target_sources set_target_properties target_link_libraries
        herbstream_target_defaults herbstream_install_qt_deployment install)
    cmake_language(EVAL CODE "
        function(${command})
            string(REPLACE \";\" \" \" joined \"\${ARGV}\")
            set(calls \"\${calls};${command}|\${joined}\" PARENT_SCOPE)
        endfunction()")
endforeach()
function(get_target_property variable target property)
    set(${variable} "main.cpp;CommandLine.cpp" PARENT_SCOPE)
endfunction()

set(PROJECT_SOURCE_DIR "${SOURCE_DIR}")
set(CMAKE_BINARY_DIR "${WORK_DIR}/build")
set(CMAKE_INSTALL_BINDIR bin)
set(CMAKE_INSTALL_DATADIR share)
set(CMAKE_INSTALL_DOCDIR share/doc/herbstream)
set(HERBSTREAM_ICON_SVG "${SOURCE_DIR}/resources/icons/org.herbstream.Herbstream.svg")
set(HERBSTREAM_LICENSE_FILES "${SOURCE_DIR}/LICENSE")
set(PROJECT_VERSION 0.0.0)

function(index_of pattern out)
    set(position -1)
    set(i 0)
    foreach(call IN LISTS calls)
        if(position EQUAL -1 AND call MATCHES "${pattern}")
            set(position ${i})
        endif()
        math(EXPR i "${i} + 1")
    endforeach()
    set(${out} ${position} PARENT_SCOPE)
endfunction()

# --- Windows ---------------------------------------------------------------------------------
include("${SOURCE_DIR}/cmake/PackagingWindows.cmake")
index_of("^install\\|TARGETS herbstream herbstream-cli RUNTIME DESTINATION bin" both)
expect("both GREATER -1" "Windows installs herbstream.exe and herbstream-cli.exe into bin")
expect("CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION STREQUAL \"bin\""
       "Windows puts the Visual C++ runtime beside the executables (InstallRequiredSystemLibraries)")
expect("CMAKE_INSTALL_UCRT_LIBRARIES" "Windows carries the universal C runtime")
# Without MSVC the module finds nothing to install, so its inclusion is checked in the text.
file(READ "${SOURCE_DIR}/cmake/PackagingWindows.cmake" windows_rules)
string(FIND "${windows_rules}" "include(InstallRequiredSystemLibraries)" runtime_at)
expect("runtime_at GREATER -1" "PackagingWindows.cmake includes InstallRequiredSystemLibraries")
index_of("^set_target_properties\\|herbstream PROPERTIES WIN32_EXECUTABLE ON" gui)
expect("gui GREATER -1" "herbstream.exe is a window-only program")
index_of("^install\\|CODE .*GET_RUNTIME_DEPENDENCIES" dlls)
expect("dlls GREATER -1" "the non-Qt DLLs are found and installed")
index_of("^herbstream_install_qt_deployment" windeploy)
expect("windeploy GREATER -1" "windeployqt runs at install time")
expect("CPACK_GENERATOR STREQUAL \"NSIS;ZIP\"" "Windows packages are an NSIS installer and a ZIP")
expect("CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL" "an update removes the old version first")

# --- macOS -----------------------------------------------------------------------------------
set(calls "")
unset(CPACK_GENERATOR)
include("${SOURCE_DIR}/cmake/PackagingMacOS.cmake")
index_of("^set_source_files_properties\\|.*Herbstream.icns TARGET_DIRECTORY herbstream PROPERTIES.*MACOSX_PACKAGE_LOCATION Resources" icns)
expect("icns GREATER -1"
       "the .icns is placed in Resources with the property set in the target's own directory")
index_of("^set_target_properties\\|herbstream PROPERTIES .*MACOSX_BUNDLE ON" bundle)
expect("bundle GREATER -1" "the program is an app bundle")
index_of("^herbstream_install_qt_deployment" macdeploy)
index_of("^install\\|CODE .*codesign" signing)
expect("macdeploy GREATER -1 AND signing GREATER macdeploy"
       "the bundle is signed again after macdeployqt has rewritten it")
expect("CPACK_GENERATOR STREQUAL \"DragNDrop\"" "macOS packages are a disk image")

# The signing step, run against a stand-in codesign that logs its arguments.
set(signing_code "")
foreach(call IN LISTS calls)
    if(call MATCHES "^install\\|CODE (.*codesign.*)$")
        set(signing_code "${CMAKE_MATCH_1}")
    endif()
endforeach()
# The recorder joined the arguments with spaces: the code was one argument, restore its lists.
file(WRITE "${WORK_DIR}/sign.cmake" "${signing_code}")
file(MAKE_DIRECTORY "${WORK_DIR}/bin" "${WORK_DIR}/prefix/Herbstream.app")
file(WRITE "${WORK_DIR}/bin/codesign" "#!/bin/sh\necho \"$*\" >> \"${WORK_DIR}/codesign.log\"\nexit \${FAKE_CODESIGN_EXIT:-0}\n")
file(CHMOD "${WORK_DIR}/bin/codesign" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
function(run_signing identity fake_exit out_result out_log)
    file(REMOVE "${WORK_DIR}/codesign.log")
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env "PATH=${WORK_DIR}/bin:$ENV{PATH}"
                "HERBSTREAM_CODESIGN_IDENTITY=${identity}" "FAKE_CODESIGN_EXIT=${fake_exit}"
                ${CMAKE_COMMAND} -DCMAKE_INSTALL_PREFIX=${WORK_DIR}/prefix -P "${WORK_DIR}/sign.cmake"
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    set(log "")
    if(EXISTS "${WORK_DIR}/codesign.log")
        file(READ "${WORK_DIR}/codesign.log" log)
    endif()
    set(${out_result} ${result} PARENT_SCOPE)
    set(${out_log} "${log}" PARENT_SCOPE)
endfunction()

run_signing("" 0 result log)
expect("result EQUAL 0" "ad hoc signing succeeds when codesign does")
string(FIND "${log}" "--force --deep --sign - ${WORK_DIR}/prefix/Herbstream.app" adhoc)
expect("adhoc GREATER -1" "without an identity the bundle is signed ad hoc")
string(FIND "${log}" "--verify --deep --strict ${WORK_DIR}/prefix/Herbstream.app" verify)
expect("verify GREATER adhoc" "the signature is verified after signing")

run_signing("Developer ID Application: Example (TEAM123456)" 0 result log)
string(FIND "${log}" "--options runtime --timestamp --sign Developer ID Application: Example (TEAM123456) " developer)
expect("developer GREATER -1"
       "with an identity the bundle is signed for notarisation (hardened runtime)")

run_signing("" 1 result log)
expect("NOT result EQUAL 0" "a failing codesign fails the packaging")

# --- Deployment target -----------------------------------------------------------------------
file(READ "${SOURCE_DIR}/CMakeLists.txt" top)
string(FIND "${top}" "set(CMAKE_OSX_DEPLOYMENT_TARGET \"13.3\"" target_at)
string(FIND "${top}" "project(Herbstream" project_at)
expect("target_at GREATER -1 AND target_at LESS project_at"
       "the macOS deployment target (13.3, for std::to_chars(double)) is set before project()")
file(READ "${SOURCE_DIR}/packaging/macos/Info.plist.in" plist)
string(REGEX MATCH "<key>LSMinimumSystemVersion</key>[ \n\t]*<string>([^<]*)</string>" minimum "${plist}")
set(expected_minimum "\${CMAKE_OSX_DEPLOYMENT_TARGET}")
expect("CMAKE_MATCH_1 STREQUAL expected_minimum"
       "Info.plist states the same minimum macOS")

if(failures GREATER 0)
    message(FATAL_ERROR "tst_packagingrules: ${failures} check(s) failed")
endif()
message(STATUS "tst_packagingrules: all checks passed")
