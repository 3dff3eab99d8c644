#!/usr/bin/env bash
# Narrates a ~10,000-word article to MP3 and reports wall time, audio duration and peak RSS.
# The article is built at run time by repeating the seed's cleaned text (seeds/000_2cb86b97d415e656.txt, as
# `voxpress clean` prints it) as HTML, with an <h2>Part N</h2> heading before each copy (so it has chapters):
# a labelled repeat-concatenation, not new text.
# Usage: bench/long-article.sh [copies (default 42)] [voice]   (needs target/voxpress.jar and /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-42}
voice=${2:-cmu-slt-hsmm}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
article="$work/long-article.html"
java -jar target/voxpress.jar clean seeds/000_2cb86b97d415e656.txt > "$work/seed.txt" 2> /dev/null
{
  echo "<!doctype html><html lang=\"en\"><head><title>A long article</title></head><body><article>"
  echo "<h1>A long article: the seed repeated $copies times</h1>"
  for i in $(seq 1 "$copies"); do
    echo "<h2>Part $i</h2>"
    tail -n +3 "$work/seed.txt" | grep -v '^$' | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/^/<p>/' -e 's/$/<\/p>/'
  done
  echo "</article></body></html>"
} > "$article"
echo "input: $(sed -e 's/<[^>]*>//g' "$article" | wc -w) words"
/usr/bin/time -v java -jar target/voxpress.jar narrate "$article" -o "$work/long.mp3" --voice "$voice" \
  --transcript --chapters 2> "$work/time.txt" | tee "$work/out.txt"
grep -E "^voxpress:" "$work/time.txt" || true
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt"
if command -v ffprobe > /dev/null; then
  echo "ffprobe duration: $(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/long.mp3") s"
fi
ls -l "$work/long.mp3" | awk '{print "mp3 bytes: " $5}'
