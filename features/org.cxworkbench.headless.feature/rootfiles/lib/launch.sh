# Shared by the launch scripts `cxw` and `cxworkbench` (sourced, not run). The native Eclipse launcher is not
# on Maven Central, so the product is started with java -jar on the Equinox launcher, and this file does what
# eclipse.ini and the native launcher would: find a Java 21+, pick the configuration area, pass the VM arguments.

# The product folder (where plugins/ and configuration/ are).
cxw_home=$(cd "${BASH_SOURCE[0]%/*}/.." && pwd -P)
# simpleconfigurator's list of the product's bundles, which p2 keeps (installs, uninstalls, dropins/).
cxw_bundles_info="$cxw_home/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
# A user's own plug-ins when the product folder is read-only for them (cxw plugins installs there then): a
# dropins folder that cxw adds to its bundles and the workbench's p2 reconciler reads.
cxw_user_dropins=${CXW_USER_DROPINS:-$HOME/.cxworkbench/dropins}

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
    cxw_run_vm_options=()
    if [ "$name" = cxw ]; then
        cxw_run_options "$@"
        # a run like the last one starts at once, from what that run worked out (see cxw_launch_cache_write)
        if cxw_launch_cache_read "$configuration_name"; then
            # shellcheck disable=SC2086 # CXW_VM_ARGS is a list of words on purpose
            exec "${cxw_cached_head[@]}" "${cxw_run_vm_options[@]}" ${CXW_VM_ARGS:-} "${cxw_cached_tail[@]}" "$@"
        fi
    fi
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
    cxw_vm_options=()
    cxw_aot_record=""
    cxw_aot_cache=""
    # how the JVM enters the framework: the Equinox launcher, or for cxw its own entry point (cxw_framework_main)
    cxw_main=(-jar "$launcher")
    cxw_main_stamp=""
    cxw_main_files=("$launcher")
    if [ "$name" = cxw ]; then
        cxw_framework_main "$java" "$configuration"
        cxw_cli_options "$java" "$configuration"
    fi
    # p2 in the workbench (Install New Software, Installation Details, the dropins reconciler) keeps its profile in
    # the user's configuration (eclipse.p2.data.area=@config.dir/../p2, p2's shared-install way, based on the
    # product's profile), as the configuration area is the user's; its reconciler reads the user's own dropins
    # folder too, besides the product's
    local p2_options=()
    if [ "$name" != cxw ]; then
        p2_options+=("-Dorg.eclipse.equinox.p2.reconciler.dropins.directory=$cxw_user_dropins")
    fi
    local head=("$java" -Dosgi.requiredJavaVersion=21 "${p2_options[@]}" \
        -Dosgi.sharedConfiguration.area="$cxw_home/configuration" -Dosgi.configuration.cascaded=true \
        -Djava.util.logging.config.file="$cxw_home/lib/logging.properties" \
        "${cxw_vm_options[@]}")
    local tail=("${cxw_main[@]}" -install "$cxw_home" -configuration "$configuration" -data "$data" \
        -application "$application" -nosplash)
    if [ "$name" = cxw ] && [ -z "$cxw_aot_record" ]; then
        cxw_launch_cache_write "$configuration_name" "$java" "$configuration" "$data" "${#head[@]}" "${head[@]}" "${tail[@]}"
    fi
    # shellcheck disable=SC2086 # CXW_VM_ARGS is a list of words on purpose
    set -- "${head[@]}" "${cxw_run_vm_options[@]}" ${CXW_VM_ARGS:-} "${tail[@]}" "$@"
    if [ -z "$cxw_aot_record" ]; then
        exec "$@"
    fi
    # the training run: the framework and cxw's JVM options (not CXW_VM_ARGS, whose log files are the user's), in
    # configuration and instance areas of its own, so that it never meets a run of the user's in theirs
    local aot_dir
    aot_dir=$(dirname "$cxw_aot_cache")
    local training=("$java" -Dosgi.requiredJavaVersion=21 \
        -Dosgi.sharedConfiguration.area="$cxw_home/configuration" -Dosgi.configuration.cascaded=true \
        -Djava.util.logging.config.file="$cxw_home/lib/logging.properties" \
        "${cxw_vm_options[@]}" -Xms48m -XX:AOTCacheOutput="$cxw_aot_cache.$$.tmp" -Xlog:aot=off -Xlog:cds=off \
        "${cxw_main[@]}" -install "$cxw_home" -configuration "$aot_dir/configuration" -data "$aot_dir/instance" \
        -application "$application" -nosplash)
    cxw_aot_create "${training[@]}"
    exec "$@"
}

