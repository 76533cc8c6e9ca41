#!/usr/bin/env python3
"""The user-visible checks of ops/test-replication, against two running instances (A, B) on one primary, B reading
benchmarks from a streaming replica. Standard library only. Every wait is bounded. Prints one line per check and
exits 1 at the first failure. psql runs through the command given in PSQL (ports and database are arguments)."""
import datetime, http.cookiejar, json, os, re, subprocess, sys, time, urllib.error, urllib.parse, urllib.request, uuid

A, B = os.environ["URL_A"], os.environ["URL_B"]
CONSULTANT, RESEARCHER = os.environ["CONSULTANT_TOKEN"], os.environ["RESEARCHER_TOKEN"]
PRIMARY, REPLICA, DB = os.environ["PRIMARY_PORT"], os.environ["REPLICA_PORT"], os.environ["DATABASE"]
PSQL = os.environ["PSQL"]


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        sys.exit(1)


def sql(port, query):
    return subprocess.run([PSQL, "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-d", DB, "-tAc", query],
                          check=True, capture_output=True, text=True).stdout.strip()


def graphql(base, query, variables=None, token=None):
    request = urllib.request.Request(base + "/graphql", json.dumps({"query": query, "variables": variables}).encode(),
                                     {"Content-Type": "application/json", "Accept": "application/graphql-response+json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            body = json.load(response)
    except urllib.error.HTTPError as e:
        body = json.load(e)
    if body.get("errors"):
        raise RuntimeError(f"{base}: {body['errors']}")
    return body["data"]


def get_json(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


def until(what, probe, seconds=30):
    """Polls probe (bounded) until it returns a truthy value."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.25)
    check(False, what + f" (not within {seconds} s)")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


# One browser: one cookie jar for both instances (cookies are per host, not per port, as behind a load balancer).
jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def page(url):
    with browser.open(url, timeout=30) as response:
        html = response.read().decode()
    return (html, re.search(r'name="__RequestVerificationToken" value="([^"]+)"', html).group(1),
            re.search(r'name="version" value="(\d+)"', html).group(1))


def post(url, fields):
    try:
        with browser.open(url, urllib.parse.urlencode(fields).encode(), timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


NORMS = '{ norms(instrumentKey: "dcvn") { label } benchmark(instrumentKey: "dcvn", peerGroup: {}) { n release { label } } }'


def releases(base):
    """How many norm releases the instance lists (peer statistics are read from releases only, never live)."""
    answer = graphql(base, NORMS, None, CONSULTANT)
    assert answer["benchmark"]["release"]["label"] == answer["norms"][0]["label"], "benchmark reads the latest release"
    return len(answer["norms"])


def publish():
    """`norms publish dcvn` against the primary: what the daily schedule does."""
    subprocess.run(os.environ["PUBLISH"], shell=True, check=True, stdout=subprocess.DEVNULL)


# --- a form save and a close through A are read through B ------------------------------------------------------------
modules = graphql(A, '{ instrument(key: "dcvn") { modules { key roles { key } constructs { key items { id } } } } }')
modules = [m for m in modules["instrument"]["modules"] if any(r["key"] == "managing_director" for r in m["roles"])]
items = {m["key"]: [i["id"] for c in m["constructs"] for i in c["items"]] for m in modules}
started = graphql(A, 'mutation { startAssessment(instrumentKey: "dcvn", firm: { name: "Replica Oy", country: "FI", '
                     'industry: "C", employees: 40 }, respondentRole: "managing_director") { assessmentId token } }',
                  token=CONSULTANT)["startAssessment"]
assessment, link = started["assessmentId"], started["token"]
first, second = modules[0]["key"], modules[1]["key"]

_, antiforgery, version = page(f"{A}/a/{link}/m/{first}")
status = post(f"{A}/a/{link}/m/{first}", [(f"item.{i}", "4") for i in items[first]] +
              [("version", version), ("__RequestVerificationToken", antiforgery)])
check(status == 303, f"a form page of module {first} saved through A (HTTP {status})")
ANSWERS = 'query($id: ID!) { assessment(id: $id) { status respondents { answers { itemId value } } } }'
seen = graphql(B, ANSWERS, {"id": assessment}, CONSULTANT)["assessment"]
answered = {a["itemId"]: a["value"] for a in seen["respondents"][0]["answers"]}
check(all(answered.get(i) == 4 for i in items[first]), f"B reads the {len(items[first])} answers saved through A at once")

_, antiforgery, version = page(f"{A}/a/{link}/m/{second}")
status = post(f"{B}/a/{link}/m/{second}", [(f"item.{i}", "3") for i in items[second]] +
              [("version", version), ("__RequestVerificationToken", antiforgery)])
check(status == 303, f"a form page served by A is accepted when posted to B: antiforgery holds across instances "
                     f"(HTTP {status})")
status = post(f"{B}/a/{link}/m/{second}", [(f"item.{i}", "3") for i in items[second]] + [("version", version)])
check(status == 400, f"the same post to B without its antiforgery token is refused (HTTP {status})")

before = releases(A)
SAVE = ('mutation($s: ID!, $v: Long!, $a: [AnswerInput!]!) { saveAnswers(saveId: $s, expectedVersion: $v, answers: $a) '
        '{ version } }')


def answer_and_submit(assessment_id, token, module_keys, value):
    """Saves every item of the modules through A's GraphQL and submits: the only respondent, so it closes."""
    answers = [{"itemId": i, "value": value} for k in module_keys for i in items[k]]
    version = graphql(A, 'query($id: ID!) { assessment(id: $id) { version } }', {"id": assessment_id}, CONSULTANT)
    graphql(A, SAVE, {"s": str(uuid.uuid4()), "v": version["assessment"]["version"], "a": answers}, token)
    graphql(A, "mutation { submitResponse { version } }", token=token)


answer_and_submit(assessment, link, [m["key"] for m in modules[2:]], 3)
check(graphql(B, ANSWERS, {"id": assessment}, CONSULTANT)["assessment"]["status"] == "CLOSED",
      "the assessment submitted (and so closed) through A is CLOSED when read through B")
listed = graphql(B, '{ assessments(status: CLOSED, first: 5) { edges { node { id } } } }', token=CONSULTANT)
check(any(e["node"]["id"] == assessment for e in listed["assessments"]["edges"]), "B lists it among the CLOSED assessments")
publish()
check(releases(A) == before + 1, f"the norm release published after the close is listed at once on the primary "
                                 f"({before} -> {before + 1} releases)")

# --- benchmark reads on B come from the replica ----------------------------------------------------------------------
until("the replica has replayed the release", lambda: releases(B) == before + 1)
sessions = sql(REPLICA, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'benchmark-reads-b'")
check(int(sessions) > 0, f"B's benchmark reads hold {sessions} pooled connection(s) on the replica")
check(sql(PRIMARY, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'benchmark-reads-b'") == "0",
      "and none on the primary")
# Lag counts from the last replayed commit: commit now and let the replica replay it, so the pause starts from zero.
sql(PRIMARY, "SELECT txid_current()")
lsn = sql(PRIMARY, "SELECT pg_current_wal_lsn()")
until("the replica replays the latest commit", lambda: sql(REPLICA, f"SELECT pg_last_wal_replay_lsn() >= '{lsn}'") == "t")
sql(REPLICA, "SELECT pg_wal_replay_pause()")
paused = time.monotonic()
# A close while replay is paused: the primary counts it, the replica not yet.
lag = graphql(A, 'mutation { startAssessment(instrumentKey: "dcvn", firm: { name: "Lag Oy", country: "FI", industry: "C", '
                 'employees: 12 }, respondentRole: "managing_director") { assessmentId token } }',
              token=CONSULTANT)["startAssessment"]
answer_and_submit(lag["assessmentId"], lag["token"], [m["key"] for m in modules], 2)
publish()
stale = releases(B)
check(releases(A) == before + 2 and stale == before + 1,
      f"with replay paused, B answers from the replica: {stale} releases on B, {before + 2} on the primary (A)")

# --- /readyz reports lag beyond Benchmarks:MaxReplicaLag, and reads move to the primary ------------------------------
lag_setting = float(os.environ["MAX_REPLICA_LAG_SECONDS"])
lagging = until("B's /readyz reports the replica behind",
                lambda: (lambda r: r[1] if r[1].get("status") == "degraded" else None)(get_json(B + "/readyz")), 30)
check(lagging["replica"]["reachable"] and lagging["replica"]["lagSeconds"] > lag_setting,
      f"/readyz on B: degraded, lag {lagging['replica']['lagSeconds']} s > {lag_setting} s after "
      f"{time.monotonic() - paused:.1f} s of paused replay ({lagging['replica']['problem']})")
check(get_json(A + "/readyz")[1]["status"] == "ready", "A (no replica configured) stays ready")
check(releases(B) == before + 2, "and B's norm reads fall back to the primary while the replica lags (%d releases)" % (before + 2))
sql(REPLICA, "SELECT pg_wal_replay_resume()")
until("B is ready again once replay resumes", lambda: get_json(B + "/readyz")[1].get("status") == "ready", 30)
check(True, f"B ready again after replay resumed (lag {get_json(B + '/readyz')[1]['replica']['lagSeconds']} s)")

# --- an export release is claimed once, by one of the two workers ----------------------------------------------------
now = datetime.datetime.now(datetime.timezone.utc)
release = graphql(A, 'mutation($f: DateTimeOffset!, $t: DateTimeOffset!) { requestDatasetRelease(instrumentKey: "dcvn", '
                     'from: $f, to: $t) { id } }',
                  {"f": (now - datetime.timedelta(days=400)).strftime("%Y-%m-%dT00:00:00Z"),
                   "t": (now + datetime.timedelta(days=40)).strftime("%Y-%m-%dT00:00:00Z")},
                  RESEARCHER)["requestDatasetRelease"]["id"]
done = until("the release finishes", lambda: graphql(B, 'query($id: ID!) { datasetRelease(id: $id) { status } }',
                                                     {"id": release}, RESEARCHER)["datasetRelease"]["status"]
             in ("DONE", "EMPTY") and True, 120)
row = sql(PRIMARY, f"SELECT data->>'status', data->>'attempt', data->>'worker' FROM mt_doc_dataset_release "
                   f"WHERE id = '{release}'").split("|")
check(row[1] == "1", f"the release was claimed once (attempt {row[1]}, status {row[0]}, worker {row[2]})")

# --- a stopped replica: benchmark reads on B fall back to the primary ------------------------------------------------
subprocess.run(os.environ["STOP_REPLICA"], shell=True, check=True)
down = until("B's /readyz reports the replica unreachable",
             lambda: (lambda r: r[1] if r[0] == 200 and not r[1]["replica"]["reachable"] else None)(get_json(B + "/readyz")))
check(down["status"] == "degraded", f"replica stopped: B's /readyz is 200, degraded ({down['replica']['problem'][:60]})")
check(releases(B) == before + 2, f"and B's norm reads still answer, from the primary ({before + 2} releases)")
