#!/bin/sh
# Runs the kiosk app under a virtual X server for a few frames, then checks the screenshot has content.
set -eu
xvfb_run=$1 kiosk=$2 image_check=$3 out=$4
mkdir -p "$(dirname "$out")"
rm -f "$out"
# Mesa's software rasteriser gives the kiosk a real OpenGL 3.3 context without a GPU.
LIBGL_ALWAYS_SOFTWARE=1 "$xvfb_run" -a -s "-screen 0 1280x1024x24" "$kiosk" --window 720x1000 --frames 3 --screenshot "$out"
"$image_check" "$out"
