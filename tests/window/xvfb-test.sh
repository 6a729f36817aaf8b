#!/bin/sh
# Runs a test program on a fresh virtual X screen (Xvfb through xvfb-run):
#   xvfb-test.sh WIDTHxHEIGHT SCALE PROGRAM [ARGS...]
# SCALE is Qt's QT_SCALE_FACTOR (2: a high-density laptop screen). The window-size
# tests need this: the minimal and offscreen platforms have no real screen size.
set -eu
size=$1
scale=$2
shift 2
export QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$scale"
unset QT_SCREEN_SCALE_FACTORS QT_AUTO_SCREEN_SCALE_FACTOR QT_ENABLE_HIGHDPI_SCALING
exec xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" "$@"
