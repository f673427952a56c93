#!/usr/bin/env bash
# Installs every Debian 12 package Herbstream needs to build, test and run. Idempotent.
set -euo pipefail

packages=(
    # toolchain (present on most build machines, listed so a bare Debian works too)
    build-essential cmake ninja-build pkg-config git
    # Qt 6.4 and its image plugins (TIFF, WebP), charts, translations, keychain
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    qt6-svg-dev qt6-image-formats-plugins qt6-httpserver-dev qtkeychain-qt6-dev libgl-dev
    # Qt Charts' CMake package needs Qt6OpenGL, which qt6-base-dev only recommends
    libqt6opengl6-dev
    # OCR, orientation and barcodes
    libtesseract-dev tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-osd libzbar-dev
    # hashing, JSON, compression
    libssl-dev libsimdjson-dev rapidjson-dev zlib1g-dev
    # dwca.zip: libarchive writes the Darwin Core Archive (core/dwc/ZipWriter)
    libarchive-dev
    # tests and benchmarks: GoogleTest/Benchmark, jq (the design's recipes), xmllint (meta.xml)
    libgtest-dev libbenchmark-dev jq libxml2-utils python3
    # a second, independent reader of dwca.zip (tst_dwcarchivewriter: unzip -t)
    unzip
    # fuzzing (scripts/fuzz.sh, run by .ci/run): clang with libFuzzer and the sanitizer runtimes
    clang-14 libclang-rt-14-dev
    # the portability check (scripts/check-portability.sh): macOS's C++ library, for a syntax
    # pass of the sources against libc++ next to the GCC and clang builds against libstdc++
    libc++-14-dev libc++abi-14-dev
    # fonts for rendering synthetic specimen sheets
    fonts-dejavu-core fonts-urw-base35
    # the Debian package and its checks (scripts/test-package.sh): dpkg-shlibdeps, the desktop
    # entry and AppStream validators, and what the package depends on beyond its libraries
    dpkg-dev desktop-file-utils appstream qt6-qpa-plugins qt6-translations-l10n
    # Debian's package checker, run on the .deb by scripts/test-package.sh
    lintian
)

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${packages[@]}"
