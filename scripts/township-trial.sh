#!/usr/bin/env bash
# The township at scale (issue 20): N branches made with `demo` in folders of their own (sizes varied around
# MEMBERS), each exported with export-branch, all received with import-branch into one township folder, then the
# overview and the township roster; then one branch changes (a member added), is exported again and received
# again, and the overview is compared with the one before: exactly that branch's row must differ.
#
#   scripts/township-trial.sh [WORK_DIR] [BRANCHES] [MEMBERS]      (defaults: /tmp/township-trial 60 60)
#
# KEEP_PACKAGES=1 reuses the branches and packages of an earlier run in WORK_DIR (making them is the slow part);
# RECEIVE_EACH=1 receives each package with a command of its own instead of all in one command.
#
# Prints the time of each stage (wall seconds, and CPU seconds from /usr/bin/time where present).
set -euo pipefail
WORK=${1:-/tmp/township-trial}
N=${2:-60}
MEMBERS=${3:-60}
C=$(( N < 7 ? 1 : 7 ))   # the branch that changes
JAR=${JAR:-$(cd "$(dirname "$0")/.." && pwd)/target/branch-ledger.jar}
YEAR=${YEAR:-$(date +%Y)}
JAVA="java -jar $JAR"
if [ "${KEEP_PACKAGES:-}" = 1 ] && [ -d "$WORK/packages" ]; then   # the branches and packages of a run before
  rm -rf "$WORK/town"; mkdir -p "$WORK/town"
else
  rm -rf "$WORK"; mkdir -p "$WORK/branches" "$WORK/packages" "$WORK/town"
fi

timed() { # timed LABEL command...: runs it, prints wall and CPU seconds
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U %S %M" -o "$WORK/time.txt" bash -c '"$@"' timed "$@"
  else
    "$@"; echo "0 0 0" > "$WORK/time.txt"
  fi
  end=$(date +%s.%N)
  read -r user sys rss < "$WORK/time.txt"
  printf '%-34s wall %6.2f s  cpu %6.2f s  maxrss %s MB\n' "$label" "$(echo "$end - $start" | bc)" \
    "$(echo "$user + $sys" | bc)" "$((rss / 1024))" >&2
}

name() { printf '第%02d村党支部' "$1"; }

if [ "${KEEP_PACKAGES:-}" != 1 ]; then
echo "== making $N branches (demo, $MEMBERS members on average) and their packages" >&2
start=$(date +%s)
for i in $(seq 1 "$N"); do
  m=$(( MEMBERS / 2 + (i * 37) % (MEMBERS + 1) ))   # between half and one and a half times MEMBERS
  $JAVA --data "$WORK/branches/$i" demo --members "$m" --year "$YEAR" --branch "$(name "$i")" > /dev/null
  $JAVA --data "$WORK/branches/$i" export-branch --year "$YEAR" --out "$WORK/packages/$i.blpkg" > /dev/null
done
echo "   made in $(( $(date +%s) - start )) s" >&2
fi

receive_all() {
  if [ "${RECEIVE_EACH:-}" = 1 ]; then   # a program started for each package, as a clerk receiving them one by one
    for i in $(seq 1 "$N"); do
      $JAVA --data "$WORK/town" import-branch "$WORK/packages/$i.blpkg" > /dev/null
    done
  else                                  # all of them in one run
    $JAVA --data "$WORK/town" import-branch $(for i in $(seq 1 "$N"); do echo "$WORK/packages/$i.blpkg"; done) > /dev/null
  fi
}
echo "== receiving all $N packages into $WORK/town ($([ "${RECEIVE_EACH:-}" = 1 ] && echo 'one command each' || echo 'one command'))" >&2
export -f receive_all; export N WORK JAVA RECEIVE_EACH
timed "receive $N packages" receive_all
timed "overview" $JAVA --data "$WORK/town" overview --year "$YEAR" --format csv
$JAVA --data "$WORK/town" overview --year "$YEAR" --format csv > "$WORK/overview-before.csv"
timed "township roster (pdf)" $JAVA --data "$WORK/town" ledger township-roster --year "$YEAR" --out "$WORK/roster.pdf"
timed "township roster (xlsx)" $JAVA --data "$WORK/town" ledger township-roster --year "$YEAR" --out "$WORK/roster.xlsx"

echo "== one branch changes: a member joins $(name "$C"), its package made again and received again" >&2
cat > "$WORK/new-member.csv" <<CSV
姓名,性别,公民身份号码,民族,出生日期,学历,入党时间,转正时间,党员类型
王新来,男,110101199001011237,汉族,1990-01-01,大学本科,2020-07-01,2021-07-01,正式党员
CSV
$JAVA --data "$WORK/branches/$C" import-roster "$WORK/new-member.csv" > /dev/null
sleep 1 # a package made in the same second as the one before would be taken for it
$JAVA --data "$WORK/branches/$C" export-branch --year "$YEAR" --out "$WORK/packages/$C-again.blpkg" > /dev/null
timed "receive one changed package" $JAVA --data "$WORK/town" import-branch "$WORK/packages/$C-again.blpkg"
$JAVA --data "$WORK/town" overview --year "$YEAR" --format csv > "$WORK/overview-after.csv"
echo "== the overview before and after (only $(name "$C")'s row may differ):" >&2
diff "$WORK/overview-before.csv" "$WORK/overview-after.csv" > "$WORK/overview.diff" || true
cat "$WORK/overview.diff"
if [ "$(grep -c '^>' "$WORK/overview.diff")" != 1 ] || ! grep '^>' "$WORK/overview.diff" | grep -q "$(name "$C")"; then
  echo "FAILED: expected exactly $(name "$C")'s row to change" >&2
  exit 1
fi
echo "OK: exactly $(name "$C")'s row changed" >&2