# cxw_run_options <cxw arguments...>: sets cxw_run_vm_options, the JVM options that depend on this run's command
# line: a heap that starts small, unless the user sized it (a smaller -Xmx than -Xms would stop the JVM), and the
# quick C1 compiler alone for the commands that run for a second or two: help, version, validate, score and compare.
# On two cores the optimizing C2 compiler's work costs such a run more than its faster code gives back
# (docs/benchmarks.md: score --file on a million rows 0.99 against 1.15 s, score --journey 1.17 against 1.49 s); a
# file of 256 MB or more to score keeps it. Only bash, and stat for the size of a file named by --file.
cxw_run_options() {
    cxw_run_vm_options=()
    case "${CXW_VM_ARGS:-}" in
        *-Xmx*|*MaxHeapSize*|*-Xms*|*InitialHeapSize*) ;;
        *) cxw_run_vm_options+=(-Xms48m) ;;
    esac
    case "${1:-}" in
        --version|-V|--help|-h|help|validate|"") cxw_run_vm_options+=(-XX:TieredStopAtLevel=1) ;;
        score|compare) cxw_short_file_run "$@" && cxw_run_vm_options+=(-XX:TieredStopAtLevel=1) ;;
        *) case " $* " in *" --help "*|*" -h "*) cxw_run_vm_options+=(-XX:TieredStopAtLevel=1) ;; esac ;;
    esac
}

# cxw_short_file_run <cxw arguments...>: fails when a --file argument names a file of 256 MB or more.
cxw_short_file_run() {
    local file size
    while [ $# -gt 0 ]; do
        case "$1" in
            --file) file=${2:-}; shift ;;
            --file=*) file=${1#--file=} ;;
            *) file="" ;;
        esac
        shift
        if [ -n "$file" ] && [ -f "$file" ]; then
            size=$(stat -L -c %s -- "$file" 2>/dev/null) || size=0
            [ "${size:-0}" -lt 268435456 ] || return 1
        fi
    done
    return 0
}

# The launch cache. Working out cxw's command line takes a dozen small processes (finding Java, checksums of the
# product's configuration and dropins, the framework copy, the AOT cache's key): about 0.2 s, a quarter of a short
# command. A run that worked it out writes it to a file, with the files it depended on, and the next run takes it
# from there as long as none of those files changed (newer than the cache, appeared or gone) and the environment
# that chose them (JAVA_HOME, PATH, CXW_* ...) is the same; that check is bash's own tests, no process. A run that
# still has to make the AOT cache writes none, so the run after the cache exists works the line out again.
#
# cxw_launch_cache_file <configuration name>: sets cxw_launch_file (empty when there is no place for it) and
# cxw_launch_key.
cxw_launch_cache_file() {
    cxw_launch_file=""
    cxw_launch_key="cxw-launch 1|$cxw_home|${CXW_JAVA_HOME:-}|${JAVA_HOME:-}|${PATH:-}|${CXW_ALL_BUNDLES:-}|${CXW_LAUNCHER:-}|${CXW_AOT:-}|${CXW_CONFIGURATION:-}|${XDG_CACHE_HOME:-}|${HOME:-}|${CXW_USER_DROPINS:-}|$1"
    case "$cxw_launch_key" in *$'\n'*) return 0 ;; esac
    [ "${CXW_LAUNCH_CACHE:-}" = off ] && return 0
    if [ -n "${CXW_CONFIGURATION:-}" ]; then
        cxw_launch_file="$CXW_CONFIGURATION.launch"
    else
        local name=${cxw_home//\//%}
        [ "${#name}" -le 200 ] && cxw_launch_file="${XDG_CACHE_HOME:-$HOME/.cache}/cxworkbench/launch/$name%$1"
    fi
}

