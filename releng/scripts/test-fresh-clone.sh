# The newcomer's first command: `./run.sh` in a fresh clone that has no product yet, without a display, must build
# the product and complete the headless demo. Sourced by test-product.sh (uses its check/run helpers and $scratch).
# The clone is of the repository's committed HEAD (what a newcomer gets), so uncommitted changes are not in it.
# It builds the product once more without tests (a few minutes), sharing ~/.m2 with the build that ran before.

fresh_repo=$(git -C "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" rev-parse --show-toplevel 2>/dev/null)
if [ -n "$fresh_repo" ] && git clone -q "$fresh_repo" "$scratch/clone" 2>"$scratch/err"; then
    check "a fresh clone holds no built product" \
        eval '[ ! -e "$scratch/clone/releng/org.cxworkbench.product/target" ]'
    run env -u DISPLAY -u WAYLAND_DISPLAY "$scratch/clone/run.sh" "$scratch/clone-demo" --rows 300
    check "./run.sh in a fresh clone without a display builds the product and completes the headless demo" \
        eval 'code 0 && test -s "$scratch/clone-demo/reports/retail-b2c-scorecard.pdf" \
            && test -s "$scratch/clone-demo/reports/service-b2b-scorecard.html"'
    rm -rf "$scratch/clone"
else
    echo "  (no git repository around the scripts: the fresh-clone check of ./run.sh is skipped)" >&2
    check "the repository can be cloned for the fresh-clone check of ./run.sh" false
fi
