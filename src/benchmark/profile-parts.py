#!/usr/bin/env python3
"""Sorts the CPU samples of `jfr print --events jdk.ExecutionSample` into the parts of an engine REST request, each
sample into the first part whose frame it holds; prints the samples of each part per file. With --within FRAME, the
frames most often under FRAME instead (inclusive counts). docs/benchmarks.md, "Where the rest goes, profiled beside
stock".

Usage: src/benchmark/profile-parts.py A.txt B.txt   |   src/benchmark/profile-parts.py --within FRAME A.txt [B.txt]
"""
import collections
import re
import sys

PARTS = [
    ('the definition by key (a query of its own)', 'DecisionDefinitionRestServiceImpl.getDecisionDefinitionByKey'),
    ('the evaluation (a command)', 'DecisionDefinitionResourceImpl.evaluateDecision'),
    ("the caller's read", 'login.Principals'),
    ('the rest of Jersey (routing, JSON in and out)', 'ServletContainer.service'),
    ('Tomcat, the security chain, metrics', ''),
]
FRAME = re.compile(r'\s+([\w$.<>]+)\(.*line:')


def samples(path):
    stack = None
    for line in open(path, encoding='utf-8'):
        if line.startswith('jdk.ExecutionSample'):
            if stack is not None:
                yield stack
            stack = []
        elif stack is not None:
            frame = FRAME.match(line)
            if frame:
                stack.append(frame.group(1))
    if stack is not None:
        yield stack


def parts(path):
    counts = collections.Counter()
    for stack in samples(path):
        for name, frame in PARTS:
            if any(frame in f for f in stack):
                counts[name] += 1
                break
    return counts


def within(path, anchor, top=40):
    counts, n = collections.Counter(), 0
    for stack in samples(path):
        at = [i for i, f in enumerate(stack) if anchor in f]
        if not at:
            continue
        n += 1
        counts.update({'.'.join(f.split('.')[-2:]) for f in stack[:max(at)]})
    print(f'{path}: {n} samples under {anchor}')
    for frame, count in counts.most_common(top):
        print(f'{count:7d}  {frame}')


if sys.argv[1] == '--within':
    for path in sys.argv[3:]:
        within(path, sys.argv[2])
else:
    files = sys.argv[1:]
    counted = [parts(path) for path in files]
    print('| part | ' + ' | '.join(files) + ' |')
    print('|---|' + '---|' * len(files))
    for name, _ in PARTS:
        print(f'| {name} | ' + ' | '.join(str(c[name]) for c in counted) + ' |')
    print('| all | ' + ' | '.join(str(sum(c.values())) for c in counted) + ' |')
