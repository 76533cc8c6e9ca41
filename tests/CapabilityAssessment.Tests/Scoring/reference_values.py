# Independent reference values for the Scoring tests (cronbach_alpha.cs, omega_total.cs). Plain Python 3, no numpy:
# alpha, alpha-if-deleted, variances and covariances in exact Fractions (n - 1); item-rest r = Pearson(item, sum of the others);
# omega from iterated principal-axis factoring on the correlation matrix, SMC start, largest eigenpair by shifted power
# iteration (the C# code uses Jacobi), stopped when no communality changes by 1e-13. Run: python3 reference_values.py
from fractions import Fraction as F
import math

attitude = {
 "rating":[43,63,71,61,81,43,58,71,72,67,64,67,69,68,77,81,74,65,65,50,50,64,53,40,63,66,78,48,85,82],
 "complaints":[51,64,70,63,78,55,67,75,82,61,53,60,62,83,77,90,85,60,70,58,40,61,66,37,54,77,75,57,85,82],
 "privileges":[30,51,68,45,56,49,42,50,72,45,53,47,57,83,54,50,64,65,46,68,33,52,52,42,42,66,58,44,71,39],
 "learning":[39,54,69,47,66,44,56,55,67,47,58,39,42,45,72,72,69,75,57,54,34,62,50,58,48,63,74,45,71,59],
 "raises":[61,63,76,54,71,54,66,70,71,62,58,59,55,59,79,60,79,55,75,64,43,66,63,50,66,88,80,51,77,64],
 "critical":[92,73,86,84,83,49,68,66,83,80,67,74,63,77,77,54,79,80,85,78,64,80,80,57,75,76,78,83,74,78],
 "advance":[45,47,48,35,47,34,35,41,31,41,34,41,25,35,46,36,63,60,46,52,33,41,37,49,33,72,49,38,55,39]}

def var(xs):
    n=len(xs); m=F(sum(xs),n); return sum((F(x)-m)**2 for x in xs)/(n-1)
def cov(xs,ys):
    n=len(xs); mx=F(sum(xs),n); my=F(sum(ys),n); return sum((F(x)-mx)*(F(y)-my) for x,y in zip(xs,ys))/(n-1)
def alpha(cols):
    k=len(cols); tot=[sum(r) for r in zip(*cols)]
    return F(k,k-1)*(1-sum(var(c) for c in cols)/var(tot))
def pearson(xs,ys): return float(cov(xs,ys))/math.sqrt(float(var(xs))*float(var(ys)))

def report(name, cols):
    keys=list(cols); c=[cols[k] for k in keys]
    print(name, "alpha", repr(float(alpha(c))))
    for i,k in enumerate(keys):
        rest=[sum(r) for r in zip(*(c[:i]+c[i+1:]))]
        print(" ",k,"alpha_if_deleted",repr(float(alpha(c[:i]+c[i+1:]))),"item_rest",repr(pearson(c[i],rest)),
              "mean",repr(float(F(sum(c[i]),len(c[i])))),"sd",repr(math.sqrt(float(var(c[i])))))
    tot=[sum(r) for r in zip(*c)]
    print("  sd_total",repr(math.sqrt(float(var(tot)))))

# one-factor principal-axis factoring on the correlation matrix, largest eigenpair by shifted power iteration
def corr(c):
    k=len(c); return [[pearson(c[i],c[j]) if i!=j else 1.0 for j in range(k)] for i in range(k)]
def inverse(a):
    n=len(a); m=[row[:]+[1.0 if i==j else 0.0 for j in range(n)] for i,row in enumerate(a)]
    for col in range(n):
        p=max(range(col,n),key=lambda r:abs(m[r][col])); m[col],m[p]=m[p],m[col]
        pv=m[col][col]; m[col]=[v/pv for v in m[col]]
        for r in range(n):
            if r!=col:
                f=m[r][col]; m[r]=[a-f*b for a,b in zip(m[r],m[col])]
    return [row[n:] for row in m]
def top_eigen(a):
    n=len(a); shift=float(n); v=[1.0]*n
    for _ in range(200000):
        w=[sum(a[i][j]*v[j] for j in range(n))+shift*v[i] for i in range(n)]
        norm=math.sqrt(sum(x*x for x in w)); w=[x/norm for x in w]
        if max(abs(x-y) for x,y in zip(w,v))<1e-15: v=w; break
        v=w
    lam=sum(v[i]*sum(a[i][j]*v[j] for j in range(n)) for i in range(n))
    return lam,v
def paf(c):
    r=corr(c); k=len(r); inv=inverse(r); h=[1-1/inv[i][i] for i in range(k)]
    for it in range(100000):
        red=[[h[i] if i==j else r[i][j] for j in range(k)] for i in range(k)]
        lam,v=top_eigen(red); load=[x*math.sqrt(lam) for x in v]
        if sum(load)<0: load=[-x for x in load]
        nh=[x*x for x in load]
        if max(abs(a-b) for a,b in zip(nh,h))<1e-13: h=nh; break
        h=nh
    s=sum(load); psi=sum(1-x for x in h)
    return load, s*s/(s*s+psi), it
def report_omega(name, cols):
    load,om,it=paf([cols[k] for k in cols]); print(name,"omega",repr(om),"iterations",it); print("  loadings",[repr(x) for x in load])

report("attitude", attitude)
report_omega("attitude", attitude)

# Heywood case: r12 = r13 = .8, r23 = .5 is just identified with h1 = .8 × .8 / .5 = 1.28 > 1
r = [[1, .8, .8], [.8, 1, .5], [.8, .5, 1]]
inv = inverse(r); h = [1 - 1 / inv[i][i] for i in range(3)]
for _ in range(100000):
    lam, v = top_eigen([[h[i] if i == j else r[i][j] for j in range(3)] for i in range(3)])
    nh = [x * x * lam for x in v]
    if max(abs(a - b) for a, b in zip(nh, h)) < 1e-13: h = nh; break
    h = nh
print("heywood communalities", h)
