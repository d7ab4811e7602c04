# The results store through the product's `cxw`, in processes of their own: an import killed with kill -9 half-way
# and imported again, a large file in a small heap, and the team's network server (NATIVE users, roles, TLS,
# backups).
# Sourced by test-product.sh (uses its check/run helpers, $product and $scratch), or run on its own:
#   releng/scripts/test-product-store.sh <product folder>
# CXW_STORE_ROWS sets the size of the large file: 50000 by default (about 40 s to import on the project's shared
# 2-core machines); the issue's 1,000,000 rows in -Xmx256m take 20 times as long, so they run on demand:
#   CXW_STORE_ROWS=1000000 releng/scripts/test-product-store.sh <product folder>

if ! declare -F check >/dev/null; then # on its own: the helpers test-product.sh would give
    set -uo pipefail
    store_alone=1
    product=${1:?usage: test-product-store.sh <product folder>}
    product=$(cd "$product" && pwd -P)
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    export XDG_CACHE_HOME="$scratch/cache"
    passed=0 failed=0
    . "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/product-checks.sh"
fi

store_rows=${CXW_STORE_ROWS:-50000}
store_dir="$scratch/store"
mkdir -p "$store_dir"
# Derby logs into the user's cache (XDG_CACHE_HOME, the scratch one here), never into the current folder: checked at
# the end from this folder
pushd "$store_dir" >/dev/null || exit 1
journey="$store_dir/retail-b2c.journey"
unzip -p "$(ls "$product"/plugins/org.cxworkbench.core_*.jar | head -n 1)" samples/retail-b2c.journey >"$journey"

# A generic CSV export of the retail journey: NPS relationship and CSAT after support for each respondent. Every
# 1000th row answers NPS with 11, outside its scale: rejected. Deterministic, so the counts are known here.
big="$store_dir/answers-$store_rows.csv"
awk -v n="$store_rows" 'BEGIN {
    print "id,submitted,segment,channel,nps,csat"
    split("Members Guests Business", segment, " "); split("web store phone", channel, " ")
    for (i = 1; i <= n; i++) {
        nps = (i % 1000 == 0) ? 11 : (i * 7) % 11
        printf "r%d,2026-%02d-%02d %02d:%02d,%s,%s,%d,%d\n", i, 1 + i % 12, 1 + i % 28, i % 24, i % 60,
            segment[1 + i % 3], channel[1 + i % 3], nps, 1 + i % 5
    }
}' >"$big"
big_rejected=$((store_rows / 1000))
big_stored=$((store_rows - big_rejected))
mapping="$store_dir/answers.mapping"
cat >"$mapping" <<'EOF'
answer.nps=78877913-111a-4334-8590-ca6fd2970f18
answer.csat=b5a420cd-f87c-4f55-a0aa-bb9bde4d8812
respondent=id
time=submitted
segment=segment
channel=channel
EOF

