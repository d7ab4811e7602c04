# Sourced by run.sh and test.sh: makes sure this machine can build, test and run CX Workbench, and exports
# JAVA_HOME for ./mvnw. Installs what is missing from Debian's packages when run as root; otherwise says exactly
# what to install. Safe to source repeatedly: a complete machine costs a few dpkg look-ups.

cxw_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
# cxw_find_java: the same JDK discovery as the product's launch scripts.
. "$cxw_repo/features/org.cxworkbench.headless.feature/rootfiles/lib/launch.sh"

cxw_say() { printf '%s\n' "$*" >&2; }

# Debian packages this project needs: Xvfb and xauth for the UI tests and for screenshots without a desktop,
# GTK 3 for SWT, a font with Finnish and Swedish letters, poppler for looking at report pages, WebKitGTK for the
# workbench's internal browser (HTML reports and the user guide; without it they open as plain text or outside).
cxw_packages=(xvfb xauth libgtk-3-0 fonts-dejavu-core poppler-utils libwebkit2gtk-4.1-0)

cxw_apt_updated=""
cxw_apt_install() {
    if [ "$(id -u)" != 0 ]; then
        cxw_say "Missing Debian packages: $*. Install them (as root: apt-get install $*) and run this again."
        return 1
    fi
    if [ -z "$cxw_apt_updated" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
        cxw_apt_updated=yes
    fi
    cxw_say "Installing $* from Debian's packages..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

cxw_prerequisites() {
    local missing=() package java
    if command -v dpkg-query >/dev/null 2>&1; then
        for package in "${cxw_packages[@]}"; do
            dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
                || missing+=("$package")
        done
        if [ ${#missing[@]} -gt 0 ]; then
            cxw_apt_install "${missing[@]}" || return 1
        fi
    else
        command -v xvfb-run >/dev/null 2>&1 || cxw_say "No dpkg here: make sure Xvfb (xvfb-run), GTK 3 and fonts are installed."
    fi
    if ! java=$(cxw_find_java); then
        # Debian 13 and Ubuntu 24.04 ship OpenJDK 21; Debian 12 does not (this project's machines bring Temurin).
        cxw_apt_install openjdk-21-jdk-headless || true
        if ! java=$(cxw_find_java); then
            cxw_say "No Java 21 or newer found (JAVA_HOME, PATH, /usr/lib/jvm) and none could be installed: install a JDK 21+ and set JAVA_HOME."
            return 1
        fi
    fi
    JAVA_HOME=$(dirname "$(dirname "$java")")
    export JAVA_HOME
}