# cxw_launch_cache_read <configuration name>: sets cxw_cached_head and cxw_cached_tail (the command line before and
# after this run's own JVM options and arguments) from a launch cache that still holds; fails otherwise.
cxw_launch_cache_read() {
    local line complete=""
    cxw_launch_cache_file "$1"
    [ -n "$cxw_launch_file" ] && [ -f "$cxw_launch_file" ] || return 1
    cxw_cached_head=()
    cxw_cached_tail=()
    {
        IFS= read -r line && [ "$line" = "$cxw_launch_key" ] || return 1
        while IFS= read -r line; do
            case "$line" in
                "W "*) [ -e "${line:2}" ] && ! [ "${line:2}" -nt "$cxw_launch_file" ] || return 1 ;;
                "E "*) [ -d "${line:2}" ] || return 1 ;;
                "A "*) [ -e "${line:2}" ] && return 1 ;;
                "H "*) cxw_cached_head+=("${line:2}") ;;
                "T "*) cxw_cached_tail+=("${line:2}") ;;
                end) complete=1 ;;
            esac
        done
    } <"$cxw_launch_file"
    [ -n "$complete" ] && [ "${#cxw_cached_head[@]}" -gt 0 ]
}

# cxw_launch_cache_write <configuration name> <java> <configuration> <data> <head length> <head...> <tail...>:
# writes the launch cache of this command line. What it depends on: this script and launch.sh, the JVM (and the
# folders cxw_find_java looks in), the product's config.ini and bundles.info, the dropins folders and all in them,
# the jars on the class path, the bundle list and the AOT cache; the configuration and instance areas must still
# be there. A failure to write only costs the next run time.
cxw_launch_cache_write() {
    local java="$2" configuration="$3" data="$4" count="$5" arg file watched=() absent=() i=0
    cxw_launch_cache_file "$1"
    [ -n "$cxw_launch_file" ] || return 0
    shift 5
    watched+=("$cxw_home/cxw" "$cxw_home/lib/launch.sh" "$java" "$cxw_home/configuration/config.ini")
    watched+=("${cxw_main_files[@]}")
    for file in "${java%/bin/java}/release" /usr/lib/jvm /etc/alternatives "$cxw_bundles_info" "${cxw_cli_list:-}" \
        "${cxw_cli_list:+$configuration.empty-bundles.info}" "${cxw_aot_cache:-}"; do
        [ -z "$file" ] && continue
        if [ -e "$file" ]; then watched+=("$file"); else absent+=("$file"); fi
    done
    for file in "$cxw_home/dropins" "$cxw_user_dropins"; do
        if [ -e "$file" ]; then
            # deep enough for the manifest of a bundle folder in <dropins>/<name>/eclipse/plugins/
            while IFS= read -r arg; do watched+=("$arg"); done < <(find "$file" -maxdepth 6 2>/dev/null)
        else
            absent+=("$file")
        fi
    done
    for arg in "$@" "${watched[@]}" "${absent[@]}"; do
        case "$arg" in *$'\n'*) return 0 ;; esac
    done
    mkdir -p "${cxw_launch_file%/*}" 2>/dev/null || return 0
    {
        printf '%s\n' "$cxw_launch_key"
        printf 'W %s\n' "${watched[@]}"
        # the areas the run writes into (their times change with every run): only that they are still there
        printf 'E %s\n' "$configuration" "$data"
        [ "${#absent[@]}" -gt 0 ] && printf 'A %s\n' "${absent[@]}"
        for arg in "$@"; do
            if [ "$i" -lt "$count" ]; then printf 'H %s\n' "$arg"; else printf 'T %s\n' "$arg"; fi
            i=$((i + 1))
        done
        printf 'end\n'
    } >"$cxw_launch_file.$$.tmp" 2>/dev/null && mv -f "$cxw_launch_file.$$.tmp" "$cxw_launch_file" 2>/dev/null
    rm -f "$cxw_launch_file.$$.tmp" 2>/dev/null
    return 0
}

