#!/usr/bin/env python3
"""Independent re-implementation of the Metrolex random draw (docs/random-draw.md), standard library only.

usage: python3 verify_draw.py population.txt <seed hex> [<published commitment hex>]
Prints the same lines as the Java DrawVerifier, so both can be compared.
"""
import hashlib, hmac, struct, sys

def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            i += 1
            out.append({'t': '\t', 'n': '\n', 'r': '\r'}.get(s[i], s[i]))
        else:
            out.append(c)
        i += 1
    return ''.join(out)

def escape(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')

def parse(text):
    lines = text.replace('\r\n', '\n').split('\n')
    assert lines[0].strip() == 'metrolex-random-draw/1', 'bad header'
    doc = {'plan': None, 'per_task': 0, 'strata': {}, 'targets': [], 'inspectors': [], 'previous': set()}
    for line in lines[1:]:
        if not line:
            continue
        f = line.split('\t')
        if f[0] == 'plan': doc['plan'] = f[1]
        elif f[0] == 'inspectors-per-task': doc['per_task'] = int(f[1])
        elif f[0] == 'stratum': doc['strata'][f[1]] = int(f[2])
        elif f[0] == 'target': doc['targets'].append({'id': f[1], 'region': f[2], 'unit': unescape(f[3]), 'stratum': f[4], 'name': unescape(f[5])})
        elif f[0] == 'inspector': doc['inspectors'].append({'id': f[1], 'region': f[2], 'unit': unescape(f[3]), 'name': unescape(f[4])})
        elif f[0] == 'previous': doc['previous'].add((f[1], f[2]))
        else: raise ValueError('unknown line ' + f[0])
    doc['targets'].sort(key=lambda t: t['id'].encode('utf-16-be'))
    doc['inspectors'].sort(key=lambda t: t['id'].encode('utf-16-be'))
    return doc

def canonical(doc):
    out = ['metrolex-random-draw/1', 'plan\t' + doc['plan'], 'inspectors-per-task\t%d' % doc['per_task']]
    out += ['stratum\t%s\t%d' % (s, n) for s, n in sorted(doc['strata'].items())]
    out += ['target\t%s\t%s\t%s\t%s\t%s' % (t['id'], t['region'], escape(t['unit']), t['stratum'], escape(t['name'])) for t in doc['targets']]
    out += ['inspector\t%s\t%s\t%s\t%s' % (i['id'], i['region'], escape(i['unit']), escape(i['name'])) for i in doc['inspectors']]
    out += ['previous\t%s\t%s' % p for p in sorted(doc['previous'])]
    return ('\n'.join(out) + '\n').encode('utf-8')

class Stream:
    def __init__(self, seed, doc_hash, label):
        self.key, self.prefix, self.counter, self.buf = seed, doc_hash + label.encode('utf-8') + b'\x00', 0, b''
    def next64(self):
        if len(self.buf) < 8:
            self.buf = hmac.new(self.key, self.prefix + struct.pack('>Q', self.counter), hashlib.sha256).digest()
            self.counter += 1
        x, self.buf = struct.unpack('>Q', self.buf[:8])[0], self.buf[8:]
        return x
    def below(self, n):
        limit = 2**64 - (2**64 % n)
        while True:
            x = self.next64()
            if x < limit:
                return x % n

def sample(items, k, stream):
    a = list(items)
    for i in range(k):
        j = i + stream.below(len(a) - i)
        a[i], a[j] = a[j], a[i]
    return a[:k]

def within(code, area):
    if code == area: return True
    if len(code) != 6 or len(area) != 6: return False
    if area.endswith('0000'): return code[:2] == area[:2]
    if area.endswith('00'): return code[:4] == area[:4]
    return False

def draw(doc, seed):
    h = hashlib.sha256(canonical(doc)).digest()
    drawn = []
    for s in sorted(doc['strata']):
        drawn += sample([t for t in doc['targets'] if t['stratum'] == s], doc['strata'][s], Stream(seed, h, 'targets:' + s))
    stream, tasks = Stream(seed, h, 'inspectors'), []
    for t in drawn:
        ok = [i for i in doc['inspectors'] if not (i['unit'] and i['unit'] == t['unit'])
              and not within(t['region'], i['region']) and (t['id'], i['id']) not in doc['previous']]
        if len(ok) < doc['per_task']:
            raise SystemExit('target %s has too few eligible inspectors' % t['id'])
        tasks.append((t, sample(ok, doc['per_task'], stream)))
    return h, tasks

if __name__ == '__main__':
    text = open(sys.argv[1], encoding='utf-8').read()
    seed = bytes.fromhex(sys.argv[2].strip().lower())
    doc = parse(text)
    h, tasks = draw(doc, seed)
    print('population-sha256\t' + h.hex())
    print('seed-commitment\t' + hashlib.sha256(seed).hexdigest())
    if len(sys.argv) > 3:
        print('commitment-matches\t' + ('yes' if hashlib.sha256(seed).hexdigest() == sys.argv[3].strip().lower() else 'NO'))
    for n, (t, ins) in enumerate(tasks, 1):
        print('task\t%d\t%s\t%s' % (n, t['id'], ','.join(i['id'] for i in ins)))
