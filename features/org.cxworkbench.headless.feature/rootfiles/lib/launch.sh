# Shared by the launch scripts `cxw` and `cxworkbench` (sourced, not run). The native Eclipse launcher is not
# on Maven Central, so the product is started with java -jar on the Equinox launcher, and this file does what
# eclipse.ini and the native launcher would: find a Java 21+, pick the configuration area, pass the VM arguments.

# The product folder (where plugins/ and configuration/ are).
cxw_home=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

# Prints the Java major version of the JDK/JRE folder $1, or nothing.
cxw_java_major() {
    local release="$1/release" version
    [ -x "$1/bin/java" ] || return 0
    if [ -r "$release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    else
        version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
    fi
    printf '%s' "$version"
}

# Prints the java executable to use: CXW_JAVA_HOME, JAVA_HOME, java on the PATH, then /usr/lib/jvm, newest
# first; the first that is Java 21 or newer wins.
cxw_find_java() {
    local candidates=() java_on_path home major
    [ -n "${CXW_JAVA_HOME:-}" ] && candidates+=("$CXW_JAVA_HOME")
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    if java_on_path=$(command -v java 2>/dev/null); then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$java_on_path")")")")
    fi
    if [ -d /usr/lib/jvm ]; then
        while IFS= read -r home; do candidates+=("$home"); done < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -Vr)
    fi
    for home in "${candidates[@]}"; do
        home=${home%/}
        major=$(cxw_java_major "$home")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            printf '%s/bin/java' "$home"
            return 0
        fi
    done
    return 1
}

# cxw_launch <script name> <application id> <configuration name> <-data value> [arguments...]
# Starts the product's OSGi runtime with the application. Each script gets a configuration area of its own per
# user (cascaded from the product's configuration/), so the workbench and cxw run side by side, and a product
# folder the user cannot write to still works. The -data value @private is a folder beside that configuration area:
# an instance area for plug-ins that keep state (BIRT's chart engine refuses to start without one), which is no
# user's workspace.
cxw_launch() {
    local name="$1" application="$2" configuration_name="$3" data="$4" java launcher configuration
    shift 4
    if ! java=$(cxw_find_java); then
        echo "$name: needs Java 21 or newer and found none (looked at CXW_JAVA_HOME, JAVA_HOME, the PATH and /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jre, or set JAVA_HOME" >&2
        return 3
    fi
    launcher=$(ls "$cxw_home"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
    if [ -z "$launcher" ]; then
        echo "$name: the product in $cxw_home is incomplete (no plugins/org.eclipse.equinox.launcher_*.jar)" >&2
        return 3
    fi
    configuration=${CXW_CONFIGURATION:-${XDG_CACHE_HOME:-$HOME/.cache}/cxworkbench/$(printf '%s' "$cxw_home" | cksum | cut -d' ' -f1)/$configuration_name}
    mkdir -p "$configuration" || return 3
    if [ "$data" = @private ]; then
        data="$configuration-instance"
        mkdir -p "$data" || return 3
    fi
    # shellcheck disable=SC2086 # CXW_VM_ARGS is a list of words on purpose
    exec "$java" -Dosgi.requiredJavaVersion=21 \
        -Dosgi.sharedConfiguration.area="$cxw_home/configuration" -Dosgi.configuration.cascaded=true \
        -Djava.util.logging.config.file="$cxw_home/lib/logging.properties" \
        ${CXW_VM_ARGS:-} \
        -jar "$launcher" \
        -install "$cxw_home" -configuration "$configuration" -data "$data" \
        -application "$application" -nosplash "$@"
}
