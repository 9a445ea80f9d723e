#!/usr/bin/env python3
"""One instance of the proof model at a time over one keep-alive connection, as admin: started by key, its task found
by the instance, completed (three engine REST calls); the median and mean of the last four fifths of N instances.
docs/benchmarks.md, "The definitions by look-ups, no handler look-up before the chain".

Usage: src/benchmark/instance-latency.py PORT N   (proof-simple deployed, as for request-latency.py)
"""
import base64
import http.client
import json
import statistics
import sys
import time

port, n = int(sys.argv[1]), int(sys.argv[2])
auth = 'Basic ' + base64.b64encode(b'admin:demo').decode()
connection = http.client.HTTPConnection('127.0.0.1', port)


def call(method, path, body=None):
    headers = {'Authorization': auth}
    if body is not None:
        headers['Content-Type'] = 'application/json'
    connection.request(method, path, body, headers)
    response = connection.getresponse()
    data = response.read()
    if response.status >= 300:
        sys.exit(f'{path}: HTTP {response.status} {data[:300]!r}')
    return json.loads(data) if data else None


times = []
for i in range(n):
    start = time.perf_counter()
    instance = call('POST', '/engine-rest/process-definition/key/proof-simple/start',
                    json.dumps({'variables': {'score': {'value': i * 7 % 101, 'type': 'Integer'}}}))
    tasks = call('GET', '/engine-rest/task?maxResults=10&processInstanceId=' + instance['id'])
    call('POST', f"/engine-rest/task/{tasks[0]['id']}/complete",
         json.dumps({'variables': {'approved': {'value': i % 4 != 0, 'type': 'Boolean'}}}))
    times.append((time.perf_counter() - start) * 1000)
times = times[n // 5:]
print(f'{port} instance: p50 {statistics.median(times):.2f} ms, mean {statistics.mean(times):.2f} ms')
