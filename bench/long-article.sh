#!/usr/bin/env bash
# Narrates a ~10,000-word article to MP3 with --no-cache (the copies repeat sentences that a cache would hold)
# and reports wall time, audio duration and peak RSS.
# The article is built at run time by bench/repeat-seed (the seed's cleaned text repeated, a heading per copy).
# WAY is launcher (the release archive's bin/voxpress, what users install: a bounded heap), java-jar (a second JVM
# with the launcher's options; GNU time reports the larger JVM's peak, and the first one adds about 49 MB) or plain
# (bench/ways.sh).
# Usage: bench/long-article.sh [copies (default 42)] [voice] [WAY (default launcher)]
#   (needs target/voxpress.jar and the release archive: mvn -q -B package -DskipTests; and /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-42}
voice=${2:-cmu-slt-hsmm}
way=${3:-launcher}
. bench/ways.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$way" = launcher ]; then
  release_launcher "$work"
  "$launcher" --version > /dev/null 2>&1 # its first run makes the class-data sharing archive
elif [ "$way" = java-jar ]; then
  export XDG_CACHE_HOME=$work/cache
  warm_java_jar "$work"
fi
vox_for "$way"
article="$work/long-article.html"
bench/repeat-seed "$copies" > "$article"
echo "input: $(sed -e 's/<[^>]*>//g' "$article" | wc -w) words"
/usr/bin/time -v "${vox[@]}" narrate --no-cache "$article" -o "$work/long.mp3" --voice "$voice" \
  --transcript --chapters 2> "$work/time.txt" | tee "$work/out.txt"
grep -E "^voxpress:" "$work/time.txt" || true
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt"
if command -v ffprobe > /dev/null; then
  echo "ffprobe duration: $(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/long.mp3") s"
fi
ls -l "$work/long.mp3" | awk '{print "mp3 bytes: " $5}'