# Counts the rows of tables with Derby's own ij, outside our code: what is really in the database folder.
derby_counts() { # derby_counts <database folder> <table>...: the counts, space-separated
    local cp db=$1 table
    shift
    cp=$(ls "$product"/plugins/*derby*.jar | tr '\n' ':')
    {
        printf 'connect '\''jdbc:derby:%s'\'';\n' "$db"
        for table in "$@"; do printf 'select count(*) as n from %s;\n' "$table"; done
        printf 'exit;\n'
    } | "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$cp" -Dderby.stream.error.file=/dev/null org.apache.derby.tools.ij \
        2>&1 | sed -n 's/^ *\([0-9][0-9]*\) *$/\1/p' | tr '\n' ' ' | sed 's/ $//'
}

# --- kill -9 during an import, then the same import again -------------------------------------------------------
db="$store_dir/killed-db"
# the import's temporary spool files go here, to see the killed one's left behind and deleted by the next import
spools="$store_dir/tmp"
mkdir -p "$spools"
CXW_VM_ARGS="-Djava.io.tmpdir=$spools" env -u DISPLAY "$product/cxw" import "$big" --journey "$journey" \
    --mapping "$mapping" --db "$db" >"$store_dir/killed.out" 2>"$store_dir/killed.err" &
importer=$!
await_line "$store_dir/killed.err" "rows read" "$importer" 600
progress=$(grep -m 1 "rows read" "$store_dir/killed.err")
kill -9 "$importer" 2>/dev/null
wait "$importer" 2>/dev/null
echo "       killed the import after: $progress"
check "a large import shows its progress on stderr and is still running when killed with kill -9" \
    eval '[ -n "$progress" ] && ! grep -q "rows stored" "$store_dir/killed.out"'
left=$(find "$spools" -name "cxw-import-$importer-*.spool" | wc -l)

run env -u DISPLAY "$product/cxw" import --list --db "$db" --format json
check "after kill -9 the store lists no batch of the killed import (Derby's recovery rolled it back)" \
    eval 'code 0 && [ "$(tr -d " \n" <"$scratch/out")" = "[]" ]'
check "after kill -9 no answer and no respondent of the killed import is in the database" \
    eval '[ "$(derby_counts "$db" answers respondents rejected_rows)" = "0 0 0" ]'

# the same file again, in a heap far smaller than the file: the import streams
# (GNU time, when the machine has it, tells the peak resident memory of the whole JVM: heap, Derby's page cache,
# code)
timed=()
[ -x /usr/bin/time ] && timed=(/usr/bin/time -f "%M" -o "$store_dir/peak-kb")
started=$(date +%s)
run env -u DISPLAY CXW_VM_ARGS="-Xmx256m -Djava.io.tmpdir=$spools" "${timed[@]}" "$product/cxw" import "$big" \
    --journey "$journey" --mapping "$mapping" --db "$db"
seconds=$(($(date +%s) - started))
peak=""
[ -s "$store_dir/peak-kb" ] && peak=", peak resident memory $(($(tail -n 1 "$store_dir/peak-kb") / 1024)) MB"
echo "       imported $store_rows rows with -Xmx256m in $seconds s$peak"
check "re-importing the same $store_rows-row file after the kill stores it whole, with -Xmx256m" \
    eval 'code 0 && grep -q "^answers-$store_rows.csv: $big_stored rows stored ($((2 * big_stored)) answers), $big_rejected rejected" "$scratch/out"'
check "the killed import's temporary files ($left) are deleted by the next import, which deletes its own" \
    eval '[ "$left" -gt 0 ] && [ -z "$(find "$spools" -name "cxw-import-*.spool")" ]'
run env -u DISPLAY "$product/cxw" import --list --db "$db" --format csv
# (its id is not 1: Derby's identity values are not transactional, the killed import used one)
check "the store lists exactly one batch for it: done, with its counts" \
    eval 'code 0 && [ "$(wc -l <"$scratch/out")" = 2 ] && sed -n 2p "$scratch/out" | grep -q "^[0-9]*,answers-$store_rows.csv,done,$big_stored,$big_rejected,"'
check "Derby's own count agrees: $((2 * big_stored)) answers of $big_stored respondents" \
    eval '[ "$(derby_counts "$db" answers respondents)" = "$((2 * big_stored)) $big_stored" ]'
run env -u DISPLAY "$product/cxw" import "$big" --journey "$journey" --mapping "$mapping" --db "$db"
check "importing it a third time does nothing (same content)" \
    eval 'code 0 && out_has "already imported (batch [0-9]*, same content)"'

# --- the reasons of rejected rows in the user's language (the store's texts and the metrics') --------------------
head -n 1001 "$big" >"$store_dir/kieli.csv" # rows 1 to 1000; the NPS of row 1000 is 11
printf 'r5,2026-01-01 00:00,Members,web,5,3\n' >>"$store_dir/kieli.csv"
run env -u DISPLAY CXW_VM_ARGS=-Duser.language=fi "$product/cxw" import "$store_dir/kieli.csv" \
    --journey "$journey" --mapping "$mapping" --db "$store_dir/kieli-db"
check "cxw import in Finnish gives the reasons of rejected rows in Finnish" \
    eval 'code 0 && out_has "11 on mittarin nps asteikon 0..10 ulkopuolella" && out_has "vastaajan tunniste r5 toistuu"'

# --- the network server --------------------------------------------------------------------------------------------
free_port() { # a port nothing listens on
    local port
    for port in $(shuf -i 20000-60000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}
port=$(free_port)
server_home="$store_dir/server"
admin_pw='admin s3cret'
# the administrator runs the server in its folder; users come from 'cxw server user add', never from the environment
(exec env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" server start --port "$port" --user admin \
    --home "$server_home" >"$store_dir/server.out" 2>"$store_dir/server.err") &
server=$!
await_line "$store_dir/server.err" "running on" "$server" 300
check "cxw server start runs the network server on 127.0.0.1:$port with NATIVE users in its folder" \
    eval 'grep -q "running on 127.0.0.1:$port (administrator admin, database results)" "$store_dir/server.err" \
        && [ -d "$server_home/results" ] && [ -d "$server_home/cxw-credentials" ]'

run env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" server status --port "$port" --user admin
check "cxw server status says it runs" eval 'code 0 && out_starts "running on 127.0.0.1:$port"'
run env -u DISPLAY CXW_DB_PASSWORD=wrong "$product/cxw" server status --port "$port" --user admin
check "cxw server status with a wrong password is refused like every other command: one line, exit 1" \
    eval 'code 1 && out_empty && err_one_line "^cxw server: the server on 127.0.0.1:$port refused user admin: wrong user name or password$"'
# a second server on the same port: it said it ran and never ended
run timeout 60 env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" server start --port "$port" --user admin \
    --home "$store_dir/other-server"
check "cxw server start on a port in use says so and exits 1 at once" \
    eval 'code 1 && err_one_line "^cxw server: cannot start on 127.0.0.1:$port: port $port is in use already"'

# users: the new password on standard input, as a script pipes it
run env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" bash -c "printf 'ana pw 1\n' | '$product/cxw' server user add ana \
    --role analyst --port $port --user admin"
check "cxw server user add reads the new password from standard input" \
    eval 'code 0 && out_has "^added ana (analyst) to results$"'
run env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" bash -c "printf 'ben pw 2\n' | '$product/cxw' server user add ben \
    --role viewer --port $port --user admin"
run env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" server user list --port "$port" --user admin
check "cxw server user list names the users and their roles" \
    eval 'code 0 && [ "$(cat "$scratch/out")" = "$(printf "user,role\nadmin,admin\nana,analyst\nben,viewer")" ]'

small="$store_dir/team.csv"
head -n 2001 "$big" >"$small"
url="jdbc:derby://localhost:$port/results"
run env -u DISPLAY CXW_DB_PASSWORD='ana pw 1' "$product/cxw" import "$small" --journey "$journey" \
    --mapping "$mapping" --db "$url" --user ana
check "an analyst imports through the network server (user and password from the environment)" \
    eval 'code 0 && out_has "^team.csv: 1998 rows stored (3996 answers), 2 rejected"'
run env -u DISPLAY CXW_DB_PASSWORD='ben pw 2' "$product/cxw" import --list --db "$url" --user ben --format csv
check "a viewer lists the batches" eval 'code 0 && sed -n 2p "$scratch/out" | grep -q "^1,team.csv,done,1998,2,"'
run env -u DISPLAY CXW_DB_PASSWORD='ben pw 2' "$product/cxw" import "$small" --journey "$journey" \
    --mapping "$mapping" --db "$url" --user ben --force
check "a viewer's import is refused in one line" eval 'code 1 && err_one_line "^cxw import: .*BEN.*permission"'
run env -u DISPLAY CXW_DB_PASSWORD='ben pw 2' "$product/cxw" import "$small" --journey "$journey" \
    --mapping "$mapping" --db "$url" --user ana
check "a wrong password is refused: one line, exit 1" \
    eval 'code 1 && out_empty && err_one_line "^cxw import: the server of $url refused user ana: wrong user name or password$"'
ps -eww -o args >"$store_dir/ps.txt"
check "no password in ps while the server runs, nor in the server's logs" \
    eval '! grep -qE "admin s3cret|ana pw 1|ben pw 2" "$store_dir/ps.txt" "$server_home/derby.log" "$server_home/server.log" \
        && grep -qF "$product" "$store_dir/ps.txt"'

run env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" store backup --db "$url" --user admin \
    --to "$store_dir/backups"
check "cxw store backup takes Derby's online backup of the running store" \
    eval 'code 0 && [ -f "$store_dir/backups/results/service.properties" ]'
run env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" store restore --from "$store_dir/backups/results" \
    --to "$store_dir/restored" --user admin
check "cxw store restore makes a new store from the backup" eval 'code 0 && [ -d "$store_dir/restored/seg0" ]'
run env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" store restore --from "$store_dir/backups/results" \
    --to "$store_dir/restored" --user admin
check "cxw store restore never writes over a folder that exists" eval 'code 1 && err_one_line "exists already"'
run env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" store check --db "$store_dir/restored" --user admin
check "cxw store check finds the restored store consistent" eval 'code 0 && out_has "tables and their indexes are consistent$"'

run env -u DISPLAY CXW_DB_PASSWORD='ana pw 1' "$product/cxw" server stop --port "$port" --user ana
check "an analyst cannot stop the server" eval 'code 1 && err_one_line "^cxw server: " && kill -0 $server'
run env -u DISPLAY CXW_DB_PASSWORD=wrong "$product/cxw" server stop --port "$port" --user admin
check "cxw server stop with a wrong password is refused and the server keeps running" \
    eval 'code 1 && err_one_line "^cxw server: " && kill -0 $server'

run env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" server stop --port "$port" --user admin
stopped=1
for _ in $(seq 1 200); do
    kill -0 "$server" 2>/dev/null || { stopped=0; break; }
    sleep 0.1
done
wait "$server"
server_code=$?
check "cxw server stop stops it and cxw server start then ends with exit 0" \
    eval 'code 0 && [ $stopped = 0 ] && [ $server_code = 0 ]'
[ $stopped = 0 ] || kill "$server" 2>/dev/null
run env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" server status --port "$port" --user admin
check "cxw server status then says nothing answers, exit 1" eval 'code 1 && out_starts "no server answers"'

# TLS: a self-signed certificate generated under the server's folder, its fingerprint printed. Each command is
# bounded by timeout: a client or server that never gave up would hang the whole run.
(exec env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" server start --port "$port" --user admin --tls \
    --home "$server_home" >"$store_dir/tls.out" 2>"$store_dir/tls.err") &
server=$!
await_line "$store_dir/tls.err" "fingerprint" "$server" 300
check "cxw server start --tls prints its certificate's SHA-256 fingerprint" \
    eval 'grep -qE "Certificate SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}$" "$store_dir/tls.err" \
        && [ -f "$server_home/tls/server.p12" ]'
run timeout 180 env -u DISPLAY CXW_DB_PASSWORD='ben pw 2' "$product/cxw" import --list --db "$url" --user ben
check "a plain client is refused by the TLS server" eval 'code 1'
run timeout 180 env -u DISPLAY CXW_DB_PASSWORD='ben pw 2' "$product/cxw" import --list --db "$url;ssl=basic" --user ben
check "a TLS client (;ssl=basic) reads through it" eval 'code 0 && out_has "team.csv"'
run timeout 180 env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" server stop --port "$port" --user admin --tls
tls_stopped=1
for _ in $(seq 1 200); do # never wait unbounded: a server that does not end fails the check and is killed
    kill -0 "$server" 2>/dev/null || { tls_stopped=0; break; }
    sleep 0.3
done
[ $tls_stopped = 0 ] || kill "$server" 2>/dev/null
check "cxw server stop --tls stops the TLS server" eval 'code 0 && [ $tls_stopped = 0 ]'
run timeout 180 env -u DISPLAY CXW_DB_PASSWORD="$admin_pw" "$product/cxw" server start --host 192.0.2.10 --allow-remote \
    --home "$server_home"
check "--allow-remote without TLS refuses to start" eval 'code 2 && err_one_line "without TLS"'
check "store commands leave no derby.log in the current folder; the server logs into its own folder" \
    eval '[ ! -e "$store_dir/derby.log" ] && [ -s "$server_home/derby.log" ] && [ -s "$XDG_CACHE_HOME/cxworkbench/derby.log" ]'
popd >/dev/null || exit 1
if [ "${store_alone:-0}" = 1 ]; then
    echo "store: $passed passed, $failed failed"
    [ "$failed" = 0 ]
fi
