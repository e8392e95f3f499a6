# The packaging checks, run by ctest as `cmake -DCHECK=<name> ... -P PackagingCheck.cmake`.
#
#   CHECK=desktop   FILE           desktop-file-validate: no errors, no warnings (hints are printed)
#   CHECK=metainfo  FILE           appstreamcli validate --no-net --strict: no errors, warnings or infos
#   CHECK=deb       CPACK CONFIG WORK_DIR APP_ID VERSION PACKAGE GUI DEPENDS (comma-separated)
#                                  build the .deb with cpack, then check its files and control fields
#                                  with dpkg-deb, and validate the installed tree with appstreamcli
#                                  (GUI=OFF: a package of pathfolio-cli alone)
#   CHECK=dev-script SCRIPT WORK_DIR
#                                  packaging/dev.sh finds missing packages and would install only those
#   CHECK=shellcheck FILES (comma-separated)   shellcheck the shell scripts
#
# A missing tool fails the check and names the Debian package that has it: packaging/dev.sh installs
# every one of them (packaging/debian-packages.txt).
cmake_minimum_required(VERSION 3.24)

function(fail)
    string(JOIN "" message ${ARGV})
    message(FATAL_ERROR "${message}")
endfunction()

# Find a tool at test time, or fail naming its package.
function(require_tool variable tool package)
    find_program(${variable} ${tool})
    if(NOT ${variable})
        fail("'${tool}' is not installed: install the Debian package '${package}' "
             "(packaging/dev.sh deps installs everything the tests need)")
    endif()
endfunction()

