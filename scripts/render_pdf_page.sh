#!/usr/bin/env bash
# Render one page of a printout PDF to PNG with pdftoppm (poppler-utils), to look at it as paper.
#
#   scripts/render_pdf_page.sh OUT.pdf [PAGE] [DPI]      -> OUT-pPAGE.png beside the PDF
#
# Make the PDF first, e.g. `neutrohold evaluate examples/febrile.json --pdf /tmp/febrile.pdf`
# (add --audience patient --paper letter --large-print for the handout).
set -euo pipefail

if [[ $# -lt 1 || $# -gt 3 || "$1" == -h || "$1" == --help ]]; then
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
pdf=$1
page=${2:-1}
dpi=${3:-110}

command -v pdftoppm >/dev/null || { echo "render_pdf_page: pdftoppm not found (install poppler-utils)" >&2; exit 1; }
[[ -f "$pdf" ]] || { echo "render_pdf_page: no such file: $pdf" >&2; exit 1; }
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
if [[ -n "$pages" && ( "$page" -lt 1 || "$page" -gt "$pages" ) ]]; then
    echo "render_pdf_page: $pdf has $pages page(s); page $page does not exist" >&2
    exit 1
fi

out="${pdf%.pdf}-p${page}"
# -singlefile writes exactly $out.png instead of a name padded with the page number.
pdftoppm -f "$page" -l "$page" -r "$dpi" -png -singlefile "$pdf" "$out"
echo "$out.png"
