# The helpers of the product checks, sourced by test-product.sh and test-product-store.sh: each command's stdout,
# stderr and exit code go into $scratch (set by the caller), `check` counts and prints the outcome in $passed and
# $failed (set to 0 by the caller).

check() { # check <description> <condition as a command>...
    local what=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "  ok   $what"
    else
        failed=$((failed + 1))
        echo "  FAIL $what"
        echo "       stdout: $(head -c 600 "$scratch/out")"
        echo "       stderr: $(head -c 600 "$scratch/err")"
    fi
}
run() { # run <command>...: stdout, stderr and exit code into the scratch folder
    "$@" >"$scratch/out" 2>"$scratch/err"
    echo $? >"$scratch/code"
}
run_on_display() { # run_on_display <screen WxHxD> <command>...: run, on a virtual display of its own (xvfb-run -a)
    # Once in a product check of a fresh clone the workbench could not open the display xvfb-run had just declared
    # ready (SWT: "gtk_init_check() failed"), and not again in a dozen runs of that sequence. Such a start is
    # repeated, at most twice, with a note that shows what happened and what Xvfb logged; any other failure is the
    # product's own.
    local screen=$1 attempt
    shift
    for attempt in 1 2 3; do
        : >"$scratch/xvfb.log"
        run xvfb-run -a -e "$scratch/xvfb.log" -s "-screen 0 $screen" "$@"
        grep -q "gtk_init_check() failed" "$scratch/err" || return 0
        echo "  note attempt $attempt could not open its virtual display: $(head -c 300 "$scratch/err" | tr '\n' ' ')"
        echo "       Xvfb: $(head -c 300 "$scratch/xvfb.log" | tr '\n' ' ')"
    done
}
code() { [ "$(cat "$scratch/code")" = "$1" ]; }
nonzero() { [ "$(cat "$scratch/code")" != 0 ]; }
out_starts() { head -n 1 "$scratch/out" | grep -q "^$1"; }
err_empty() { [ ! -s "$scratch/err" ]; }
out_empty() { [ ! -s "$scratch/out" ]; }
err_one_line() { [ "$(wc -l <"$scratch/err")" = 1 ] && grep -q "$1" "$scratch/err"; }
out_has() { grep -q "$1" "$scratch/out"; }
await_line() { # await_line <file> <pattern> <pid> <tenths of a second>: until the file has the line or the process ends
    local _
    for _ in $(seq 1 "$4"); do
        grep -q "$2" "$1" && return 0
        kill -0 "$3" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