# Run a command; fail with its output unless it exits 0. The output is left in <prefix>_OUTPUT.
function(run_checked prefix)
    execute_process(COMMAND ${ARGN}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        list(JOIN ARGN " " command)
        fail("command failed (${result}): ${command}\n${output}")
    endif()
    set(${prefix}_OUTPUT "${output}" PARENT_SCOPE)
endfunction()

function(check_desktop file)
    require_tool(DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${file}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(output)
        message(STATUS "desktop-file-validate ${file}:\n${output}")
    endif()
    # desktop-file-validate exits 0 on warnings; only hints are let through.
    if(NOT result EQUAL 0 OR output MATCHES ": (error|warning): ")
        fail("${file} has errors or warnings:\n${output}")
    endif()
endfunction()

function(check_metainfo file)
    require_tool(APPSTREAMCLI appstreamcli appstream)
    # --strict fails on any issue but pedantic ones.
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --strict --explain "${file}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    message(STATUS "appstreamcli validate ${file}:\n${output}")
    if(NOT result EQUAL 0)
        fail("${file} does not pass appstreamcli validate --no-net --strict")
    endif()
endfunction()

function(check_deb)
    # Lists arrive comma-separated: a semicolon would split the test's command line.
    string(REPLACE "," ";" DEPENDS "${DEPENDS}")
    foreach(variable IN ITEMS CPACK CONFIG WORK_DIR APP_ID VERSION PACKAGE)
        if(NOT ${variable})
            fail("CHECK=deb needs -D${variable}=...")
        endif()
    endforeach()
    require_tool(DPKG_DEB dpkg-deb dpkg)
    require_tool(DPKG_SHLIBDEPS dpkg-shlibdeps dpkg-dev)
    require_tool(APPSTREAMCLI appstreamcli appstream)
    require_tool(DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
    if(NOT EXISTS "${CONFIG}")
        fail("${CONFIG} does not exist: is include(CPack) still in packaging/CMakeLists.txt?")
    endif()

    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    run_checked(cpack "${CPACK}" -G DEB --config "${CONFIG}" -B "${WORK_DIR}")
    file(GLOB debs "${WORK_DIR}/*.deb")
    list(LENGTH debs count)
    if(NOT count EQUAL 1)
        fail("expected one .deb in ${WORK_DIR}, found ${count}:\n${cpack_OUTPUT}")
    endif()
    message(STATUS "built ${debs}")

    # The files, with their modes.
    run_checked(contents "${DPKG_DEB}" --contents "${debs}")
    message(STATUS "dpkg-deb --contents:\n${contents_OUTPUT}")
    set(executables ./usr/bin/pathfolio-cli)
    set(files
        ./usr/share/doc/${PACKAGE}/copyright
        ./usr/share/doc/${PACKAGE}/changelog.Debian.gz)
    set(gui_files
        ./usr/share/applications/${APP_ID}.desktop
        ./usr/share/metainfo/${APP_ID}.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
    if(GUI)
        list(PREPEND executables ./usr/bin/pathfolio)
        list(APPEND files ${gui_files})
    endif()
    set(problems "")
    foreach(path IN LISTS executables files)
        string(REGEX REPLACE "([.+])" "\\\\\\1" pattern "${path}")
        if(NOT contents_OUTPUT MATCHES "(^|\n)(-[^ ]*) [^\n]* ${pattern}(\n|$)")
            string(APPEND problems "  missing ${path}\n")
        elseif(path IN_LIST executables AND NOT CMAKE_MATCH_2 MATCHES "^-rwxr-xr-x")
            string(APPEND problems "  ${path} is not mode 755: ${CMAKE_MATCH_2}\n")
        endif()
    endforeach()
    # Nothing meant for developers (static libraries, headers, CMake packages) leaks into the package.
    foreach(pattern IN ITEMS "\\.a\n" " \\./usr/include/" " \\./usr/lib/cmake/" "\\.qmltypes\n")
        if(contents_OUTPUT MATCHES "${pattern}")
            string(APPEND problems "  unexpected files matching '${pattern}'\n")
        endif()
    endforeach()

    # The control fields.
    run_checked(info "${DPKG_DEB}" --field "${debs}" Package Version Architecture Section Maintainer Depends)
    message(STATUS "dpkg-deb --field:\n${info_OUTPUT}")
    foreach(expectation IN ITEMS "Package: ${PACKAGE}\n" "Version: ${VERSION}-1\n" "Section: education\n"
                                 "Maintainer: [^\n]+<[^\n]+@[^\n]+>\n")
        if(NOT info_OUTPUT MATCHES "${expectation}")
            string(APPEND problems "  control field missing or wrong: ${expectation}")
        endif()
    endforeach()
    string(REGEX MATCH "Depends: [^\n]*" depends "${info_OUTPUT}")
    # libqt6core6 comes from dpkg-shlibdeps; the QML modules from CPACK_DEBIAN_PACKAGE_DEPENDS.
    foreach(package IN LISTS DEPENDS ITEMS libqt6core6 libc6)
        if(NOT depends MATCHES "[ ,]${package}( |,|$)")
            string(APPEND problems "  Depends lacks ${package}\n")
        endif()
    endforeach()

    set(root "${WORK_DIR}/root")
    run_checked(extract "${DPKG_DEB}" --extract "${debs}" "${root}")
    if(GUI)
        # The installed tree: the metainfo, .desktop file and icon agree with one another.
        run_checked(tree "${APPSTREAMCLI}" validate-tree --no-net --strict "${root}")
        message(STATUS "appstreamcli validate-tree:\n${tree_OUTPUT}")
        check_desktop("${root}/usr/share/applications/${APP_ID}.desktop")
        file(STRINGS "${root}/usr/share/applications/${APP_ID}.desktop" keys REGEX "^(Exec|TryExec|Icon)=")
        foreach(expected IN ITEMS "Exec=pathfolio %F" "TryExec=pathfolio" "Icon=${APP_ID}")
            if(NOT expected IN_LIST keys)
                string(APPEND problems "  the .desktop file lacks '${expected}'\n")
            endif()
        endforeach()
        file(READ "${root}/usr/share/metainfo/${APP_ID}.metainfo.xml" metainfo)
        foreach(expected IN ITEMS "<id>${APP_ID}</id>" "<release version=\"${VERSION}\""
                                  "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
            string(FIND "${metainfo}" "${expected}" at)
            if(at EQUAL -1)
                string(APPEND problems "  the metainfo lacks ${expected}\n")
            endif()
        endforeach()
    else()
        foreach(path IN LISTS gui_files ITEMS ./usr/bin/pathfolio)
            if(EXISTS "${root}/${path}")
                string(APPEND problems "  ${path} is in a package built without the GUI\n")
            endif()
        endforeach()
    endif()

    # The Debian changelog names this version.
    require_tool(DPKG_PARSECHANGELOG dpkg-parsechangelog dpkg-dev)
    set(changelog "${root}/usr/share/doc/${PACKAGE}/changelog.Debian.gz")
    if(EXISTS "${changelog}")
        execute_process(COMMAND gzip -dc "${changelog}" OUTPUT_FILE "${WORK_DIR}/changelog" RESULT_VARIABLE result)
        run_checked(changelog "${DPKG_PARSECHANGELOG}" -l "${WORK_DIR}/changelog" -S Version)
        if(NOT result EQUAL 0 OR NOT changelog_OUTPUT STREQUAL "${VERSION}-1\n")
            string(APPEND problems "  the Debian changelog is not for ${VERSION}-1: ${changelog_OUTPUT}\n")
        endif()
    endif()

    # The executables carry no RPATH (Debian policy); readelf comes with binutils, beside g++.
    find_program(READELF readelf)
    if(READELF)
        foreach(path IN LISTS executables)
            if(EXISTS "${root}/${path}")
                run_checked(elf "${READELF}" --dynamic "${root}/${path}")
                if(elf_OUTPUT MATCHES "\\((RPATH|RUNPATH)\\)[^\n]*")
                    string(APPEND problems "  ${path} has ${CMAKE_MATCH_0}\n")
                endif()
            endif()
        endforeach()
    endif()

    if(problems)
        fail("${debs} is not as expected:\n${problems}")
    endif()
endfunction()

# dev.sh in dry-run mode against small package lists: it names exactly the missing packages and
# would run apt-get update and install for them only, and does nothing when nothing is missing.
function(check_dev_script)
    set(missing_list "${WORK_DIR}/missing.txt")
    set(complete_list "${WORK_DIR}/complete.txt")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    file(WRITE "${missing_list}"
        "# a comment\n\ndpkg # installed everywhere\n  pathfolio-no-such-package-a   pathfolio-no-such-package-b\n")
    file(WRITE "${complete_list}" "dpkg\n")

    execute_process(COMMAND "${CMAKE_COMMAND}" -E env "PATHFOLIO_PACKAGE_LIST=${missing_list}"
        bash "${SCRIPT}" --dry-run deps
        WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    message(STATUS "dev.sh --dry-run deps, two missing:\n${output}")
    if(NOT result EQUAL 0)
        fail("dev.sh --dry-run deps failed (${result})")
    endif()
    foreach(expected IN ITEMS
            "missing 2 of 3 packages: pathfolio-no-such-package-a pathfolio-no-such-package-b"
            "DEBIAN_FRONTEND=noninteractive apt-get "
            " update\n"
            " install -y pathfolio-no-such-package-a pathfolio-no-such-package-b\n")
        string(FIND "${output}" "${expected}" at)
        if(at EQUAL -1)
            fail("dev.sh --dry-run deps did not print '${expected}'")
        endif()
    endforeach()
    if(output MATCHES "install -y[^\n]* dpkg")
        fail("dev.sh would reinstall a package that is installed")
    endif()

    execute_process(COMMAND "${CMAKE_COMMAND}" -E env "PATHFOLIO_PACKAGE_LIST=${complete_list}"
        bash "${SCRIPT}" --dry-run deps
        WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    message(STATUS "dev.sh --dry-run deps, none missing:\n${output}")
    if(NOT result EQUAL 0 OR NOT output MATCHES "all 1 packages of [^\n]* are installed" OR output MATCHES "apt-get")
        fail("dev.sh should find nothing missing and run no apt-get")
    endif()

    # An unknown command fails.
    execute_process(COMMAND bash "${SCRIPT}" no-such-command
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(result EQUAL 0)
        fail("dev.sh no-such-command exited 0")
    endif()
endfunction()

function(check_shellcheck)
    require_tool(SHELLCHECK shellcheck shellcheck)
    string(REPLACE "," ";" FILES "${FILES}")
    run_checked(shellcheck "${SHELLCHECK}" --shell=bash ${FILES})
endfunction()

if(CHECK STREQUAL "desktop")
    check_desktop("${FILE}")
elseif(CHECK STREQUAL "metainfo")
    check_metainfo("${FILE}")
elseif(CHECK STREQUAL "deb")
    check_deb()
elseif(CHECK STREQUAL "dev-script")
    check_dev_script()
elseif(CHECK STREQUAL "shellcheck")
    check_shellcheck()
else()
    fail("unknown CHECK '${CHECK}'")
endif()
