#!/usr/bin/env bash
# The README's main-job command on a clean Debian 12, as a new user would run it: a minimal
# Debian 12 root (debootstrap --variant=minbase bookworm) in a temporary folder, this checkout
# copied in (tracked files as they are in the working tree, no build/ or out/), then
# `./scripts/main-job.sh` inside it with chroot. Fails if any step fails or the score table is
# not printed, so a package missing from scripts/install-deps.sh cannot go unnoticed because the
# CI machine happens to have it. The bootstrapped root is cached as a tarball in
# build/fresh-machine/ (a second run on the same machine skips the bootstrap); the packages are
# installed afresh every time, since that is what is being checked. Needs root (debootstrap,
# mount, chroot) and Debian's package archive (the host's apt sources are reused); nothing else
# from the network. Called by .ci/run; by hand: sudo ./scripts/test-fresh-machine.sh
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$PWD
suite=bookworm
arch=$(dpkg --print-architecture)
cache_dir=$checkout/build/fresh-machine
cache=$cache_dir/debian-$suite-minbase-$arch.tar.gz
log=$cache_dir/main-job.log

say() { echo "test-fresh-machine: $*"; }
fail() {
    echo "test-fresh-machine: FAIL: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, mount, chroot): sudo $0"
export DEBIAN_FRONTEND=noninteractive

# Each phase is timed, so that the time .ci/run spends here can be budgeted.
timed() {
    local name=$1 start=$SECONDS
    shift
    "$@"
    say "$name: $((SECONDS - start)) s"
}

# The host's Debian 12 archives (its mirror or proxy, as its apt is configured), one line each:
# "URI SUITE COMPONENT". Other repositories the host may use are left out: a fresh Debian 12
# knows only Debian's. Without any (an odd host), Debian's own addresses.
debian_archives() {
    local found
    found=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(COMPONENT) $(ORIGIN)' \
                'Identifier: Packages' 2>/dev/null \
            | awk -v s="$suite" '$2 ~ "^" s "(-updates|-security)?$" && ($4 == "" || $4 == "Debian") \
                                 { print $1, $2, $3 }' | sort -u)
    if [ -z "$found" ]; then
        found="http://deb.debian.org/debian/ $suite main
http://deb.debian.org/debian/ $suite-updates main
http://deb.debian.org/debian-security/ $suite-security main"
    fi
    echo "$found"
}

# The host's apt proxy settings (Acquire::http::Proxy and the like), for debootstrap and the root.
apt_proxy_config() {
    apt-config dump | grep -E '^Acquire::[a-z]+::Proxy(::[^ ]+)? ' || true
}

# The root, its mounts and every process started in it go when the script ends, however it
# ends. The folder is removed only when nothing is mounted below it any more (rm must never
# reach the host's /dev through a bind mount).
root=""
mounted=()
cleanup() {
    local status=$?
    [ -n "$root" ] || exit $status
    local pid
    for pid in /proc/[0-9]*; do
        if [ "$(readlink "$pid/root" 2>/dev/null)" = "$root" ]; then
            kill -KILL "${pid#/proc/}" 2>/dev/null || true
        fi
    done
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -R -l "${mounted[i]}" || true
    done
    if grep -q " $root/" /proc/mounts; then
        echo "test-fresh-machine: still mounted under $root, left in place:" >&2
        grep " $root/" /proc/mounts >&2
        exit 1
    fi
    local start=$SECONDS
    rm -rf --one-file-system "$root"
    say "cleanup: $((SECONDS - start)) s"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

root=$(mktemp -d "${TMPDIR:-/tmp}/herbstream-fresh.XXXXXX")
chmod 755 "$root"

archives=$(debian_archives)
mirror=$(awk -v s="$suite" '$2 == s { print $1; exit }' <<<"$archives")
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian/
proxy=$(apt_proxy_config | sed -n 's/^Acquire::http::Proxy "\(.*\)";$/\1/p' | head -n 1)
say "Debian archives: $(tr '\n' ';' <<<"$archives")"

bootstrap() {
    if [ -f "$cache" ]; then
        say "bootstrapped root from $cache"
        tar -C "$root" --numeric-owner -xzpf "$cache"
        return
    fi
    if ! command -v debootstrap >/dev/null; then
        apt-get update -q
        apt-get install -y -q --no-install-recommends debootstrap
    fi
    mkdir -p "$cache_dir"
    http_proxy=$proxy debootstrap --variant=minbase "$suite" "$root" "$mirror" \
        >"$cache_dir/debootstrap.log" 2>&1 \
        || { tail -n 40 "$cache_dir/debootstrap.log"; fail "debootstrap (log: $cache_dir/debootstrap.log)"; }
    # Cached as bootstrapped, before anything is installed or mounted in it.
    tar -C "$root" --numeric-owner -czf "$cache.part" . && mv "$cache.part" "$cache"
    say "bootstrapped root cached in $cache ($(du -m "$cache" | cut -f1) MB)"
}

# Debian's archives as the host reaches them, the host's proxy and name server: nothing else
# of the host's configuration goes in.
configure_root() {
    rm -f "$root/etc/apt/sources.list"
    {
        while read -r uri release component; do
            printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: %s\n\n' "$uri" "$release" "$component"
        done <<<"$archives"
    } >"$root/etc/apt/sources.list.d/debian.sources"
    apt_proxy_config >"$root/etc/apt/apt.conf.d/01proxy"
    # The root is thrown away afterwards: dpkg need not sync every file it unpacks to disk.
    echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/unsafe-io"
    rm -f "$root/etc/resolv.conf"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
}

# Tracked files as they are in the working tree (uncommitted edits included, files deleted in
# it left out); no build/ or out/, which are not tracked.
copy_checkout() {
    mkdir -p "$root/herbstream"
    git -C "$checkout" ls-files -z \
        | while IFS= read -r -d '' path; do if [ -e "$path" ]; then printf '%s\0' "$path"; fi; done \
        | tar -C "$checkout" --null -T - -cf - | tar -C "$root/herbstream" -xpf -
    say "copied $(find "$root/herbstream" -type f | wc -l) files of the checkout"
}

mount_into_root() {
    # Recorded before mounting: a half-done mount is undone too.
    mounted+=("$root/proc")
    mount -t proc proc "$root/proc"
    mounted+=("$root/sys")
    mount --rbind /sys "$root/sys"
    mount --make-rslave "$root/sys"
    mounted+=("$root/dev")
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
}

# The README's command, in a clean environment: nothing of the caller's (compiler launchers,
# Qt variables, keys) reaches it. Its output goes to the log, each line stamped with the
# seconds since the start, from which the time of each of its steps is read afterwards.
main_job() {
    local start=$SECONDS line
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        /bin/bash -c 'cd /herbstream && ./scripts/main-job.sh' 2>&1 \
        | while IFS= read -r line; do printf '%6d %s\n' $((SECONDS - start)) "$line"; done >"$log" \
        || { tail -n 60 "$log"; main_job_steps; fail "./scripts/main-job.sh failed (log: $log)"; }
}

# When main-job.sh's steps ended, from the stamps in the log: the packages are installed when
# CMake starts, the build is done at the last compile step, the rest is the run and the score.
main_job_steps() {
    local configured built ended
    configured=$(awk '/ -- The CXX compiler identification/ { print $1; exit }' "$log")
    # Ninja's "[N/M] Building ..." lines, not the run's own "[N/M] ok ..." progress lines.
    built=$(awk '$2 ~ /^\[[0-9]+\/[0-9]+\]$/ && $3 ~ /^(Building|Linking|Automatic|Generating)$/ \
                 { t = $1 } END { print t }' "$log")
    ended=$(tail -n 1 "$log" | awk '{ print $1 }')
    say "  install-deps.sh: ${configured:-?} s; configure and build: $((${built:-0} - ${configured:-0})) s;" \
        "samples, run and score: $((${ended:-0} - ${built:-0})) s"
}

check_score_table() {
    grep -E '^ *[0-9]+ Scored [0-9]+ specimen' "$log" || fail "no score table in $log"
    grep -E '^ *[0-9]+ field +compared +exact +graded' "$log" >/dev/null \
        || fail "no score table heading in $log"
    grep -E '^ *[0-9]+ overall( \(per cell\))? +[0-9]+ +[0-9.]+ % +[0-9.]+ %' "$log" \
        || fail "no overall row in $log"
}

prepare_root() {
    configure_root
    copy_checkout
    mount_into_root
}

total=$SECONDS
timed "bootstrap" bootstrap
timed "apt sources, checkout, mounts" prepare_root
timed "./scripts/main-job.sh in the root" main_job
main_job_steps
check_score_table
say "OK: the main job ran on a clean Debian $suite root ($((SECONDS - total)) s in all)"