# cxw_cli_options <java> <configuration>: sets cxw_vm_options for a command-line run (besides cxw_run_options).
#  - only the product's bundles without a user interface (HeadlessBundles lists them from the product's own
#    config.ini the first time a product is seen, and the list is kept beside the configuration area; its path
#    goes to cxw_cli_list);
#  - a JVM tuned for short runs: the serial collector and no perf-data file;
#  - the JDK's ahead-of-time class cache (JDK 25, JEP 483/514/515) in the user's cache folder, made after the
#    first run; CXW_AOT=off leaves it out. A stale or unreadable cache is ignored by the JVM, silently.
cxw_cli_options() {
    local java="$1" configuration="$2" bundles list cli_jar sum
    cxw_cli_list=""
    cxw_vm_options=(-XX:+UseSerialGC -XX:-UsePerfData)
    if [ "${CXW_ALL_BUNDLES:-}" != 1 ] && [ -r "$cxw_home/configuration/config.ini" ]; then
        # the list changes with config.ini, with simpleconfigurator's bundles.info (which cxw plugins and the
        # workbench's Install New Software update) and with what lies in the product's and the user's dropins
        sum=$( { cat "$cxw_home/configuration/config.ini" "$cxw_bundles_info" 2>/dev/null
                 ls -lRL --time-style=+%s "$cxw_home/dropins" "$cxw_user_dropins" 2>/dev/null; } | cksum | cut -d' ' -f1)
        list="$configuration.bundles-$sum"
        if [ ! -s "$list" ]; then
            cli_jar=$(cxw_cli_jar)
            rm -f "$configuration".bundles-*
            if [ -n "$cli_jar" ] && "$java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cli_jar" \
                org.cxworkbench.cli.internal.launch.HeadlessBundles "$cxw_home" "$cxw_user_dropins" >"$list.tmp" 2>/dev/null \
                && [ -s "$list.tmp" ]; then
                mv -f "$list.tmp" "$list"
            else
                rm -f "$list.tmp"
            fi
        fi
        if [ -s "$list" ]; then
            cxw_cli_list=$list
            bundles=$(cat "$list")
            # the framework extension from its unsigned copy (cxw_framework_main), where the list has the original
            if [ -n "${cxw_ext_copy:-}" ] && [[ ",$bundles" == *",reference:file:$cxw_ext_original@"* ]]; then
                bundles=${bundles//",reference:file:$cxw_ext_original@"/",reference:file:$cxw_ext_copy@"}
                bundles=${bundles/#"reference:file:$cxw_ext_original@"/"reference:file:$cxw_ext_copy@"}
                cxw_vm_options+=("-Dosgi.framework.extensions=reference:file:$cxw_ext_copy")
            fi
            # the product definition lives in the workbench's bundle, which cxw leaves out; simpleconfigurator is in
            # the list for p2's sake, and must not install the whole of bundles.info if it ever starts: an empty list
            [ -s "$configuration.empty-bundles.info" ] || printf '#version=1\n' >"$configuration.empty-bundles.info"
            cxw_vm_options+=("-Dosgi.bundles=$bundles" -Declipse.product= \
                "-Dorg.eclipse.equinox.simpleconfigurator.configUrl=file:$configuration.empty-bundles.info" \
                -Dorg.eclipse.equinox.simpleconfigurator.exclusiveInstallation=false)
        fi
    fi
    cxw_aot_options "$java" "$configuration"
}

# Prints the product's cli bundle jar: the newest that bundles.info names (an update may leave the old jar in
# plugins/), else the last in plugins/.
cxw_cli_jar() {
    local cli_jar
    cli_jar=$(sed -n 's/^org\.cxworkbench\.cli,[^,]*,\([^,]*\),.*/\1/p' "$cxw_bundles_info" 2>/dev/null | tail -n 1)
    case "$cli_jar" in
        "") cli_jar=$(ls "$cxw_home"/plugins/org.cxworkbench.cli_*.jar 2>/dev/null | tail -n 1) ;;
        /*) ;;
        *) cli_jar="$cxw_home/$cli_jar" ;;
    esac
    [ -f "$cli_jar" ] && printf '%s' "$cli_jar"
}

# cxw_framework_main <java> <configuration>: sets cxw_main so that cxw starts the framework from an unsigned copy
# of its jar on the JVM's class path, through the cli bundle's CxwMain, instead of the Equinox launcher. The JDK's
# AOT cache leaves out the classes of signed jars, and Equinox's jar is signed: with the copy, its ~520 classes come
# from the cache too. The copy (FrameworkCopy, once per framework jar) lies in the cache folder beside the
# configuration area; when it cannot be made (no cli jar, a folder not writable), or with CXW_LAUNCHER=equinox,
# cxw keeps the Equinox launcher. The workbench always keeps it.
#
# The framework extension that config.ini names (osgi.framework.extensions: org.eclipse.osgi.compatibility.state,
# which p2 needs) gets an unsigned copy too, on the class path after the framework's, and cxw_ext_original and
# cxw_ext_copy say which; cxw_cli_options installs the copy in its place. Equinox adds an extension's jar to the
# class path at start-up, and the JDK checked the signature of the signed original there on every run (a tenth of
# `cxw --version`'s processor time in the JFR profile).
cxw_framework_main() {
    local java="$1" configuration="$2" framework cli_jar copy key extension ext_copy=""
    cxw_ext_original=""
    cxw_ext_copy=""
    [ "${CXW_LAUNCHER:-}" = equinox ] && return 0
    # the framework of the product's config.ini (osgi.framework=file\:plugins/org.eclipse.osgi_<version>.jar)
    framework=$(sed -n 's/^osgi\.framework=file\\\{0,1\}:\(.*\)$/\1/p' "$cxw_home/configuration/config.ini" 2>/dev/null | tail -n 1)
    case "$framework" in
        "") framework=$(ls "$cxw_home"/plugins/org.eclipse.osgi_*.jar 2>/dev/null | tail -n 1) ;;
        /*) ;;
        *) framework="$cxw_home/$framework" ;;
    esac
    [ -f "$framework" ] || return 0
    cli_jar=$(cxw_cli_jar) || return 0
    # one extension jar beside the framework's (osgi.framework.extensions=reference\:file\:<jar>); anything else
    # (several, a folder) stays as it is
    extension=$(sed -n 's/^osgi\.framework\.extensions=\(.*\)$/\1/p' "$cxw_home/configuration/config.ini" 2>/dev/null \
        | tail -n 1 | sed 's/\\:/:/g; s/^reference:file://')
    case "$extension" in
        "" | *,* | */* | *@*) extension="" ;;
        *) extension="$(dirname "$framework")/$extension"; [ -f "$extension" ] || extension="" ;;
    esac
    key=$(ls -lL --time-style=+%s "$framework" ${extension:+"$extension"} 2>/dev/null | cksum | cut -d' ' -f1)
    copy="$configuration-framework/$(basename "$framework" .jar)-unsigned-$key.jar"
    [ -n "$extension" ] && ext_copy="$configuration-framework/$(basename "$extension" .jar)-unsigned-$key.jar"
    if [ ! -s "$copy" ] || { [ -n "$ext_copy" ] && [ ! -s "$ext_copy" ]; }; then
        mkdir -p "$configuration-framework" 2>/dev/null || return 0
        # older copies go (another framework jar); copies that a run beside this one has just made stay
        find "$configuration-framework" -maxdepth 1 -name '*.jar' ! -name "*-unsigned-$key.jar" -delete 2>/dev/null
        "$java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cli_jar" \
            org.cxworkbench.cli.internal.launch.FrameworkCopy "$framework" "$copy" ${ext_copy:+"$extension" "$ext_copy"} \
            >/dev/null 2>&1 || return 0
        [ -s "$copy" ] || return 0
        [ -z "$ext_copy" ] || [ -s "$ext_copy" ] || ext_copy=""
    fi
    # the framework extension is added to the framework's class loader at run time: on the JVM's class path Equinox
    # does that through the application class loader's appendToClassPathForInstrumentation, which the JDK opens only
    # on request (without it cxw plugins install failed in p2's InstallFeatureAction)
    cxw_main=(--add-opens=java.base/jdk.internal.loader=ALL-UNNAMED "-Dosgi.framework=file:$framework"
        -cp "$copy${ext_copy:+:$ext_copy}:$cli_jar" org.cxworkbench.cli.internal.launch.CxwMain)
    # the JVM refuses an AOT cache whose class path jars changed: a jar replaced in place makes a new cache
    cxw_main_stamp=$(ls -lL --time-style=+%s "$copy" ${ext_copy:+"$ext_copy"} "$cli_jar" 2>/dev/null | cksum | cut -d' ' -f1)
    cxw_main_files=("$framework" "$copy" "$cli_jar" ${ext_copy:+"$extension" "$ext_copy"})
    if [ -n "$ext_copy" ]; then
        cxw_ext_original=$extension
        cxw_ext_copy=$ext_copy
    fi
}

