import gzip, os, re, zipfile, collections
word = re.compile(r"[A-Za-z]+")
def feed(cnt, text):
    for w in word.findall(text):
        if 3 <= len(w) <= 14 and (w.islower() or (w[0].isupper() and w[1:].islower())):
            cnt[w.lower()] += 1
jd = collections.Counter()
z = zipfile.ZipFile('/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip')
com = re.compile(r"/\*\*(.*?)\*/", re.S)
tag = re.compile(r"<[^>]+>|\{@(?:code|link|linkplain|value)[^}]*\}|@\w+|&\w+;")
for n in z.namelist():
    if n.endswith('.java'):
        t = z.read(n).decode('utf-8','ignore')
        for c in com.findall(t):
            feed(jd, tag.sub(' ', c))
doc = collections.Counter()
for root, _, files in os.walk('/usr/share/doc'):
    for f in files:
        p = os.path.join(root, f)
        if 'html' in f: continue
        try:
            if f.endswith('.gz'): t = gzip.open(p).read().decode('utf-8','ignore')
            elif f == 'copyright' or f.endswith('.txt'): t = open(p, encoding='utf-8', errors='ignore').read()
            else: continue
        except Exception: continue
        feed(doc, t)
for f in os.listdir('/usr/share/common-licenses'):
    p='/usr/share/common-licenses/'+f
    if os.path.isfile(p): feed(jd, open(p,encoding='utf-8',errors='ignore').read())
ranked = [w for w, c in jd.most_common() if c >= 3]
seen = set(ranked)
ranked += [w for w, c in doc.most_common() if c >= 5 and w not in seen]
print(len(jd), len(ranked))
print(ranked[:80]); print(ranked[10000:10030]); print(ranked[30000:30030]); print(ranked[45000:45030])
open('words.txt','w').write('\n'.join(ranked[:50000])+'\n')
