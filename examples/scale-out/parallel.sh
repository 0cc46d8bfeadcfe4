#!/usr/bin/env bash
# One big machine: N shards run side by side with GNU parallel, each with its own output file.
# Rerunning the same command resumes every shard where it stopped.
#
#   examples/scale-out/parallel.sh /data/crawl/ /data/out 8
#
# Each shard gets one worker thread (--jobs 1), so N shards keep N cores busy; the union of the
# output files holds every input record exactly once.
set -euo pipefail
input=${1:?usage: parallel.sh INPUT OUTPUT_DIR [SHARDS]}
out=${2:?usage: parallel.sh INPUT OUTPUT_DIR [SHARDS]}
shards=${3:-$(nproc)}
threadlens=${THREADLENS:-threadlens}

mkdir -p "$out"
seq 0 $((shards - 1)) | parallel --halt now,fail=1 --line-buffer \
  "$threadlens pages '$input' --shard {}/$shards --jobs 1 -o '$out/part-{}.jsonl' --resume --quiet"
