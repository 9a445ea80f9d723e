#!/usr/bin/env python3
"""Tasklist's default filter 本单位待办 as Tasklist asks it (HAL, the first page by due date), as sjzreviewer, from
CLIENTS threads at once, each once every PACE seconds (0: back to back) for SECONDS: calls, p50 and p95. For an A/B on
one running server and database, e.g. an index dropped and created between runs. docs/benchmarks.md, "The grant
check from the index alone".

Usage: src/benchmark/inbox-filter-load.py PORT [CLIENTS=20] [SECONDS=20] [PACE=1]
"""
import base64
import sys
import threading
import time
import urllib.request


def arg(position, default):
    return sys.argv[position] if len(sys.argv) > position else default


port, clients, seconds, pace = int(sys.argv[1]), int(arg(2, 20)), float(arg(3, 20)), float(arg(4, 1))
url = f'http://127.0.0.1:{port}/engine-rest/filter/reviewer-unit-tasks/list?firstResult=0&maxResults=15'
body = b'{"sorting":[{"sortBy":"dueDate","sortOrder":"asc"}],"processVariables":[],"taskVariables":[],' \
       b'"caseInstanceVariables":[]}'
headers = {'Authorization': 'Basic ' + base64.b64encode(b'sjzreviewer:demo').decode(),
           'Accept': 'application/hal+json', 'Content-Type': 'application/json'}
times, lock = [], threading.Lock()


def client(end):
    due = time.perf_counter()
    while time.perf_counter() < end:
        start = time.perf_counter()
        with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers)) as response:
            response.read()
        with lock:
            times.append(time.perf_counter() - start)
        if pace > 0:
            due += pace
            time.sleep(max(0.0, due - time.perf_counter()))


end = time.perf_counter() + seconds
threads = [threading.Thread(target=client, args=(end,)) for _ in range(clients)]
for thread in threads:
    thread.start()
    time.sleep(pace / clients)  # spread over the pace, as independent users would be
for thread in threads:
    thread.join()
times.sort()
print(f'calls {len(times)}  p50 {times[len(times) // 2] * 1000:.1f} ms  p95 {times[int(len(times) * 0.95)] * 1000:.1f} ms')
