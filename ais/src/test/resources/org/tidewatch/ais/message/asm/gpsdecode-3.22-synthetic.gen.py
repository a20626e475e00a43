import random, json, subprocess, sys
random.seed(20261122)
ARM = [chr(c) for c in list(range(48,88))+list(range(96,120))]
def armor(bits):
    fill = (-len(bits)) % 6
    b = bits + '0'*fill
    return ''.join(ARM[int(b[i:i+6],2)] for i in range(0,len(b),6)), fill
def cs(s):
    x=0
    for ch in s: x^=ord(ch)
    return '%02X'%x
def sentences(payload, fill, seq):
    chunks=[payload[i:i+60] for i in range(0,len(payload),60)] or ['']
    out=[]
    for i,c in enumerate(chunks):
        f = fill if i==len(chunks)-1 else 0
        sid = str(seq%10) if len(chunks)>1 else ''
        body='AIVDM,%d,%d,%s,A,%s,%d'%(len(chunks),i+1,sid,c,f)
        out.append('!'+body+'*'+cs(body))
    return out
def ub(v,n): return format(v & ((1<<n)-1), '0%db'%n)
def rnd(n): return ''.join(random.choice('01') for _ in range(n))
def header(t, dac, fi):
    h = ub(t,6)+ub(random.randrange(4),2)+ub(random.randrange(1,1<<30),30)
    if t==6:
        h += ub(random.randrange(4),2)+ub(random.randrange(1,1<<30),30)+ub(random.randrange(2),1)+'0'
        h += ub(dac,10)+ub(fi,6)
    else:
        h += '00'+ub(dac,10)+ub(fi,6)
    return h
def sixtext(s):
    T="@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?"
    return ''.join(ub(T.index(c),6) for c in s)
kinds = {
 (6,1,12):[360,272,400], (6,1,14):[190,283,376,150], (6,1,16):[136,104,224], (6,1,18):[360,300],
 (6,1,20):[360,330], (6,1,25):[100,117,134,168,300], (6,1,28):[149,204,259,370,600], (6,1,30):[98,100,104,200,500],
 (6,1,32):[185,273,361,200], (6,200,21):[248,240], (6,200,22):[232,240], (6,200,55):[168,160],
 (6,235,10):[136,140], (6,250,10):[136], (8,1,11):[352,346,360], (8,1,13):[472,400],
 (8,1,15):[72,80], (8,1,16):[72,136,176,240], (8,1,17):[56,178,300,422], (8,1,19):[360,300],
 (8,1,27):[117,172,227,400,700], (8,1,29):[66,70,200,500], (8,1,31):[360,350], (8,200,10):[168,160],
 (8,200,23):[256,250], (8,200,24):[168,160], (8,200,40):[168,170],
 (6,1,2):[104,96,168], (6,1,3):[104,168], (6,1,4):[232,226,376], (6,1,40):[104,101,99], (8,1,40):[72,69,60],
}
groups=[]
seq=0
for (t,dac,fi),lens in kinds.items():
    for L in lens:
        for rep in range(4):
            h=header(t,dac,fi)
            n=L-len(h)
            if n<0: continue
            body=rnd(n)
            # make some fields plausible: small counts, text
            if (t,dac,fi) in ((6,1,28),(8,1,27)) and rep<3:
                wc=random.randrange(0,6)
                off=149-88 if t==6 else 117-56
                if len(body)>off: body=body[:off-5]+ub(wc,5)+body[off:]
            if (t,dac,fi)==(8,1,17) and rep<2 and len(body)>=2:
                body=ub(rep+2,2)+body[2:]
            if (t,dac,fi) in ((6,1,30),(8,1,29)) and rep==0 and n>10:
                txt=sixtext(('HELLO "WORLD" \\ TEST  '*20))[:n-10]
                body=body[:10]+txt
            if (t,dac,fi)==(8,200,10) and rep<2:
                body=sixtext('0123456A')+body[48:]; body=body[:85]+ub(rep,3)+body[88:]
            bits=h+body
            p,f=armor(bits)
            seq+=1
            groups.append(sentences(p,f,seq))
def run(args):
    out=[]
    for g in groups:
        r=subprocess.run(['gpsdecode']+args,input='\n'.join(g)+'\n',capture_output=True,text=True)
        out.append(r.stdout.strip().splitlines())
    return out
u=run(['-u','-j']); s=run(['-j'])
with open('synthetic.jsonl','w') as fo:
    for g,a,b in zip(groups,u,s):
        fo.write(json.dumps({"nmea":g,"unscaled":a,"scaled":b})+'\n')
print(len(groups))
