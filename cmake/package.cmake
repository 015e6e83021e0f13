# `cmake --install`: the binary and its man page; CPack: dsoplint_<version>_amd64.deb, its dependencies
# (libyaml-cpp0.7, libre2-9, libicu72, libssl3, libtcmalloc-minimal4, libstdc++6, libc6) found by
# dpkg-shlibdeps.
include(GNUInstallDirs)
install(TARGETS dsoplint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_BINARY_DIR}/lint/dsoplint.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dsoplint)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "static linter for DSOP Krav og betalinger integrations")
set(CPACK_PACKAGE_DESCRIPTION
    "dsoplint checks a bank's integration config (dsop.yaml), its Altinn consent request templates and consent texts against the DSOP rules of Skatteetaten, Altinn and Digdir.")
set(CPACK_PACKAGE_CONTACT "dsoplint maintainers <dsoplint@example.invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # dsoplint_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
