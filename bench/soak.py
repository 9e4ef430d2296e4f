#!/usr/bin/env python3
"""Soak: two instances of the site on 127.0.0.1 share one SQLite file and one Redis (started here
on a free port in a temp folder). Readers fetch public pages from both while several editors save
guide sections at once, some from forms that went stale, so that conflicts happen. At the end:
no 5xx anywhere, every accepted save present in the database with its revision, every refused
one explained (a message on the form), and the memory of both instances sampled throughout.

    bench/soak.py                      # 120 s, 4 editors, 6 readers (publishes a Release build)
    bench/soak.py --seconds 20         # the short variant, as CI can afford
    bench/soak.py --app src/CareerPortal.Web/bin/Release/net10.0   # an existing build

Everything it starts stops by itself (timeout) even if this script is killed. Exit code 1 when a
check fails. Only the standard library: no packages to install.
"""
import argparse, html, http.client, os, random, re, shutil, socket, sqlite3, statistics, subprocess, sys, tempfile, threading, time
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "soak tangerine lighthouse"
PUBLIC = ["/", "/careers", "/careers/it-project-manager", "/careers/it-project-manager/levels/mid",
          "/careers/it-project-manager/skills", "/skills", "/certifications", "/tools", "/search?q=scrum",
          "/careers/it-project-manager/compare?from=entry&to=mid", "/sitemap.xml", "/api/v1/careers"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """One browser: its own cookies (kept whatever their Secure flag: the site is on plain http
    on loopback), redirects followed by hand so that each hop's cookies are kept."""

    def __init__(self, port):
        self.port, self.cookies = port, {}

    def request(self, method, path, body=None):
        for _ in range(5):
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
            if body is not None:
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header in response.msg.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                value = rest.split(";", 1)[0]
                if value:
                    self.cookies[name] = value
                else:
                    self.cookies.pop(name, None)
            conn.close()
            if response.status in (301, 302, 303) and response.getheader("Location"):
                method, body, path = "GET", None, urlsplit(urljoin(path, response.getheader("Location")))._replace(scheme="", netloc="").geturl()
                continue
            return response.status, path, text
        raise RuntimeError(f"too many redirects from {path}")


class FormReader(HTMLParser):
    """The fields of the first form in <main> that posts, as a browser would submit them."""

    def __init__(self):
        super().__init__()
        self.in_main = self.in_form = self.done = False
        self.action, self.fields, self._textarea, self._select, self._options = None, [], None, None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "main":
            self.in_main = True
        elif tag == "form" and self.in_main and not self.done and (a.get("method") or "").lower() == "post":
            self.in_form, self.action = True, a.get("action")
        elif not self.in_form:
            return
        elif tag == "input" and a.get("name") and a.get("type", "text") not in ("submit", "button", "reset", "image"):
            if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self.fields.append((a["name"], a.get("value") or ""))
        elif tag == "textarea" and a.get("name"):
            self._textarea = [a["name"], ""]
        elif tag == "select" and a.get("name"):
            self._select, self._options = a["name"], []
        elif tag == "option" and self._select:
            self._options.append((a.get("value") or "", "selected" in a))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            self.fields.append((self._textarea[0], self._textarea[1].removeprefix("\n")))
            self._textarea = None
        elif tag == "select" and self._select:
            chosen = [v for v, s in self._options if s] or [v for v, _ in self._options[:1]]
            self.fields.extend((self._select, v) for v in chosen)
            self._select = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, True


def read_form(page_path, text):
    reader = FormReader()
    reader.feed(text)
    if not reader.done:
        raise RuntimeError(f"no form on {page_path}")
    return html.unescape(reader.action or page_path), dict(reader.fields)


def first(pattern, text):
    match = re.search(pattern, text, re.S)
    return re.sub(r"<[^>]+>", " ", html.unescape(match.group(1))).split() if match else None


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.reads = self.errors5xx = 0
        self.statuses = {}
        self.accepted, self.refused, self.failures = [], {}, []

    def status(self, code, what):
        with self.lock:
            self.statuses[code] = self.statuses.get(code, 0) + 1
            if code >= 500:
                self.errors5xx += 1
                self.failures.append(f"{code} {what}")


def reader(port, deadline, tally):
    client = Client(port)
    while time.monotonic() < deadline:
        path = random.choice(PUBLIC)
        try:
            status, _, _ = client.request("GET", path)
        except Exception as e:  # a refused or dropped connection is a failure like a 5xx
            tally.status(599, f"GET :{port}{path} {e!r}")
            continue
        tally.status(status, f"GET :{port}{path}")
        with tally.lock:
            tally.reads += 1


def editor(number, port, sections, deadline, tally):
    client = Client(port)
    email = f"soak{number}@example.org"
    _, path, text = client.request("GET", "/admin/account/sign-in")
    action, fields = read_form(path, text)
    fields.update({"Input.Email": email, "Input.Password": PASSWORD})
    status, path, _ = client.request("POST", action, urlencode(fields))
    if path != "/admin":
        tally.failures.append(f"{email} could not sign in ({status} {path})")
        return
    stale, saves = None, 0
    while time.monotonic() < deadline:
        section = random.choice(sections)
        edit = f"/admin/sections/{section}/edit"
        status, path, text = client.request("GET", edit)
        tally.status(status, f"GET :{port}{edit}")
        if status != 200:
            continue
        form = read_form(path, text)
        # Every third save posts a form opened one round earlier: another editor may have saved since.
        if saves % 3 == 2 and stale is not None:
            form, stale = stale, form
        else:
            stale = form
        action, fields = form
        saves += 1
        mark = f"soak-mark-{number}-{saves}"
        fields["Input.Markdown"] = fields.get("Input.Markdown", "").rstrip("\n") + f"\n\nLine {mark}.\n"
        status, path, text = client.request("POST", action, urlencode(fields))
        tally.status(status, f"POST :{port}{action}")
        notice = first(r'<p class="notice"[^>]*>(.*?)</p>', text)
        problem = first(r'<div class="error-summary".*?<ul>(.*?)</ul>', text)
        with tally.lock:
            if status < 400 and notice and "Saved" in " ".join(notice):
                tally.accepted.append((int(action.split("/")[-2]) if action.split("/")[-1] == "edit" else section, mark))
            elif status < 500 and problem:
                reason = " ".join(problem)
                reason = "conflict: someone else changed it" if "Someone else" in reason else reason
                tally.refused[reason] = tally.refused.get(reason, 0) + 1
            elif status < 500:
                tally.failures.append(f"save {mark}: {status} with no notice and no explanation at {path}")


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return int(next(l for l in f if l.startswith("VmRSS:")).split()[1]) / 1024
    except (OSError, StopIteration):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--editors", type=int, default=4)
    parser.add_argument("--readers", type=int, default=6)
    parser.add_argument("--app", help="a built CareerPortal.Web output folder (default: publish Release)")
    args = parser.parse_args()
    limit = args.seconds + 600  # whatever happens, everything started here stops by then
    if not shutil.which("redis-server"):
        sys.exit("redis-server is not installed (apt-get install redis-server)")
    work = tempfile.mkdtemp(prefix="careerportal-soak-")
    started = []
    try:
        app = os.path.abspath(args.app) if args.app else os.path.join(work, "app")
        if not args.app:
            subprocess.run(["dotnet", "publish", os.path.join(ROOT, "src/CareerPortal.Web/CareerPortal.Web.csproj"), "-c", "Release", "-o", app],
                           check=True, stdout=subprocess.DEVNULL)
        dll = os.path.join(app, "CareerPortal.Web.dll")
        redis_port = free_port()
        started.append(subprocess.Popen(["timeout", str(limit), "redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
                                         "--appendonly", "no", "--dir", work], stdout=subprocess.DEVNULL))
        database = os.path.join(work, "soak.db")
        env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Production", ConnectionStrings__Sqlite=f"Data Source={database}",
                   ConnectionStrings__Redis=f"127.0.0.1:{redis_port}", OutputCache__RedisInstanceName=f"soak-{os.getpid()}:",
                   DataProtection__KeysPath=os.path.join(work, "keys"), Content__Path=os.path.join(ROOT, "content"),
                   Serilog__MinimumLevel__Default="Warning", Admin__SignInAttemptsPerMinute="1000", Api__RequestsPerMinute="100000",
                   CAREERPORTAL_ADMIN_PASSWORD=PASSWORD)
        ports = [free_port(), free_port()]
        instances = []
        for index, port in enumerate(ports):
            log = open(os.path.join(work, f"web{index}.log"), "w")
            # One after the other: the first migrates and imports, the second finds it done.
            instances.append(subprocess.Popen(["timeout", str(limit), "dotnet", dll, "--urls", f"http://127.0.0.1:{port}"],
                                              cwd=app, env=env, stdout=log, stderr=subprocess.STDOUT))
            started.append(instances[-1])
            for _ in range(120):
                try:
                    if Client(port).request("GET", "/health/ready")[0] == 200:
                        break
                except OSError:
                    pass
                time.sleep(1)
            else:
                sys.exit(f"instance {index} did not start:\n" + open(os.path.join(work, f"web{index}.log")).read())
        # Healthy, not Degraded: both instances reach the shared Redis.
        readiness = [Client(port).request("GET", "/health/ready")[2] for port in ports]
        for number in range(args.editors):
            subprocess.run(["dotnet", dll, "create-admin", "--email", f"soak{number}@example.org"], cwd=app, env=env,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)
        with sqlite3.connect(database) as db:
            sections = [row[0] for row in db.execute("SELECT Id FROM GuideSections ORDER BY Id LIMIT 3")]
            revisions_before = db.execute("SELECT COUNT(*) FROM Revisions").fetchone()[0]
        # The dotnet processes under timeout: the ones whose memory is sampled.
        pids = [int(subprocess.run(["pgrep", "-P", str(p.pid)], capture_output=True, text=True).stdout.split()[0]) for p in instances]

        tally, memory = Tally(), {pid: [] for pid in pids}
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=reader, args=(ports[i % 2], deadline, tally)) for i in range(args.readers)]
        threads += [threading.Thread(target=editor, args=(n, ports[n % 2], sections, deadline, tally)) for n in range(args.editors)]
        for thread in threads:
            thread.start()
        while time.monotonic() < deadline:
            for pid in pids:
                if (mb := rss_mb(pid)) is not None:
                    memory[pid].append(mb)
            time.sleep(1)
        for thread in threads:
            thread.join()

        # Every accepted save is in the database with its revision, on whichever instance it was made.
        with sqlite3.connect(database) as db:
            missing = [mark for section, mark in tally.accepted
                       if not db.execute("SELECT 1 FROM Revisions WHERE GuideSectionId = ? AND Markdown LIKE ?", (section, f"%{mark}.%")).fetchone()]
            revisions = db.execute("SELECT COUNT(*) FROM Revisions").fetchone()[0] - revisions_before

        print(f"soak: {args.seconds} s, 2 instances, shared SQLite + Redis, {args.readers} readers, {args.editors} editors")
        print(f"reads: {tally.reads} ({tally.reads / args.seconds:.0f}/s)   statuses: {dict(sorted(tally.statuses.items()))}")
        print(f"saves accepted: {len(tally.accepted)}   new revisions: {revisions}   accepted but missing: {len(missing)}")
        print(f"saves refused: {sum(tally.refused.values())}   " + "; ".join(f"{n} x {r}" for r, n in tally.refused.items()))
        flat = True
        for index, pid in enumerate(pids):
            samples = memory[pid]
            quarter = max(1, len(samples) // 4)
            early, late = statistics.median(samples[quarter:2 * quarter]), statistics.median(samples[-quarter:])
            growth = (late - early) / early * 100
            flat &= growth < 25
            print(f"instance {index} working set MB: min {min(samples):.0f}, max {max(samples):.0f}, "
                  f"median 2nd quarter {early:.0f}, last quarter {late:.0f} ({growth:+.0f}%)")
        readiness += [Client(port).request("GET", "/health/ready")[2] for port in ports]
        print(f"readiness at start and end (Redis shared by both): {', '.join(readiness)}")
        problems = tally.failures + [f"accepted save {m} missing" for m in missing]
        problems += [f"readiness was {r}, not Healthy" for r in readiness if r != "Healthy"]
        if not flat:
            problems.append("memory grew by 25% or more between the second and the last quarter")
        if revisions < len(tally.accepted):
            problems.append(f"{len(tally.accepted)} saves accepted but only {revisions} revisions written")
        for problem in problems[:20]:
            print("FAIL:", problem)
        print("soak: " + ("FAILED" if problems else "passed: zero 5xx, every accepted save present, every refusal explained, memory flat"))
        return 1 if problems else 0
    finally:
        for process in started:
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
