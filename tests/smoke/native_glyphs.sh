#!/bin/sh
# The kiosk draws all three languages and rare name characters (堃 喆 䶮 𠮷) from the system's Noto Sans
# CJK with no glyph falling back to the missing box, then proves the count and the font error are real.
# usage: native_glyphs.sh xvfb|headless XVFB_RUN KIOSK IMAGE_CHECK SCREENSHOT_DIR
set -eu
mode=$1 xvfb_run=$2 kiosk=$3 image_check=$4 dir=$5
# One virtual X server for the whole script: xvfb-run replaces the program's exit status with its own
# when its clean-up fails, which happened when several of these tests ran at once.
if [ "$mode" = xvfb ] && [ -z "${HOTLINE_IN_XVFB:-}" ]; then
  HOTLINE_IN_XVFB=1 exec "$xvfb_run" -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
mkdir -p "$dir"
rare='罕见字：堃 喆 䶮 𠮷'
missing_box=$(printf '\315\270')  # U+0378, unassigned: no font has it

kiosk() {
  if [ "$mode" = headless ]; then
    SDL_VIDEODRIVER=dummy "$kiosk" --headless "$@"
  else
    # Mesa's software rasteriser gives the kiosk a real OpenGL 3.3 context without a GPU.
    LIBGL_ALWAYS_SOFTWARE=1 "$kiosk" "$@"
  fi
}

for lang in zh-CN zh-TW en; do
  for size in normal extra-large; do
    out="$dir/native-$mode-$lang-$size.png"
    rm -f "$out"
    log=$(kiosk --window 720x1000 --lang "$lang" --text-size "$size" --text "$rare" --screenshot "$out")
    echo "$log"
    case "$log" in *"glyphs_missing=0"*) ;; *) echo "FAIL: $lang $size: no 'glyphs_missing=0'" >&2; exit 1 ;; esac
    "$image_check" "$out"
  done
done

status=0
log=$(kiosk --window 720x1000 --text "福 $missing_box" --screenshot "$dir/native-$mode-missing.png") || status=$?
echo "$log"
if [ "$status" -ne 3 ] || ! echo "$log" | grep -q "glyphs_missing=1"; then
  echo "FAIL: a character no font has must give glyphs_missing=1 and exit status 3 (got $status)" >&2
  exit 1
fi

status=0
err=$(kiosk --font /nonexistent/cjk.ttc --screenshot "$dir/unused.png" 2>&1) || status=$?
echo "$err"
if [ "$status" -ne 2 ] || ! echo "$err" | grep -q -- "--font"; then
  echo "FAIL: a missing font must stop the kiosk with status 2 and name --font (got $status)" >&2
  exit 1
fi
echo "native glyphs ($mode): ok"
