#!/usr/bin/env bash
# A throwaway single-node SLURM cluster (munge, slurmctld, slurmd) for the array-job test, with
# every file under DIR. Needs root and Debian's slurm-wlm and munge.
#   single-node.sh start DIR   writes DIR/slurm.conf, starts the daemons, waits for the node
#   single-node.sh stop DIR    stops the daemons it started (by their pid files)
# Commands run with SLURM_CONF=DIR/slurm.conf then talk to this cluster.
set -euo pipefail
action=${1:?start or stop}
dir=$(realpath -m "${2:?a folder for the cluster state}")
export SLURM_CONF="$dir/slurm.conf"

start_munge() {
  # An already running munged (a system service) is used as it is.
  if munge -n >/dev/null 2>&1; then return; fi
  [ -s /etc/munge/munge.key ] || mungekey --create --keyfile=/etc/munge/munge.key
  chown munge:munge /etc/munge/munge.key && chmod 600 /etc/munge/munge.key
  mkdir -p /run/munge /var/log/munge /var/lib/munge && chown munge:munge /run/munge /var/log/munge /var/lib/munge
  runuser -u munge -- /usr/sbin/munged --pid-file="/run/munge/munged.pid"
  # Remembered so that `stop` ends only the munged this script started.
  cp /run/munge/munged.pid "$dir/munged.pid"
  for _ in $(seq 50); do munge -n >/dev/null 2>&1 && return; sleep 0.1; done
  echo "munged did not start" >&2; return 1
}

write_conf() {
  local host node
  host=$(hostname -s)
  # slurmd's own view of the machine, so the node is not drained for a socket/core mismatch.
  node=$(/usr/sbin/slurmd -C | head -n 1)
  mkdir -p "$dir/state" "$dir/spool" "$dir/log"
  cat >"$SLURM_CONF" <<CONF
ClusterName=threadlens-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
SlurmctldPort=6917
SlurmdPort=6918
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
SchedulerType=sched/backfill
$node State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
}

case "$action" in
  start)
    mkdir -p "$dir"
    start_munge
    write_conf
    /usr/sbin/slurmctld
    /usr/sbin/slurmd
    for _ in $(seq 100); do
      if sinfo -h -o '%T' 2>/dev/null | grep -qx 'idle'; then exit 0; fi
      sinfo -h -o '%T' 2>/dev/null | grep -q 'drain' && scontrol update nodename="$(hostname -s)" state=resume 2>/dev/null || true
      sleep 0.2
    done
    echo "the SLURM node did not come up; logs:" >&2
    tail -n 20 "$dir/log/slurmctld.log" "$dir/log/slurmd.log" >&2 || true
    exit 1
    ;;
  stop)
    for pidfile in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munged.pid"; do
      [ -s "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    done
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
