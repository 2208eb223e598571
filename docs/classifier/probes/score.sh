#!/bin/bash
# usage: score.sh BIN file...   (files named h_* are hateful, n_* are not); QUIET=1 hides failures
BIN=$1; shift; PDIR=${PDIR:-$(dirname "$0")}
tot=0; ok=0
for f in "$@"; do
  p=$PDIR/$f; want=true; [[ $f == n_* ]] && want=false
  out=$($BIN classify "$p" --format text 2>/dev/null)
  n=$(wc -l < "$p"); good=$(echo "$out" | grep -c "\"hateful\":$want")
  echo "$f: $good/$n"
  tot=$((tot+n)); ok=$((ok+good))
  if [ -z "$QUIET" ]; then
    paste -d'\t' <(echo "$out") "$p" | grep -v "\"hateful\":$want" | \
      sed -E 's/.*"language":"([a-z]+)".*"score":([0-9.e-]+).*\t(.*)/  \2 \1 \3/; s/.*"score":([0-9.e-]+).*"language":"([a-z]+)".*\t(.*)/  \1 \2 \3/' | cut -c1-160
  fi
done
echo "total: $ok/$tot"
