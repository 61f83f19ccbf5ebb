#!/usr/bin/env bash
# Regenerates assets/label/label-cjk.ttf, the font the label PNG is rendered with: WenQuanYi Micro Hei
# (Debian fonts-wqy-microhei, Apache-2.0) subset to every character of GB2312 (6,763 hanzi, the symbol
# rows, full-width forms) plus ASCII, Latin-1, general and CJK punctuation and the star signs. A label
# value outside that set renders as a missing glyph; GB2312 covers the names of registered companies in
# practice. Development time only (needs `apt-get install fonts-wqy-microhei python3-fonttools`).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work/gb2312.txt" <<'PY'
import sys
chars = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(chars)))
PY
/usr/bin/python3 -m fontTools.subset "$src" --font-number=0 --text-file="$work/gb2312.txt" \
  --unicodes='U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-205E,U+2122,U+2190-2193,U+2212,U+2605-2606,U+3000-303F,U+FF01-FF5E' \
  --no-hinting --layout-features='*' --output-file="$root/assets/label/label-cjk.ttf"
sha256sum "$root/assets/label/label-cjk.ttf"
