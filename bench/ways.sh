# Sourced by the benchmarks that time a command two ways: through the release archive's launcher (bin/voxpress:
# class-data sharing, the quick JIT, a bounded heap; what users install) and through `java -jar`. From the
# repository's root:
#   release_launcher DIR   extracts target/voxpress-*.tar.gz into DIR, keeps the launcher's class-data sharing
#                          archive in DIR/cache (XDG_CACHE_HOME), and sets $launcher to its bin/voxpress
#   vox_for WAY            sets the array vox to the command for WAY: launcher or java-jar (target/voxpress.jar)
release_launcher() {
  local dist
  dist=$(ls target/voxpress-*.tar.gz 2>/dev/null | head -1)
  [ -n "$dist" ] || { echo "bench: build first: mvn -q -B package -DskipTests" >&2; exit 1; }
  export XDG_CACHE_HOME=$1/cache
  tar -xzf "$dist" -C "$1"
  launcher=$(ls "$1"/voxpress-*/bin/voxpress)
}

vox_for() {
  if [ "$1" = java-jar ]; then vox=(java -jar "$PWD/target/voxpress.jar"); else vox=("$launcher"); fi
}
