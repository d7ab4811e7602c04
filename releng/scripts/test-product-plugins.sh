# Issue 19, installing plug-ins without rebuilding: sourced by test-product.sh (uses its $product, $scratch, run and
# check). Everything runs on a copy of the materialized product, so the product itself is never changed. The
# example plug-in's repository (folder and zip) comes from the reactor: releng/org.cxworkbench.example.repository.

plugins_copy="$scratch/plugins-product/cxworkbench"
mkdir -p "$(dirname "$plugins_copy")" && cp -a "$product" "$plugins_copy"
example_repository=${CXW_EXAMPLE_REPOSITORY:-$(cd "$product/../../../../../../../.." && pwd -P)/org.cxworkbench.example.repository/target}
example_zip=$(ls "$example_repository"/org.cxworkbench.example.repository*.zip 2>/dev/null | head -n 1)
plugins_state() { # what an install changes: the bundles p2 lists and the product's plug-in and feature folders
    { cat "$plugins_copy/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
      ls "$plugins_copy/plugins" "$plugins_copy/features"; } 2>/dev/null | cksum
}
# four answers, three resolved at the first contact: FCR 75 %
printf 'id,resolved\n1,yes\n2,no\n3,yes\n4,yes\n' >"$scratch/fcr.csv"
fcr_score() { run env -u DISPLAY "$plugins_copy/cxw" score --metric fcr --file "$scratch/fcr.csv" --column resolved --format csv; }

fcr_score
check "before any install, --metric fcr is an unknown metric in one line" eval 'code 2 && err_one_line "fcr"' 

pristine=$(plugins_state)
printf 'not a zip' >"$scratch/damaged.zip"
run env -u DISPLAY "$plugins_copy/cxw" plugins install --repository "$scratch/damaged.zip" --trust org.cxworkbench.example.feature
check "installing from a damaged zip fails in one line and leaves the product as it was" \
    eval 'code 1 && err_one_line "damaged.zip" && [ "$(plugins_state)" = "$pristine" ]'
run env -u DISPLAY "$plugins_copy/cxw" plugins install --repository "$example_zip" --trust org.cxworkbench.no.such.feature
check "installing a feature the repository lacks fails in one line and leaves the product as it was" \
    eval 'code 1 && err_one_line "org.cxworkbench.no.such.feature" && [ "$(plugins_state)" = "$pristine" ]'
run env -u DISPLAY "$plugins_copy/cxw" plugins install --repository "$example_zip" org.cxworkbench.example.feature
check "unsigned content without --trust is refused in one line naming --trust, the product unchanged" \
    eval 'code 1 && err_one_line "with --trust" && [ "$(plugins_state)" = "$pristine" ]'

run env -u DISPLAY "$plugins_copy/cxw" plugins install --repository "$example_zip" --trust org.cxworkbench.example.feature
check "cxw plugins install installs the example feature from the zip" \
    eval 'code 0 && out_has "org.cxworkbench.example.feature" \
        && grep -q "^org.cxworkbench.example.metric," "$plugins_copy/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"'
fcr_score
check "after the install, cxw score --metric fcr works on a file (3 of 4 resolved: 75 %)" \
    eval 'code 0 && out_has "^fcr,,4,75"'
run env -u DISPLAY "$plugins_copy/cxw" plugins list --format json
check "cxw plugins list --format json shows the plug-in as installed by the user, the product features as shipped" \
    eval 'code 0 && grep -q "\"id\":\"org.cxworkbench.example.feature\".*\"installedBy\":\"user\"" "$scratch/out" \
        && grep -q "\"id\":\"org.cxworkbench.headless.feature\".*\"installedBy\":\"shipped\"" "$scratch/out"'

run env -u DISPLAY "$plugins_copy/cxw" plugins uninstall org.cxworkbench.example.feature
check "cxw plugins uninstall removes it" eval 'code 0 && out_has "org.cxworkbench.example.feature"'
fcr_score
check "after the uninstall, --metric fcr is an unknown metric again in one clear line" \
    eval 'code 2 && err_one_line "fcr"'
run env -u DISPLAY "$plugins_copy/cxw" plugins list
check "cxw plugins list no longer shows it" eval 'code 0 && ! out_has "org.cxworkbench.example.feature"'

# dropins/: a plug-in jar dropped in is picked up on the next start of cxw and of the workbench
example_jar=$(ls "$example_repository"/repository/plugins/org.cxworkbench.example.metric_*.jar 2>/dev/null | head -n 1)
mkdir -p "$plugins_copy/dropins" && cp "$example_jar" "$plugins_copy/dropins/"
fcr_score
check "a plug-in jar dropped into dropins/ is picked up by cxw on its next start" eval 'code 0 && out_has "^fcr,,4,75"'
run_on_display 1280x800x24 env CXW_VM_ARGS=-Dcxworkbench.benchmark.startup=true \
    "$plugins_copy/cxworkbench" -data "$scratch/plugins-workspace"
# p2 in the workbench keeps its profile and bundles.info in the user's configuration area (shared-install way)
check "the workbench's p2 reconciler installs the dropped-in jar on its next start (its bundles.info lists it)" \
    eval 'cat "$XDG_CACHE_HOME"/cxworkbench/*/workbench/org.eclipse.equinox.simpleconfigurator/bundles.info \
        "$plugins_copy/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" 2>/dev/null \
        | grep -q "^org.cxworkbench.example.metric,.*dropins"'
rm -f "$plugins_copy/dropins/"org.cxworkbench.example.metric_*.jar

# a product folder the user cannot write: the per-user area (run as root, a read-only folder is still writable:
# then the check is skipped)
chmod -R a-w "$plugins_copy"
if [ ! -w "$plugins_copy" ]; then
    run env -u DISPLAY CXW_USER_DROPINS="$scratch/user-dropins" "$plugins_copy/cxw" plugins install \
        --repository "$example_repository/repository" --trust org.cxworkbench.example.feature
    check "on a read-only product, cxw plugins install says so and installs into the per-user area" \
        eval 'code 0 && grep -q "read-only" "$scratch/err" && ls "$scratch/user-dropins/plugins/"org.cxworkbench.example.metric_*.jar'
    run env -u DISPLAY CXW_USER_DROPINS="$scratch/user-dropins" "$plugins_copy/cxw" score --metric fcr \
        --file "$scratch/fcr.csv" --column resolved --format csv
    check "cxw finds the plug-in of the per-user area" eval 'code 0 && out_has "^fcr,,4,75"'
fi
chmod -R u+w "$plugins_copy"