# cxw_aot_options <java> <configuration>: the AOT cache options, when the JVM is 25 or newer and CXW_AOT is not off.
# Without a cache, this run goes on as before and, once it is over, a quiet `cxw --version` in the background
# records the start-up's classes and writes the cache (JEP 514's one-step -XX:AOTCacheOutput), so no run of the
# user's waits for it or sees its messages.
cxw_aot_options() {
    local java="$1" configuration="$2" home major key
    [ "${CXW_AOT:-}" = off ] && return 0
    home=$(dirname "$(dirname "$java")")
    major=$(cxw_java_major "$home")
    [ -n "$major" ] && [ "$major" -ge 25 ] || return 0
    # one cache per JVM build, product and entry point (class path): a new JDK or product makes a new one instead of
    # meeting the old one
    key=$( { cat "$home/release" 2>/dev/null; printf '%s %s %s %s' "$java" "$cxw_home" "${cxw_main[*]}" "${cxw_main_stamp:-}"; } | cksum | cut -d' ' -f1)
    cxw_aot_cache="$configuration-aot/cxw-$key.aot"
    if [ -s "$cxw_aot_cache" ]; then
        cxw_vm_options+=("-XX:AOTCache=$cxw_aot_cache" -Xlog:aot=off -Xlog:cds=off)
    elif mkdir -p "$configuration-aot" 2>/dev/null && [ -w "$configuration-aot" ] \
        && [ -z "$(find "$configuration-aot" -name '*.training' -mmin -10 2>/dev/null)" ]; then
        cxw_aot_record="$configuration-aot/cxw-$key.$$.training"
    fi
}

