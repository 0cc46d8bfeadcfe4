#!/bin/bash
# mkrf.sh AREA WORKTREE RANGE "PATHS" RDL FDL "context"
# BRIEFS=/work/briefs/sNN sets the briefs folder the generated brief points at (run it from that folder).
AREA=$1; WT=$2; RANGE=$3; PATHS=$4; RDL=$5; FDL=$6; CTX=$7
sed -e "s#/work/briefs/SESSION#${BRIEFS:-/work/briefs/s15}#g" -e "s#\*\*AREA\*\*#**$AREA**#" -e "s#review-AREA-findings#review-$AREA-findings#" \
    -e "s#RANGE#$RANGE#g" -e "s#PATHS#$PATHS#g" -e "s#\*\*WORKTREE\*\*#**$WT**#" -e "s#-C WORKTREE#-C $WT#" -e "s#in WORKTREE#in $WT#" \
    -e "s#\*\*RDL UTC\*\*#**$RDL UTC**#" -e "s#\*\*FDL UTC\*\*#**$FDL UTC**#" /work/main/docs/sessions/review-fix-brief.md > rf-$AREA.md
printf '\nContext from the lead: %s\n' "$CTX" >> rf-$AREA.md
grep -n "AREA\|WORKTREE\|RANGE\|PATHS\|RDL\|FDL" rf-$AREA.md
