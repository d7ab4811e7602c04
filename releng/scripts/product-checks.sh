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
