#!/usr/bin/env bash
# Builds Shale with Maven, installs its artifacts (dev.shale:shale-schema, shale-core, shale-cli)
# into the local Maven repository, installs the `shale` launcher on the PATH, and prepares a JVM
# class-data archive (AppCDS) so that the CLI starts fast.
#
#   ./install.sh            build and install
#   SHALE_HOME=DIR          where the jar and archive go (default ~/.local/share/shale)
#   SHALE_BIN=DIR           where the launcher goes (default /usr/local/bin if writable, else ~/.local/bin)
#   SHALE_JAR=FILE          install this already built jar (shale-cli/target/shale.jar) instead of
#                           building (nothing goes into the local Maven repository then)
#
# Its output is plain text (no colour codes), so that it reads well in CI logs and files.
set -euo pipefail
repo="$(cd "$(dirname "$0")" && pwd)"

command -v java >/dev/null || { echo "install.sh: java not found: install a JDK 17 or newer" >&2; exit 1; }

if [ -n "${SHALE_JAR:-}" ]; then
  [ -f "$SHALE_JAR" ] || { echo "install.sh: SHALE_JAR=$SHALE_JAR is not a file: build it with 'mvn -B package' (it is shale-cli/target/shale.jar), or unset SHALE_JAR" >&2; exit 1; }
  jar="$(cd "$(dirname "$SHALE_JAR")" && pwd)/$(basename "$SHALE_JAR")"
else
  command -v mvn >/dev/null || { echo "install.sh: mvn not found: install Apache Maven" >&2; exit 1; }
  echo "Building Shale and installing its artifacts into the local Maven repository (mvn install, tests skipped; run 'mvn -B verify' for them)..."
  # Maven writes colour codes (ESC[0m) even in batch mode with colour off; its output goes to a
  # log, shown without them only when the build fails.
  build_log="$(mktemp)"
  if ! (cd "$repo" && mvn -B -q -Dstyle.color=never -DskipTests install) >"$build_log" 2>&1; then
    esc="$(printf '\033')"
    sed "s/${esc}\[[0-9;]*[A-Za-z]//g" "$build_log" >&2
    rm -f "$build_log"
    echo "install.sh: the build failed (Maven's output above); nothing was installed" >&2
    exit 1
  fi
  rm -f "$build_log"
  jar="$repo/shale-cli/target/shale.jar"
fi

home="${SHALE_HOME:-$HOME/.local/share/shale}"
mkdir -p "$home"
cp "$jar" "$home/shale.jar.new"
mv "$home/shale.jar.new" "$home/shale.jar"

if [ -n "${SHALE_BIN:-}" ]; then
  bin="$SHALE_BIN"
elif [ -w /usr/local/bin ]; then
  bin=/usr/local/bin
else
  bin="$HOME/.local/bin"
fi
mkdir -p "$bin"

# Serial GC and C1 only: a CLI run is short. A small young generation (16 MB instead of a third
# of the initial heap, ~130 MB on a 24 GB machine) is collected more often but stays in the CPU
# caches and is not page-faulted in afresh: about 15% less CPU for generate on 1,000 tables.
jvm_opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Xmn16m"