# cxw_aot_create <training command...>: the background training run that writes the AOT cache. It waits until the
# user's run (this shell's process, replaced by the JVM: its process id stays the one the caller knows) is over, so
# the two do not share the processor. A failure (a folder not writable after all, a JVM that refuses) leaves no
# cache, and a run ten minutes later tries again.
cxw_aot_create() {
    : >"$cxw_aot_record" 2>/dev/null || return 0
    rm -f "$(dirname "$cxw_aot_cache")"/cxw-*.aot
    local user_run=$$
    (
        while kill -0 "$user_run" 2>/dev/null; do sleep 1; done
        # the training command: a small score --file, which starts what --version starts and also the metric
        # registry, the CSV column pass and the scoring, so that their classes (and the JIT's profiles) are cached too
        local csv="$cxw_aot_record.csv" i
        {
            printf 'respondent,touchpoint,score\n'
            for ((i = 0; i < 2000; i++)); do printf 'R%d,T%d,%d\n' "$i" $((i % 7)) $((i * 7 % 11)); done
        } >"$csv"
        "$@" score --metric nps --file "$csv" --column score --by touchpoint --format csv \
            && [ -s "$cxw_aot_cache.$$.tmp" ] && mv -f "$cxw_aot_cache.$$.tmp" "$cxw_aot_cache"
        rm -f "$cxw_aot_record" "$csv" "$cxw_aot_cache.$$.tmp"*
    ) </dev/null >/dev/null 2>&1 &
}
