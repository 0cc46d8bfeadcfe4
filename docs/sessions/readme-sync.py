#!/usr/bin/env python3
"""Replace the README's CLI summary lines with /tmp/cli-sum.txt (run the CLI first)."""
import re, sys
p = 'README.md'
s = open(p).read()
lines = open('/tmp/cli-sum.txt').read().rstrip('\n').split('\n')
assert lines[0].startswith('threadlens:') and lines[1].startswith('  tags:'), lines
s2 = re.sub(r'threadlens: \d+ pages, \d+ comments, .*\n  tags: .*\n', lines[0] + '\n' + lines[1] + '\n', s, count=1)
open(p, 'w').write(s2)
print('changed' if s2 != s else 'same')