# Train the class-data archive on real runs, listing the classes each loads: generate on the
# example schema into an empty project (no compile cache, so the compiler's classes are listed if
# the schema needs it; writes a migration and a snapshot), generate against the example's first
# snapshot (reads it, diffs, plans added columns and indexes), and migrate of the example's
# migrations into a throwaway embedded PostgreSQL (driver, splitter, migrator), check of those
# migrations in its JSON and text reports (parser, rules, reporters), and pull from another
# throwaway embedded PostgreSQL. That one is empty (pull reads only user schemas, and the embedded
# server cannot be given any), so pull stops at "nothing to pull" after it has connected and read
# the whole catalog: the archive gets the catalog reader and the driver's classes for it, not the
# Java writer, which only a database with tables would load. Each runs in its own folder: generate
# refuses migrations that have no snapshot. The lists are merged into one static archive, so
# every kind of command starts fast.
echo "Preparing the class-data archive (AppCDS)..."
train="$(mktemp -d)"
trap 'rm -rf "$train"' EXIT
first="$(cd "$repo/migrations-example" && ls *.sql | head -n 1)"
for dir in initial edit migrate; do
  mkdir -p "$train/$dir/schema" "$train/$dir/migrations" "$train/$dir/snapshots"
  cp "$repo"/migrations-example/schema/*.java "$train/$dir/schema/"
  printf 'schema = ["schema/*.java"]\nmigrations = "migrations"\nsnapshots = "snapshots"\n' > "$train/$dir/shale.toml"
done
cp "$repo/migrations-example/$first" "$train/edit/migrations/"
cp "$repo/snapshots/${first%.sql}.json" "$train/edit/snapshots/"
cp "$repo"/migrations-example/*.sql "$train/migrate/migrations/"
rm -f "$home/shale.jsa"
SHALE_CACHE_DIR="$train/cache" java $jvm_opts -XX:DumpLoadedClassList="$train/initial.classes" \
  -jar "$home/shale.jar" -C "$train/initial" generate --name initial >/dev/null 2>>"$train/cds.log" || true
SHALE_CACHE_DIR="$train/cache" java $jvm_opts -XX:DumpLoadedClassList="$train/edit.classes" \
  -jar "$home/shale.jar" -C "$train/edit" generate --dry-run >/dev/null 2>>"$train/cds.log" || true
java $jvm_opts -XX:DumpLoadedClassList="$train/migrate.classes" \
  -jar "$home/shale.jar" -C "$train/migrate" migrate --url embedded >/dev/null 2>>"$train/cds.log" || true
java $jvm_opts -XX:DumpLoadedClassList="$train/check.classes" \
  -jar "$home/shale.jar" -C "$train/migrate" check --no-schema --format json migrations >/dev/null 2>>"$train/cds.log" || true
java $jvm_opts -XX:DumpLoadedClassList="$train/check-text.classes" \
  -jar "$home/shale.jar" -C "$train/migrate" check --no-schema migrations >/dev/null 2>>"$train/cds.log" || true
mkdir -p "$train/pull"
java $jvm_opts -XX:DumpLoadedClassList="$train/pull.classes" \
  -jar "$home/shale.jar" -C "$train/pull" pull --url embedded --out db >/dev/null 2>>"$train/cds.log" || true
cat "$train"/*.classes 2>/dev/null | sort -u > "$train/all.classes"
if [ -s "$train/all.classes" ] && java $jvm_opts -Xshare:dump -XX:SharedClassListFile="$train/all.classes" \
    -XX:SharedArchiveFile="$home/shale.jsa" -cp "$home/shale.jar" >>"$train/cds.log" 2>&1; then
  cds="-XX:SharedArchiveFile=$home/shale.jsa -Xshare:auto -Xlog:cds=off"
else
  echo "  (no archive: this JVM could not write one; Shale works, it only starts slower)"
  cds=""
fi

cat > "$bin/shale" <<LAUNCHER
#!/usr/bin/env sh
# Shale launcher, written by install.sh from $repo
exec java $jvm_opts $cds -jar "$home/shale.jar" "\$@"
LAUNCHER
chmod +x "$bin/shale"

echo "Installed shale into $bin (jar and archive in $home)."

# Bash completion (zsh reads it through bashcompinit), where a completion folder exists:
# SHALE_COMPLETIONS, else the user's bash-completion folder, else the system's when writable.
completions="${SHALE_COMPLETIONS:-}"
if [ -z "$completions" ]; then
  for candidate in "${XDG_DATA_HOME:-$HOME/.local/share}/bash-completion/completions" \
      /usr/share/bash-completion/completions /etc/bash_completion.d; do
    if [ -d "$candidate" ] && [ -w "$candidate" ]; then
      completions="$candidate"
      break
    fi
  done
fi
if [ -n "$completions" ] && [ -d "$completions" ] && "$bin/shale" completion > "$completions/shale.new" 2>/dev/null; then
  mv "$completions/shale.new" "$completions/shale"
  echo "Installed bash completion into $completions/shale (new shells complete shale's commands and options)."
else
  rm -f "${completions:-/nonexistent}/shale.new"
  echo "No bash-completion folder found: for completion, add 'source <(shale completion)' to ~/.bashrc."
fi
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "Note: $bin is not on your PATH; add it: export PATH=\"$bin:\$PATH\"" ;;
esac
"$bin/shale" --version
