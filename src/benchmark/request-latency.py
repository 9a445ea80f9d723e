#!/usr/bin/env python3
"""One engine REST request at a time over one keep-alive connection, as admin: the median and mean of the last
four fifths of N requests. docs/benchmarks.md, "A request's cost beside stock, one at a time".

Usage: src/benchmark/request-latency.py PORT N [PATH]   (PATH: a GET; by default the proof-grade evaluation, a POST)
"""
import base64
import http.client
import json
import statistics
import sys
import time

port, n = int(sys.argv[1]), int(sys.argv[2])
path = sys.argv[3] if len(sys.argv) > 3 else '/engine-rest/decision-definition/key/proof-grade/evaluate'
auth = 'Basic ' + base64.b64encode(b'admin:demo').decode()
body = json.dumps({"variables": {"score": {"value": 70, "type": "Integer"}}})
connection = http.client.HTTPConnection('127.0.0.1', port)
times = []
for _ in range(n):
    start = time.perf_counter()
    if path.endswith('/evaluate'):
        connection.request('POST', path, body, {'Authorization': auth, 'Content-Type': 'application/json'})
    else:
        connection.request('GET', path, headers={'Authorization': auth})
    response = connection.getresponse()
    response.read()
    times.append((time.perf_counter() - start) * 1000)
    if response.status >= 300:
        sys.exit(f'{path}: HTTP {response.status}')
times = times[n // 5:]
print(f'{port} {path}: p50 {statistics.median(times):.2f} ms, mean {statistics.mean(times):.2f} ms')
