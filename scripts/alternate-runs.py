#!/usr/bin/env python3
"""Runs commands one after another, one run each per round, and prints each one's median, fastest and slowest
time. On a shared machine a batch of one command and then a batch of the other can put either ahead; taking turns
gives both the same conditions.

    scripts/alternate-runs.py ROUNDS "COMMAND" "COMMAND" ...
    scripts/alternate-runs.py 20 ".build/release/lectern outline /tmp/c100.txt" "vim -u NONE -es -c q! /tmp/c100.txt"
"""
import shlex
import statistics
import subprocess
import sys
import time

if len(sys.argv) < 3:
    sys.exit(__doc__)
rounds = int(sys.argv[1])
commands = sys.argv[2:]
times = {command: [] for command in commands}
for _ in range(rounds):
    for command in commands:
        start = time.perf_counter()
        subprocess.run(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times[command].append(time.perf_counter() - start)
first = statistics.median(times[commands[0]])
for command in commands:
    median = statistics.median(times[command])
    print(f"median {median * 1000:6.0f} ms  fastest {min(times[command]) * 1000:6.0f}  "
          f"slowest {max(times[command]) * 1000:6.0f}  ({first / median:.2f} x the first's speed)  {command}")
