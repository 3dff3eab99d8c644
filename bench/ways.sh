# Sourced by the benchmarks that time a command two ways: through the release archive's launcher (bin/voxpress:
# class-data sharing, the quick JIT, a bounded heap; what users install) and through `java -jar` (which, for
# narrate and publish, starts a second JVM with the launcher's options; docs/install.md); a third way, plain, is
# `java -XX:+UseG1GC -jar`: the JVM's defaults, which one option keeps from starting that second JVM. From the
# repository's root:
#   release_launcher DIR   extracts target/voxpress-*.tar.gz into DIR, keeps the launcher's class-data sharing
#                          archive in DIR/cache (XDG_CACHE_HOME), and sets $launcher to its bin/voxpress
#   vox_for WAY            sets the array vox to the command for WAY: launcher, java-jar or plain (target/voxpress.jar)
#   warm_java_jar DIR      narrates one sentence through `java -jar`, whose first run makes its class-data sharing
#                          archive (in XDG_CACHE_HOME, as release_launcher sets it)
release_launcher() {
  local dist
  dist=$(ls target/voxpress-*.tar.gz 2>/dev/null | head -1)
  [ -n "$dist" ] || { echo "bench: build first: mvn -q -B package -DskipTests" >&2; exit 1; }
  export XDG_CACHE_HOME=$1/cache
  tar -xzf "$dist" -C "$1"
  launcher=$(ls "$1"/voxpress-*/bin/voxpress)
}

vox_for() {
  case $1 in
    java-jar) vox=(java -jar "$PWD/target/voxpress.jar") ;;
    plain) vox=(java -XX:+UseG1GC -jar "$PWD/target/voxpress.jar") ;;
    *) vox=("$launcher") ;;
  esac
}

warm_java_jar() {
  printf 'A warm-up for the benchmarks\n\nThe first run of a jar makes its class-data sharing archive before it narrates.\n' > "$1/warm.txt"
  java -jar target/voxpress.jar narrate --no-cache "$1/warm.txt" --voice kevin16 -o "$1/warm.mp3" > /dev/null 2>&1
}
