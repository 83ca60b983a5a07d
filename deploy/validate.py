#!/usr/bin/env python3
"""Validate the deployment files in deploy/ against each other and against the code.

Kubernetes (deploy/k8s, its YAML files; deploy/k8s/city is the city's, below):
  * every document has apiVersion, kind, metadata.name, and the namespace `leadtracker`;
    kustomization.yaml lists exactly the other files; no Secret is committed;
  * the ConfigMap's leadtracker.json (and deploy/leadtracker.example.json) parses, its keys are
    settings the code reads (found in Sources/ as `settings.string("key", …)`, `flag("key")`,
    `file["key"]`), with sane values, and no per-service setting (dataDir, databaseUrl,
    metricsListen) that all services would share; lead-supervisor's `units` ({"unit": [identities]})
    and `notifications`: only the keys its Codable types in NotificationSettings.swift read (Swift
    ignores others, so a typo would do nothing), and what NotificationSettings.check() refuses at
    start (smtp HOST:PORT, addresses with @, an http:// webhook of style wecom or dingtalk, retry
    firstSeconds > 0 and maxSeconds ≥ firstSeconds), and each person's name given once;
  * the web console (the executable in Sources/ whose command reads a `…Listen` setting for
    `--listen` and builds a ServiceGateway, i.e. lead-web) has what a service has (Deployment,
    Recreate, securityContext, resources, PVC, keys copied by an init container, ClusterIP
    Service) but: it binds HTTP, not ZeroMQ, so its listen variable is 0.0.0.0:PORT on its
    container port, in the HOST:PORT form its code parses, with httpGet probes on a page the code
    serves without a session; its cookies are Secure; its keys are its own NAME.key and the .pub
    files of the services its gateway connects to (no authorized_keys: nobody connects to it);
    the endpoints it connects to name those services' Services and ports; no metrics variable,
    port or scrape annotation, and no LEADTRACKER_DATABASE_URL (its code reads neither);
  * per service (the `static let name = "lead-…"` types in Sources/): a Deployment with 1 replica
    and strategy Recreate, a restricted securityContext (non-root, read-only root filesystem, no
    privilege escalation, ALL capabilities dropped, seccomp RuntimeDefault) on every container,
    resource requests and limits (memory ≤ 256Mi), TCP probes on its ZeroMQ port, the data PVC at
    LEADTRACKER_DATA_DIR, the CURVE keys from a Secret volume with defaultMode 0400 copied by an
    init container into the memory volume at LEADTRACKER_KEYS_DIR (the services refuse a
    Secret's group-readable key files), LEADTRACKER_DATABASE_URL only from an optional
    Secret key, LEADTRACKER_METRICS_LISTEN on the metrics port with matching Prometheus
    annotations, only LEADTRACKER_* variables the code reads, and never the tests' hidden
    --test-clock-file;
  * the endpoints: each service binds what its code binds (CommandServer/EventRelay in Sources/,
    or the `queries:` endpoint of a service built with `ServiceLoop.consuming`, which also connects
    to intake's two) on a wildcard address with the port the ConfigMap gives, since libzmq cannot
    bind a DNS name, which is the code's default port (Endpoints.defaults); the ConfigMap names
    each endpoint by a Service that has that port;
  * a ClusterIP Service per Deployment whose selector matches the pod labels and whose ports are
    exactly the container's ports; a PVC per Deployment;
  * `kubectl kustomize deploy/k8s` builds the same objects, when kubectl is installed.
    (`kubectl apply --dry-run=client` is not used: it needs an API server for discovery.)
  * deploy/k8s is a district's stack; a district service whose code reads the configuration's
    `city` (protocol 1.11: lead-intake, lead-supervisor) holds lead-city.pub from an optional
    Secret (a district in no city has none); `city` and `registration`, when present, hold only
    the keys the code reads, with sane values.

The city (protocol 1.11): the executables whose command loads the configuration's `districts`
(lead-city) are not a district's. deploy/k8s/city is their own kustomization (namespace
leadtracker-city, built by itself): the same checks as a district's Deployments, with the
ConfigMap leadtracker-city-config (city.json, like deploy/city.example.json: `districts` as
CityDistricts reads them — codes of lower-case letters, digits and -, unique, with the keys the
code reads, intakes by host name or address; the city's `targets`; none of a district's keys),
each district intake's KEY.pub in the keys Secret, and the bound port the code's default (7741).

systemd (deploy/systemd):
  * each unit (one per service and one for the web console; leadtracker.target wants a district's
    and leadtracker-city.target the city's, each unit PartOf its own target)
    runs its executable as the user leadtracker.sysusers creates, with ProtectSystem=strict,
    NoNewPrivileges, Restart=on-failure, the sandboxing options, AF_NETLINK allowed (libzmq calls
    getifaddrs() to bind), the --data-dir in its StateDirectory, only known LEADTRACKER_* names,
    no --test-clock-file;
    the console's --listen in the HOST:PORT form its code parses and, on loopback behind the TLS
    proxy, LEADTRACKER_SECURE_COOKIES=1; lead-city's configuration file and keys directory are not
    a district's;
  * `systemd-analyze verify` on copies whose ExecStart is /bin/true (it refuses a missing binary),
    `systemd-analyze security --offline` exposure ≤ 2.5, `systemd-sysusers --dry-run`, when
    installed.

deploy/Dockerfile builds and copies every executable the Deployments and units run, and leadctl.

deploy/OPERATIONS.md: names every Secret the Deployments use; every LEADTRACKER_* variable and
every flag it gives a LeadTracker command exists in the code; every key the code reads from the
configuration file only (targets, units, notifications …) is documented; it authorizes each consumer of
intake's events (lead-matcher, lead-reporter, lead-supervisor …) with the role service and the
console's key with the role gateway; its section on a city over districts authorizes lead-city on the
districts' intakes and each district's lead-supervisor (lead-supervisor-CODE) in the city, names each
district intake's key as the city's configuration implies, shows deploy/city.example.json as the
city's configuration, and gives each of its districts a `city` section at its endpoint.

Self-check: the same checks run on deliberately broken copies (2 replicas, a typo in a variable,
a misspelt notifications key, an SMTP relay without a port,
a key Secret mounted straight into the service, a console on loopback or with TCP probes, an image
without lead-web, a unit or pod on the test clock, a consumer the guide does not authorize, a city
district without its intake's key, lead-city in a district's target or kustomization …) and
must fail, so this script cannot pass everything silently.

Usage: python3 deploy/validate.py    (needs PyYAML)
Prints one line per check and "N passed, M failed"; exits 1 if anything failed.
"""

import copy
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

DEPLOY = pathlib.Path(__file__).resolve().parent
ROOT = DEPLOY.parent
SOURCES = ROOT / "Sources"
K8S = DEPLOY / "k8s"
CITY_K8S = K8S / "city"
SYSTEMD = DEPLOY / "systemd"
GUIDE = DEPLOY / "OPERATIONS.md"
DOCKERFILE = DEPLOY / "Dockerfile"

NAMESPACE = "leadtracker"
CONFIG_MAP = "leadtracker-config"
CONFIG_FILE = "leadtracker.json"
IMAGE = "leadtracker"
MEMORY_LIMIT = 256 * 2**20
# Settings another engineer is adding; accepted before the code reads them (a note is printed).
PENDING_SETTINGS = {"databaseUrl", "metricsListen"}
# Settings that differ per service: in a configuration file shared by all services they would,
# for instance, make the services share one database.
PER_SERVICE_SETTINGS = {"dataDir", "databaseUrl", "metricsListen", "key"}
ENDPOINT_KEYS = ("intakeCommands", "intakeEvents", "matcherQueries", "reporterQueries", "supervisorQueries")
LOG_LEVELS = {"trace", "debug", "info", "notice", "warning", "error", "critical"}
NAMESPACED_KINDS = {"ConfigMap", "Deployment", "Service", "PersistentVolumeClaim", "Secret", "Pod", "Ingress"}
WILDCARDS = ("0.0.0.0", "*")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
# A city (protocol 1.11): lead-city alone, with its own namespace, configuration and keys, and its
# own systemd target; a district's stack is deploy/k8s and leadtracker.target.
CITY_NAMESPACE = "leadtracker-city"
CITY_CONFIG_MAP = "leadtracker-city-config"
CITY_CONFIG_FILE = "city.json"
CITY_EXAMPLE = DEPLOY / "city.example.json"
DISTRICT_TARGET = "leadtracker.target"
CITY_TARGET = "leadtracker-city.target"
# What lead-city reads from its configuration file besides each service's own settings: the
# districts, the city's targets, its endpoint; a district's endpoints, units, notifications … would
# do nothing there.
CITY_SETTINGS = {"districts", "targets", "cityQueries", "keysDir", "logLevel", "insecurePlaintext"}
DISTRICT_CODE = re.compile(r"[a-z0-9-]{1,40}")


# --------------------------------------------------------------------------------------------
# What the code reads


def environment_name(key):
    """Settings.environmentName: `intakeCommands` → `LEADTRACKER_INTAKE_COMMANDS`."""
    return "LEADTRACKER_" + "".join("_" + c if c.isupper() else c.upper() for c in key)


def kebab(name):
    """ArgumentParser's flag name for a property: `dataDir` → `data-dir`."""
    return re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), name)


class Code:
    """Settings, environment variables, flags and endpoints, read from Sources/."""

    def __init__(self, sources):
        texts = {path: path.read_text(encoding="utf-8") for path in sorted(sources.rglob("*.swift"))}
        everything = "\n".join(texts.values())
        # string()/flag() consult LEADTRACKER_<KEY> first; file[...] and figures(...) only the file.
        self.env_keys = set(re.findall(r'\bstring\(\s*"(\w+)"\s*,\s*flag:', everything))
        self.flag_keys = set(re.findall(r'\bflag\(\s*"(\w+)"\s*\)', everything))  # yes/no: may be true/false
        self.env_keys |= self.flag_keys
        self.file_keys = set(re.findall(r'\bfile\[\s*"(\w+)"\s*\]', everything))
        self.file_keys |= set(re.findall(r'\bfigures\(\s*"(\w+)"', everything))
        self.direct_env = set(re.findall(r'environment\[\s*"(LEADTRACKER_\w+)"\s*\]', everything))
        self.pending = {key for key in PENDING_SETTINGS if key not in self.env_keys}
        self.settings = self.env_keys | self.file_keys | self.pending
        self.env_names = {environment_name(k) for k in self.env_keys | self.pending} | self.direct_env
        self.flags = {kebab(name) for name in re.findall(r"@(?:Option|Flag)\b.*?\bvar\s+(\w+)", everything, re.S)}
        self.flags |= {kebab(key) for key in self.pending} | {"help", "version"}
        # What each service binds and connects to, from its service type. A service built with
        # `ServiceLoop.consuming(…, queries: \.KEY)` binds KEY (the loop's CommandServer on its
        # `queries` endpoint) and connects to what the loop's EventConsumer connects to.
        connects = r"(?:eventsEndpoint|commandsEndpoint):\s*endpoints\.(\w+)"
        consuming_binds_queries, consuming_connects = False, []
        for text in texts.values():
            if re.search(r"\bstatic func consuming\(", text):
                consuming_binds_queries = bool(
                    re.search(r"CommandServer\(\s*context:\s*\w+,\s*endpoint:\s*queries\(endpoints\)", text))
                consuming_connects = re.findall(connects, text)
        self.binds, self.connects = {}, {}
        for text in texts.values():
            name = re.search(r'static let name = "(lead-[a-z]+)"', text)
            if not name:
                continue
            # `endpoint: endpoints.KEY`, or a local `let queries = setup.endpoints.KEY` then `endpoint: queries`.
            aliases = dict(re.findall(r"\blet (\w+) = (?:\w+\.)*endpoints\.(\w+)\b", text))
            server = r"(?:CommandServer|EventRelay)\(\s*context:\s*\w+,\s*endpoint:\s*(?:endpoints\.(\w+)|(\w+)\b(?!\s*[.(]))"
            self.binds[name.group(1)] = [direct or aliases[alias] for direct, alias in re.findall(server, text)
                                         if direct or alias in aliases]
            self.connects[name.group(1)] = re.findall(connects, text)
            for queries in re.findall(r"\.consuming\([^{}]*?\bqueries:\s*\\\.(\w+)", text):
                if consuming_binds_queries:
                    self.binds[name.group(1)].append(queries)
                self.connects[name.group(1)] += consuming_connects
        self.services = sorted(self.binds)
        # The web console: a command that serves HTTP on a `…Listen` setting (its --listen) and
        # reaches the services through ServiceGateway, whose targets are (.x, endpoints.KEY, "lead-…").
        targets = [found for text in texts.values() if re.search(r"\bclass ServiceGateway\b", text)
                   for found in re.findall(r'\(\s*\.\w+,\s*endpoints\.(\w+),\s*"(lead-[a-z]+)"\s*\)', text)]
        self.consoles = {}
        for text in texts.values():
            command = re.search(r'commandName:\s*"(lead-[a-z]+)"', text)
            listen = re.search(r'\bstring\(\s*"(\w+Listen)"\s*,\s*flag:\s*listen\s*,\s*default:\s*"([^"]+)"', text)
            if not (command and listen and "ServiceGateway(" in text):
                continue
            key = re.search(r'\bvar\s+key\s*:\s*String\s*=\s*"([^"]+)"', text)
            self.consoles[command.group(1)] = {
                "listen": listen.group(1), "default": listen.group(2), "key": key.group(1) if key else command.group(1),
                "connects": [endpoint for endpoint, _ in targets], "peers": sorted({peer for _, peer in targets}),
                # A service's main (runService) reads both; the console only if it asks for them.
                "metrics": bool(re.search(r"\bmetricsListen\(|\brunService\(named:", text)),
                "database": bool(re.search(r"\bdatabaseURL\(|\brunService\(named:", text)),
            }
        self.executables = sorted(self.services + list(self.consoles))
        # Each endpoint's default port (Endpoints.defaults: `KEY: "tcp://127.0.0.1:PORT"`).
        self.default_ports = {}
        for text in texts.values():
            defaults = re.search(r"static let defaults = Endpoints\((.*?)\n\s*\)", text, re.S)
            if defaults:
                self.default_ports = {k: int(p) for k, p in re.findall(r'(\w+):\s*"tcp://[^":]+:(\d+)"', defaults.group(1))}
        # The city (protocol 1.11): the types of the file that reads the configuration's `districts`
        # (CityDistricts, DistrictStream), the keys of a district entry, their defaults
        # (`intakeKey ?? "lead-intake-\(code)"`), and the commands that load them: the city's executables.
        self.district_keys, self.district_defaults, city_types = set(), {}, set()
        for text in texts.values():
            if re.search(r'\bfile\[\s*"districts"\s*\]', text):
                self.district_keys |= set(re.findall(r'\btext\(\s*"(\w+)"', text))
                self.district_defaults.update(re.findall(r'self\.(\w+) = \1 \?\? "([^"\\]*)\\\(code\)"', text))
                city_types |= set(re.findall(r"\b(?:enum|struct|class) (\w+)", text))
        self.city_executables = sorted(
            command.group(1) for text in texts.values()
            for command in [re.search(r'commandName:\s*"(lead-[a-z]+)"', text)]
            if command and command.group(1) in self.executables
            and any(re.search(rf"\b{t}\b", text) for t in city_types))
        self.district_executables = sorted(set(self.executables) - set(self.city_executables))
        # A district's `city` section (CityLink): its keys, lead-city's key name (serverKey's default),
        # and the district executables that read it (they connect to lead-city and need its .pub).
        self.city_link_keys, self.city_server_key = set(), "lead-city"
        for text in texts.values():
            if re.search(r'\bfile\[\s*"city"\s*\]', text):
                self.city_link_keys |= set(re.findall(r'\bfields\[\s*"(\w+)"\s*\]', text))
                default = re.search(r'\bserverKey:\s*String\s*=\s*"([^"]+)"', text)
                self.city_server_key = default.group(1) if default else self.city_server_key
        # A district intake's `registration` (protocol 1.11): the keys RegistrationFeed.rule reads and
        # the modes of RegistrationRule.Mode.
        self.registration_keys, self.registration_modes = set(), set()
        for text in texts.values():
            if re.search(r'\bfile\[\s*"registration"\s*\]', text):
                self.registration_keys |= set(re.findall(r'\btext\(\s*"(\w+)"\s*\)', text))
            modes = re.search(r"\bstruct RegistrationRule\b.*?\benum Mode: String[^{]*\{(.*?)\}", text, re.S)
            if modes:
                self.registration_modes = set(re.findall(r"\bcase (\w+)", modes.group(1)))
        self.city_link_readers = sorted(
            owner.group(1) for text in texts.values() if re.search(r"\bCityLink\.from\(", text)
            for owner in [re.search(r'(?:static let name = |commandName:\s*)"(lead-[a-z]+)"', text)] if owner)
        # lead-supervisor's `notifications` section: the keys of NotificationSettings and of its nested
        # Codable structs (Person, Email, Webhook, Retry), as Swift decodes them (it ignores other keys,
        # so a misspelt key would silently do nothing).
        self.notification_keys = {}
        for text in texts.values():
            if not re.search(r"\bstruct NotificationSettings\b", text):
                continue
            for match in re.finditer(r"\bstruct (\w+): Codable[^{]*\{", text):
                depth, i, body = 1, match.end(), []
                while depth and i < len(text):
                    depth += {"{": 1, "}": -1}.get(text[i], 0)
                    body.append(text[i])
                    i += 1
                own = re.sub(r"\bstruct \w+: Codable[^{]*\{.*?\n    \}", "", "".join(body), flags=re.S)
                self.notification_keys[match.group(1)] = set(re.findall(r"\bpublic var (\w+)\s*:", own))
        # GET routes that answer without a session (a probe can use them): the text from
        # `router.get("PATH")` to the next route does not call withSession.
        self.open_routes = set()
        for text in texts.values():
            for match in re.finditer(r'\brouter\.get\(\s*"([^"\\]+)"\s*\)', text):
                following = re.split(r"\brouter\.|\bRoutes\(", text[match.end():], maxsplit=1)[0]
                if "withSession" not in following:
                    self.open_routes.add(match.group(1))

    def serves_metrics(self, name):
        return name in self.services or self.consoles.get(name, {}).get("metrics", False)

    def reads_database_url(self, name):
        return name in self.services or self.consoles.get(name, {}).get("database", False)


# --------------------------------------------------------------------------------------------
# Results


class Report:
    def __init__(self, quiet=False):
        self.passed, self.failed, self.quiet = 0, [], quiet

    def check(self, ok, name, detail=""):
        if ok:
            self.passed += 1
            if not self.quiet:
                print(f"ok   {name}")
        else:
            self.failed.append(f"{name}: {detail}" if detail else name)
            if not self.quiet:
                print(f"FAIL {name}" + (f": {detail}" if detail else ""))
        return bool(ok)

    def note(self, text):
        if not self.quiet:
            print(f"note {text}")


# --------------------------------------------------------------------------------------------
# Kubernetes


def quantity(text):
    """A Kubernetes quantity in bytes (or cores for CPU), e.g. 256Mi, 1Gi, 500m, "1"."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T|m)?", str(text))
    if not match:
        return None
    factor = {None: 1, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "k": 1e3, "M": 1e6, "G": 1e9,
              "T": 1e12, "m": 1e-3}[match.group(2)]
    return float(match.group(1)) * factor


def endpoint_parts(text):
    match = re.fullmatch(r"tcp://(\[[^\]]+\]|[^:/\s]+):(\d+)", str(text))
    return (match.group(1), int(match.group(2))) if match else None


def load_k8s(directory):
    """{file name: [documents]} of one kustomization's directory (not its subdirectories: deploy/k8s/city
    is the city's own), or raises with the file named."""
    files = {}
    for path in sorted(list(directory.glob("*.yaml")) + list(directory.glob("*.yml"))):
        with path.open(encoding="utf-8") as handle:
            files[str(path.relative_to(directory))] = [doc for doc in yaml.safe_load_all(handle) if doc is not None]
    return files


def check_config_map(report, config_map, code, where=f"ConfigMap {CONFIG_MAP}"):
    text = (config_map.get("data") or {}).get(CONFIG_FILE)
    if not report.check(isinstance(text, str), f"{where}: {CONFIG_FILE} present"):
        return None
    try:
        config = json.loads(text)
    except json.JSONDecodeError as error:
        report.check(False, f"{where}: {CONFIG_FILE} parses", str(error))
        return None
    if not report.check(isinstance(config, dict), f"{where}: {CONFIG_FILE} is a JSON object"):
        return None
    unknown = sorted(set(config) - code.settings)
    report.check(not unknown, f"{where}: every key is a setting the code reads", f"unknown keys {unknown}")
    shared = sorted(set(config) & PER_SERVICE_SETTINGS)
    report.check(not shared, f"{where}: no per-service setting in the shared file",
                 f"{shared} would apply to every service; set them per Deployment")
    for key in ENDPOINT_KEYS:
        report.check(endpoint_parts(config.get(key)) is not None, f"{where}: {key} is tcp://HOST:PORT",
                     repr(config.get(key)))
    for key, value in config.items():
        if key in code.env_keys | code.pending and key not in code.flag_keys:
            report.check(isinstance(value, str), f"{where}: {key} is a string", repr(value))
    report.check(config.get("logLevel", "info") in LOG_LEVELS, f"{where}: logLevel is a known level",
                 repr(config.get("logLevel")))
    report.check(not config.get("insecurePlaintext"), f"{where}: CURVE is on (no insecurePlaintext)")
    for key in ("targets", "actuals"):
        check_figures(report, config, key, where)
    if "freezeFrom" in config:
        report.check(re.fullmatch(r"\d{4}-W\d{2}", str(config["freezeFrom"])), f"{where}: freezeFrom is an ISO week")
    if "freezeDelayMinutes" in config:
        report.check(isinstance(config["freezeDelayMinutes"], (int, float)), f"{where}: freezeDelayMinutes is a number")
    if "units" in config:
        check_units(report, config["units"], where)
    if "notifications" in config:
        check_notifications(report, config["notifications"], code, where)
    if "city" in config:
        check_city_link(report, config["city"], code, where)
    if "registration" in config:
        check_registration(report, config["registration"], code, where)
    return config


def check_registration(report, rule, code, where):
    """A district intake's `registration` (RegistrationFeed.rule): {"threshold": "10亿", "mode": "refuse"|"flag"}."""
    if not report.check(isinstance(rule, dict), f'{where}: registration is {{"threshold": …, "mode": …}}', repr(rule)):
        return
    unknown = sorted(set(rule) - code.registration_keys)
    report.check(not unknown, f"{where}: registration has only the keys the code reads "
                 f"({', '.join(sorted(code.registration_keys))})", f"unknown keys {unknown}")
    threshold = rule.get("threshold", "10亿")
    report.check(isinstance(threshold, str) and re.fullmatch(r"\d+(\.\d+)?(亿|万)?(元)?", threshold.strip()),
                 f"{where}: registration.threshold is an amount like 10亿", repr(threshold))
    report.check(rule.get("mode", "flag") in code.registration_modes,
                 f"{where}: registration.mode is one of {sorted(code.registration_modes)}", repr(rule.get("mode")))


def check_city_link(report, link, code, where):
    """A district lead-supervisor's `city` (CityLink): {"queries": "tcp://HOST:PORT", "district": "CODE",
    "serverKey": "lead-city"}, as the code reads it (it ignores other keys)."""
    if not report.check(isinstance(link, dict), f'{where}: city is {{"queries": …, "district": …}}', repr(link)):
        return
    unknown = sorted(set(link) - code.city_link_keys)
    report.check(not unknown, f"{where}: city has only the keys the code reads ({', '.join(sorted(code.city_link_keys))})",
                 f"unknown keys {unknown}")
    endpoint = endpoint_parts(link.get("queries"))
    report.check(endpoint and endpoint[0] not in WILDCARDS, f"{where}: city.queries is tcp://HOST:PORT of lead-city",
                 repr(link.get("queries")))
    report.check(isinstance(link.get("district"), str) and DISTRICT_CODE.fullmatch(link["district"]),
                 f"{where}: city.district is a district code (lower-case letters, digits, -)", repr(link.get("district")))
    report.check(isinstance(link.get("serverKey", "lead-city"), str) and link.get("serverKey", "lead-city"),
                 f"{where}: city.serverKey names a key", repr(link.get("serverKey")))


def check_figures(report, config, key, where):
    figures = config.get(key, {})
    good = isinstance(figures, dict) and all(
        re.fullmatch(r"\d{4}", year) and isinstance(value, dict) and isinstance(value.get("projects"), int)
        and isinstance(value.get("amount"), str) for year, value in figures.items())
    report.check(good, f'{where}: {key} is {{"YEAR": {{"projects": N, "amount": "…"}}}}', repr(figures))


def district_intake_keys(config, code):
    """The public keys (KEY.pub) lead-city needs, one per district of its configuration."""
    prefix = code.district_defaults.get("intakeKey", "lead-intake-")
    return [f"{d.get('intakeKey') or prefix + str(d.get('code'))}.pub"
            for d in (config or {}).get("districts") or [] if isinstance(d, dict)]


def check_city_config(report, text, code, where):
    """lead-city's configuration file: its `districts` as CityDistricts.load reads them (it refuses to
    start without one, with a code that is not lower-case letters, digits and -, or a code twice),
    the city's `targets`, and nothing a district's services read instead."""
    try:
        config = json.loads(text)
    except (json.JSONDecodeError, TypeError) as error:
        report.check(False, f"{where}: parses", str(error))
        return None
    if not report.check(isinstance(config, dict), f"{where}: is a JSON object"):
        return None
    report.check(CITY_SETTINGS <= code.settings, "code: lead-city's settings are settings the code reads",
                 f"not read: {sorted(CITY_SETTINGS - code.settings)}")
    unknown = sorted(set(config) - CITY_SETTINGS)
    report.check(not unknown, f"{where}: every key is one lead-city reads ({', '.join(sorted(CITY_SETTINGS))})",
                 f"unknown or a district's keys {unknown}; the districts' endpoints go in `districts`")
    for key in set(config) & (code.env_keys | code.pending) - code.flag_keys:
        report.check(isinstance(config[key], str), f"{where}: {key} is a string", repr(config[key]))
    report.check(config.get("logLevel", "info") in LOG_LEVELS, f"{where}: logLevel is a known level",
                 repr(config.get("logLevel")))
    report.check(not config.get("insecurePlaintext"), f"{where}: CURVE is on (no insecurePlaintext)")
    report.check(endpoint_parts(config.get("cityQueries")) is not None, f"{where}: cityQueries is tcp://HOST:PORT",
                 repr(config.get("cityQueries")))
    check_figures(report, config, "targets", where)
    districts = config.get("districts")
    if not report.check(isinstance(districts, list) and districts and all(isinstance(d, dict) for d in districts),
                        f"{where}: districts is a non-empty list of objects (lead-city refuses to start without)",
                        repr(districts)):
        return config
    for index, district in enumerate(districts):
        label = f"{where}: districts[{index}]"
        unknown = sorted(set(district) - code.district_keys)
        report.check(not unknown, f"{label} has only the keys the code reads ({', '.join(sorted(code.district_keys))})",
                     f"unknown keys {unknown}")
        report.check(isinstance(district.get("code"), str) and DISTRICT_CODE.fullmatch(district["code"]),
                     f"{label}: code is lower-case letters, digits and - (1–40)", repr(district.get("code")))
        report.check(isinstance(district.get("name"), str) and district["name"].strip(), f"{label}: name is given",
                     repr(district.get("name")))
        for key in ("intakeCommands", "intakeEvents"):
            endpoint = endpoint_parts(district.get(key))
            report.check(endpoint and endpoint[0] not in WILDCARDS,
                         f"{label}: {key}, which lead-city connects to, is tcp://HOST:PORT naming a host",
                         repr(district.get(key)))
        for key in ("intakeKey", "supervisorIdentity"):
            if key in district:
                report.check(isinstance(district[key], str) and re.fullmatch(r"[^\s/]{1,64}", district[key]),
                             f"{label}: {key} is a key name", repr(district[key]))
    for key, what in (("code", "codes"), ("intakeCommands", "intakes"), ("intakeEvents", "intakes' event endpoints")):
        values = [d.get(key) for d in districts]
        report.check(len(values) == len(set(map(str, values))), f"{where}: the districts' {what} are distinct",
                     repr(values))
    for key, prefix in sorted(code.district_defaults.items()):
        values = [d.get(key) or prefix + str(d.get("code")) for d in districts]
        report.check(len(values) == len(set(values)), f"{where}: the districts' {key} values are distinct",
                     f"{values}: one key would stand for two districts")
    return config


def host_port(text):
    """NotificationSettings' HostPort: `HOST:PORT`, a non-empty host and a port 1–65535, or None."""
    if not isinstance(text, str) or ":" not in text:
        return None
    host, _, port = text.rpartition(":")
    return (host, int(port)) if host and port.isdigit() and 0 < int(port) < 65536 else None


def webhook_url(text):
    """NotificationSettings' WebhookURL: `http://HOST[:PORT]/PATH` (no https: a relay does TLS)."""
    if not isinstance(text, str) or not text.startswith("http://"):
        return None
    authority = text[len("http://"):].split("/", 1)[0]
    if host_port(authority):
        return authority
    return authority if authority and ":" not in authority else None


def check_units(report, units, where):
    """lead-supervisor's `units` (SupervisorSettings.units): {"unit": ["identity", …]}, as the code reads it."""
    good = isinstance(units, dict) and all(
        isinstance(members, list) and all(isinstance(m, str) and m for m in members) for members in units.values())
    report.check(good, f'{where}: units is {{"unit name": ["identity", …]}}', repr(units))
    if good:
        spaced = sorted(m for members in units.values() for m in members if re.search(r"\s", m) or len(m) > 64)
        report.check(not spaced, f"{where}: units list identities (1–64 characters, no whitespace)", repr(spaced))


def check_notifications(report, section, code, where):
    """lead-supervisor's `notifications` (NotificationSettings): only the keys its Codable types read, and
    what NotificationSettings.check() refuses at start."""
    keys = code.notification_keys
    if not report.check(all(k in keys for k in ("NotificationSettings", "Person", "Email", "Webhook", "Retry")),
                        "code: the notifications settings are found", repr(sorted(keys))):
        return
    if not report.check(isinstance(section, dict), f"{where}: notifications is an object", repr(section)):
        return

    def known(value, struct, path):
        if not report.check(isinstance(value, dict), f"{where}: {path} is an object", repr(value)):
            return False
        unknown = sorted(set(value) - keys[struct])
        return report.check(not unknown, f"{where}: {path} has only the keys the code reads ({', '.join(sorted(keys[struct]))})",
                            f"unknown keys {unknown}")

    if not known(section, "NotificationSettings", "notifications"):
        return
    people = section.get("people", {})
    if isinstance(people, dict):
        for identity, person in people.items():
            if known(person, "Person", f"notifications.people.{identity}"):
                email = person.get("email")
                report.check(email is None or (isinstance(email, str) and "@" in email),
                             f"{where}: notifications.people.{identity}.email is an address", repr(email))
                report.check(isinstance(person.get("name", ""), str), f"{where}: notifications.people.{identity}.name is text")
        names = [p.get("name") for p in people.values() if isinstance(p, dict) and p.get("name")]
        report.check(len(names) == len(set(names)), f"{where}: notifications.people names are unique",
                     "a recipient written by name (a 包联领导) would go to any one of them")
    else:
        report.check(False, f"{where}: notifications.people is an object", repr(people))
    if "email" in section and known(section["email"], "Email", "notifications.email"):
        email = section["email"]
        report.check(host_port(email.get("smtp")) is not None, f"{where}: notifications.email.smtp is HOST:PORT",
                     repr(email.get("smtp")))
        report.check(isinstance(email.get("from"), str) and "@" in email["from"],
                     f"{where}: notifications.email.from is an address", repr(email.get("from")))
    if "webhook" in section and known(section["webhook"], "Webhook", "notifications.webhook"):
        webhook = section["webhook"]
        report.check(webhook_url(webhook.get("url")) is not None,
                     f"{where}: notifications.webhook.url is http://HOST[:PORT]/PATH", repr(webhook.get("url")))
        report.check(webhook.get("style", "wecom") in ("wecom", "dingtalk"),
                     f"{where}: notifications.webhook.style is wecom or dingtalk", repr(webhook.get("style")))
    if "retry" in section and known(section["retry"], "Retry", "notifications.retry"):
        first, most = section["retry"].get("firstSeconds", 1), section["retry"].get("maxSeconds", 300)
        numbers = all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (first, most))
        report.check(numbers and first > 0 and most >= first,
                     f"{where}: notifications.retry has firstSeconds > 0 and maxSeconds ≥ firstSeconds",
                     repr(section["retry"]))


def volume_kind(volume):
    for kind in ("persistentVolumeClaim", "secret", "projected", "emptyDir", "configMap"):
        if kind in volume:
            return kind
    return None


def secret_files(volume):
    """(secret names, file names, default mode, item modes) of a secret or projected volume."""
    names, files, modes = [], [], []
    if "secret" in volume:
        source = volume["secret"]
        names.append(source.get("secretName"))
        files += [item.get("path") for item in source.get("items", [])]
        modes += [item["mode"] for item in source.get("items", []) if "mode" in item]
        return names, files, source.get("defaultMode"), modes
    projected = volume.get("projected", {})
    for source in projected.get("sources", []):
        if "secret" not in source:
            continue
        names.append(source["secret"].get("name"))
        files += [item.get("path") for item in source["secret"].get("items", [])]
        modes += [item["mode"] for item in source["secret"].get("items", []) if "mode" in item]
    return names, files, projected.get("defaultMode"), modes


def check_container_security(report, where, container, pod_security):
    security = container.get("securityContext") or {}
    report.check(security.get("allowPrivilegeEscalation") is False, f"{where}: allowPrivilegeEscalation false")
    report.check(security.get("readOnlyRootFilesystem") is True, f"{where}: readOnlyRootFilesystem")
    report.check(security.get("runAsNonRoot", pod_security.get("runAsNonRoot")) is True, f"{where}: runAsNonRoot")
    report.check(not security.get("privileged"), f"{where}: not privileged")
    capabilities = security.get("capabilities") or {}
    report.check("ALL" in (capabilities.get("drop") or []) and not capabilities.get("add"),
                 f"{where}: drops ALL capabilities, adds none", repr(capabilities))
    seccomp = (security.get("seccompProfile") or pod_security.get("seccompProfile") or {}).get("type")
    report.check(seccomp == "RuntimeDefault", f"{where}: seccomp RuntimeDefault", repr(seccomp))
    resources = container.get("resources") or {}
    limits, requests = resources.get("limits") or {}, resources.get("requests") or {}
    memory = quantity(limits.get("memory"))
    report.check(memory is not None and memory <= MEMORY_LIMIT, f"{where}: memory limit ≤ 256Mi",
                 repr(limits.get("memory")))
    report.check("cpu" in limits and "cpu" in requests and "memory" in requests,
                 f"{where}: cpu and memory requests, cpu limit", repr(resources))
    for resource in ("cpu", "memory"):
        if resource in limits and resource in requests:
            report.check(quantity(requests[resource]) <= quantity(limits[resource]),
                         f"{where}: {resource} request ≤ limit")
    image = str(container.get("image", ""))
    report.check(image.split(":")[0] == IMAGE and ":" in image, f"{where}: image {IMAGE}:TAG", image)


def check_deployment(report, name, deployment, service, pvcs, config, code, guide, config_map=CONFIG_MAP,
                     config_file=CONFIG_FILE, extra_keys=()):
    """`extra_keys`: .pub files it needs beyond those its code names (lead-city: each district's intake)."""
    where = f"Deployment {name}"
    spec = deployment.get("spec") or {}
    report.check(spec.get("replicas") == 1, f"{where}: exactly 1 replica", f"replicas {spec.get('replicas')!r}")
    strategy = spec.get("strategy") or {}
    report.check(strategy.get("type") == "Recreate" and "rollingUpdate" not in strategy,
                 f"{where}: strategy Recreate (never two at once)", repr(strategy))
    template = spec.get("template") or {}
    labels = (template.get("metadata") or {}).get("labels") or {}
    match_labels = (spec.get("selector") or {}).get("matchLabels") or {}
    report.check(match_labels and match_labels.items() <= labels.items(), f"{where}: selector matches pod labels")
    pod = template.get("spec") or {}
    pod_security = pod.get("securityContext") or {}
    report.check(pod_security.get("runAsNonRoot") is True, f"{where}: pod runAsNonRoot")
    report.check(isinstance(pod_security.get("fsGroup"), int), f"{where}: pod fsGroup (writable PVC, readable keys)")
    report.check(pod.get("automountServiceAccountToken") is False, f"{where}: no service account token")
    containers = pod.get("containers") or []
    init_containers = pod.get("initContainers") or []
    if not report.check(len(containers) == 1, f"{where}: one container", f"{len(containers)} containers"):
        return
    main = containers[0]
    for container in init_containers + containers:
        check_container_security(report, f"{where}/{container.get('name')}", container, pod_security)
    command = main.get("command") or main.get("args") or []
    report.check(command and pathlib.PurePosixPath(command[0]).name == name, f"{where}: runs {name}", repr(command))
    arguments = [str(a) for a in (main.get("command") or []) + (main.get("args") or [])]
    report.check(not any(a.startswith("--test-clock-file") for a in arguments),
                 f"{where}: no --test-clock-file (it moves the service's clock: tests only)", repr(arguments))

    volumes = {volume.get("name"): volume for volume in pod.get("volumes") or []}
    mounts = {mount.get("mountPath"): mount for mount in main.get("volumeMounts") or []}
    mount_of = {mount.get("name"): mount for mount in main.get("volumeMounts") or []}
    report.check(all(m.get("name") in volumes for c in init_containers + containers for m in c.get("volumeMounts") or []),
                 f"{where}: every volume mount names a volume")
    tmp = mounts.get("/tmp")
    report.check(tmp and volume_kind(volumes.get(tmp.get("name"), {})) == "emptyDir",
                 f"{where}: writable /tmp (emptyDir) under the read-only root")

    # Environment
    env = main.get("env") or []
    names = [item.get("name") for item in env]
    report.check(len(names) == len(set(names)), f"{where}: no variable set twice")
    unknown = sorted(n for n in names if n not in code.env_names)
    report.check(not unknown, f"{where}: every variable is one the code reads", f"unknown {unknown}")
    report.check(not main.get("envFrom"), f"{where}: no envFrom (every variable named)")
    values = {item.get("name"): item.get("value") for item in env}

    config_path = values.get("LEADTRACKER_CONFIG", "")
    config_mount = mounts.get(str(pathlib.PurePosixPath(config_path).parent))
    config_volume = volumes.get(config_mount.get("name")) if config_mount else None
    report.check(config_volume and (config_volume.get("configMap") or {}).get("name") == config_map
                 and pathlib.PurePosixPath(config_path).name == config_file,
                 f"{where}: LEADTRACKER_CONFIG is {config_file} of ConfigMap {config_map}", config_path)

    data_mount = mounts.get(values.get("LEADTRACKER_DATA_DIR"))
    data_volume = volumes.get(data_mount.get("name"), {}) if data_mount else {}
    claim = (data_volume.get("persistentVolumeClaim") or {}).get("claimName")
    report.check(claim is not None and not data_mount.get("readOnly"),
                 f"{where}: LEADTRACKER_DATA_DIR is a writable PVC mount", repr(values.get("LEADTRACKER_DATA_DIR")))
    pvc = pvcs.get(claim)
    report.check(pvc is not None, f"{where}: its PVC {claim} is defined")
    if pvc:
        pvc_spec = pvc.get("spec") or {}
        report.check("ReadWriteOnce" in (pvc_spec.get("accessModes") or [])
                     and quantity(((pvc_spec.get("resources") or {}).get("requests") or {}).get("storage")),
                     f"PersistentVolumeClaim {claim}: ReadWriteOnce with a storage request")

    # Keys: a Secret volume (0400) read only by an init container, copied into a memory volume that
    # the service reads at LEADTRACKER_KEYS_DIR.
    keys_dir = values.get("LEADTRACKER_KEYS_DIR") or (config or {}).get("keysDir")
    keys_mount = mounts.get(keys_dir)
    keys_volume = volumes.get(keys_mount.get("name"), {}) if keys_mount else {}
    report.check(keys_mount and keys_mount.get("readOnly") and volume_kind(keys_volume) == "emptyDir"
                 and (keys_volume.get("emptyDir") or {}).get("medium") == "Memory",
                 f"{where}: keys dir {keys_dir} is a read-only mount of a memory emptyDir",
                 "the services refuse key files from a Secret volume (group-readable under fsGroup)")
    secret_volumes = [v for v in volumes.values() if secret_files(v)[0] and volume_kind(v) in ("secret", "projected")]
    report.check(len(secret_volumes) == 1, f"{where}: one CURVE keys Secret volume", f"{len(secret_volumes)}")
    for volume in secret_volumes:
        secrets, files, default_mode, item_modes = secret_files(volume)
        vname = f"{where}: keys volume {volume.get('name')}"
        report.check(default_mode == 0o400 and all(mode & 0o077 == 0 for mode in item_modes),
                     f"{vname}: defaultMode 0400", repr(default_mode))
        expected = {f"{key_name(name, code)}.key"} | {f"{peer}.pub" for peer in peers_of(name, code)} | set(extra_keys)
        city_key = f"{code.city_server_key}.pub"
        if name in code.city_link_readers and name not in code.city_executables:
            # (1.11) With `city` in the configuration it connects to lead-city: its key, from a Secret
            # that is optional, since a district outside a city has none.
            expected.add(city_key)
            sources = [source["secret"] for source in (volume.get("projected") or {}).get("sources", [])
                       if "secret" in source and any(i.get("path") == city_key for i in source["secret"].get("items", []))]
            report.check(sources and all(source.get("optional") is True for source in sources),
                         f"{vname}: {city_key} from an optional Secret (a district outside a city has none)",
                         repr(sources))
        if name in code.services:  # who may connect to it; nobody connects to the console over ZeroMQ
            expected.add("authorized_keys")
        report.check(set(files) == expected, f"{vname}: holds {sorted(expected)}", f"holds {sorted(files)}")
        report.check(volume.get("name") not in mount_of, f"{vname}: not mounted into the service itself",
                     "the service would refuse the group-readable key file; copy it with an init container")
        copier = [c for c in init_containers
                  if {m.get("name") for m in c.get("volumeMounts") or []} >= {volume.get("name"), keys_mount and keys_mount.get("name")}]
        report.check(copier, f"{vname}: an init container copies it into the keys dir")
        for secret in secrets:
            report.check(secret and secret in guide, f"{vname}: Secret {secret} is explained in OPERATIONS.md")

    # Database: a password never sits in a manifest; and no URL for a program that ignores it.
    database = next((item for item in env if item.get("name") == "LEADTRACKER_DATABASE_URL"), None)
    if code.reads_database_url(name):
        ref = ((database or {}).get("valueFrom") or {}).get("secretKeyRef") or {}
        report.check(database and "value" not in database and ref.get("optional") is True
                     and (ref.get("name") or "\0") in guide,
                     f"{where}: LEADTRACKER_DATABASE_URL from an optional Secret key (else SQLite)", repr(database))
    else:
        report.check(database is None, f"{where}: no LEADTRACKER_DATABASE_URL (its code keeps SQLite and ignores it)",
                     repr(database))

    # Ports, endpoints, probes
    ports = {p.get("name"): p.get("containerPort") for p in main.get("ports") or []}
    port_numbers = set(ports.values())
    report.check(all(ports) and len(port_numbers) == len(ports), f"{where}: container ports are named and distinct")
    if name in code.consoles:
        check_console_endpoints(report, where, name, main, values, ports, config, code)
    else:
        check_service_endpoints(report, where, name, main, values, ports, config, code)
    check_metrics(report, where, name, values, ports, template, code)
    check_service(report, name, service, labels, ports)


def check_service_endpoints(report, where, name, main, values, ports, config, code):
    """A ZeroMQ service binds its endpoints on a wildcard address; TCP probes on them."""
    port_numbers = set(ports.values())
    bound = code.binds.get(name, [])
    for key in bound:
        var = environment_name(key)
        endpoint = endpoint_parts(values.get(var))
        configured = endpoint_parts((config or {}).get(key))
        report.check(endpoint and endpoint[0] in ("0.0.0.0", "*") and configured and endpoint[1] == configured[1]
                     and endpoint[1] in port_numbers,
                     f"{where}: binds {key} on tcp://0.0.0.0:PORT ({var}), the configured port",
                     f"{var}={values.get(var)!r}, config {((config or {}).get(key))!r}; libzmq cannot bind a DNS name")
        report.check(configured and configured[1] == code.default_ports.get(key),
                     f"{where}: {key} on its default port {code.default_ports.get(key)} (Endpoints.defaults)",
                     repr((config or {}).get(key)))
    for key in ENDPOINT_KEYS:
        if key not in bound and environment_name(key) in values:
            endpoint = endpoint_parts(values[environment_name(key)])
            report.check(endpoint and endpoint[0] not in ("0.0.0.0", "*"),
                         f"{where}: {key}, which it connects to, names a host", repr(values[environment_name(key)]))
    bound_ports = {endpoint_parts((config or {}).get(k))[1] for k in bound if endpoint_parts((config or {}).get(k))}
    for probe in ("readinessProbe", "livenessProbe"):
        tcp = (main.get(probe) or {}).get("tcpSocket") or {}
        port = ports.get(tcp.get("port"), tcp.get("port"))
        report.check(port in bound_ports, f"{where}: {probe} is a TCP probe on a port it binds", repr(tcp))


def listen_parts(text):
    """(host, port) of a --listen value as LeadWebCommand parses it: split at ":" into exactly two
    parts, the second an integer (so no IPv6 literal), else None."""
    parts = str(text).split(":")
    return (parts[0], int(parts[1])) if len(parts) == 2 and parts[1].isdigit() else None


def check_console_endpoints(report, where, name, main, values, ports, config, code):
    """The console serves HTTP on its listen setting and connects to the services' endpoints."""
    console = code.consoles[name]
    var = environment_name(console["listen"])
    listen = listen_parts(values.get(var, (config or {}).get(console["listen"], console["default"])))
    report.check(listen and listen[0] == "0.0.0.0" and listen[1] in ports.values(),
                 f"{where}: serves HTTP on 0.0.0.0:PORT ({var}), a container port",
                 f"{var}={values.get(var)!r}, container ports {ports}; on loopback the Service cannot reach it")
    secure = str(values.get("LEADTRACKER_SECURE_COOKIES", "")).lower() in ("1", "true")
    report.check(secure or (listen and listen[0] not in LOOPBACK),
                 f"{where}: cookies Secure (TLS at the ingress)", "LEADTRACKER_SECURE_COOKIES not 1 on loopback")
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        if probe == "startupProbe" and probe not in main:
            continue
        http = (main.get(probe) or {}).get("httpGet") or {}
        port = ports.get(http.get("port"), http.get("port"))
        report.check(listen and port == listen[1] and http.get("path") in code.open_routes,
                     f"{where}: {probe} is an httpGet probe of a page served without a session, on the port it serves",
                     f"{http or main.get(probe)!r}; pages without a session: {sorted(code.open_routes)}")
    # It binds no ZeroMQ endpoint: an endpoint it is given is one it connects to, at a host name.
    for key in ENDPOINT_KEYS:
        if key in console["connects"] or environment_name(key) in values:
            text = values.get(environment_name(key), (config or {}).get(key))
            endpoint = endpoint_parts(text)
            report.check(endpoint and endpoint[0] not in WILDCARDS,
                         f"{where}: {key}, which it connects to, names a host", repr(text))


def check_metrics(report, where, name, values, ports, template, code):
    metrics = endpoint_parts("tcp://" + str(values.get("LEADTRACKER_METRICS_LISTEN")))
    annotations = (template.get("metadata") or {}).get("annotations") or {}
    if not code.serves_metrics(name):
        report.check("LEADTRACKER_METRICS_LISTEN" not in values and "metrics" not in ports
                     and not any(a.startswith("prometheus.io/") for a in annotations),
                     f"{where}: no metrics variable, port or scrape annotation (it serves no metrics)",
                     f"env {values.get('LEADTRACKER_METRICS_LISTEN')!r}, ports {ports}, annotations {annotations}")
        return
    report.check(metrics and metrics[0] in WILDCARDS and ports.get("metrics") == metrics[1],
                 f"{where}: LEADTRACKER_METRICS_LISTEN on its metrics port", repr(values.get("LEADTRACKER_METRICS_LISTEN")))
    report.check(annotations.get("prometheus.io/scrape") == "true"
                 and annotations.get("prometheus.io/port") == str(ports.get("metrics"))
                 and annotations.get("prometheus.io/path") == "/metrics",
                 f"{where}: Prometheus scrape annotations match the metrics port", repr(annotations))


def check_service(report, name, service, labels, ports):
    """Its ClusterIP Service: the pod's labels, exactly the container's ports."""
    port_numbers = set(ports.values())
    if not report.check(service is not None, f"Service {name} exists"):
        return
    service_spec = service.get("spec") or {}
    report.check(service_spec.get("type", "ClusterIP") == "ClusterIP", f"Service {name}: ClusterIP")
    selector = service_spec.get("selector") or {}
    report.check(selector and selector.items() <= labels.items(), f"Service {name}: selector matches the pod labels",
                 repr(selector))
    service_ports = service_spec.get("ports") or []
    for port in service_ports:
        target = port.get("targetPort", port.get("port"))
        number = ports.get(target, target)
        report.check(number in port_numbers and port.get("port") == number,
                     f"Service {name}: port {port.get('name')} {port.get('port')} → container port {target}",
                     f"container ports {ports}")
    exposed = {ports.get(p.get("targetPort"), p.get("targetPort", p.get("port"))) for p in service_ports}
    report.check(port_numbers <= exposed, f"Service {name}: exposes every container port",
                 f"missing {sorted(port_numbers - exposed)}")


def peers_of(name, code):
    """The services `name` connects to (their .pub files), from the endpoints its code connects to."""
    owners = {key: service for service, keys in code.binds.items() for key in keys}
    connects = code.consoles[name]["connects"] if name in code.consoles else code.connects.get(name, [])
    return sorted({owners[key] for key in connects if key in owners})


def key_name(name, code):
    """The key pair's name in the keys directory: the service's name, or the console's --key default."""
    return code.consoles[name]["key"] if name in code.consoles else name


def check_manifests(report, files, prefix, namespace):
    """What every kustomization here has: named documents in its namespace, the Namespace, no Secret,
    a kustomization.yaml listing exactly its files and setting the image. Returns {kind: {name: doc}}."""
    documents = [(file, doc) for file, docs in files.items() for doc in docs]
    for file, doc in documents:
        report.check(isinstance(doc, dict) and doc.get("apiVersion") and doc.get("kind")
                     and (doc.get("kind") == "Kustomization" or (doc.get("metadata") or {}).get("name")),
                     f"{prefix}/{file}: {doc.get('kind') if isinstance(doc, dict) else '?'} has apiVersion, kind, name")
    objects = [(file, doc) for file, doc in documents if isinstance(doc, dict) and doc.get("kind") != "Kustomization"]
    for file, doc in objects:
        if doc.get("kind") in NAMESPACED_KINDS:
            report.check((doc.get("metadata") or {}).get("namespace") == namespace,
                         f"{prefix}/{file}: {doc['kind']} {doc['metadata'].get('name')} in namespace {namespace}")
    report.check(any(d.get("kind") == "Namespace" and d["metadata"].get("name") == namespace for _, d in objects),
                 f"{prefix}: Namespace {namespace} is defined")
    report.check(not any(d.get("kind") == "Secret" for _, d in objects), f"{prefix}: no Secret committed (keys, passwords)")

    kustomizations = [(file, doc) for file, doc in documents if isinstance(doc, dict) and doc.get("kind") == "Kustomization"]
    if report.check(len(kustomizations) == 1, f"{prefix}: one kustomization.yaml"):
        file, kustomization = kustomizations[0]
        listed = set(kustomization.get("resources") or [])
        others = {f for f in files if f != file}
        report.check(listed == others, f"{prefix}/kustomization.yaml lists every manifest, and only those",
                     f"listed {sorted(listed)}, files {sorted(others)}")
        images = {i.get("name") for i in kustomization.get("images") or [] if isinstance(i, dict)}
        report.check(IMAGE in images, f"{prefix}/kustomization.yaml sets the {IMAGE} image")
        report.check(kustomization.get("namespace") == namespace, f"{prefix}/kustomization.yaml: namespace {namespace}",
                     repr(kustomization.get("namespace")))

    by_kind = {}
    for _, doc in objects:
        by_kind.setdefault(doc.get("kind"), {})[(doc.get("metadata") or {}).get("name")] = doc
    return by_kind


def check_k8s(report, files, code, guide):
    """deploy/k8s: a district's stack (lead-city is not part of it: deploy/k8s/city)."""
    by_kind = check_manifests(report, files, "k8s", NAMESPACE)
    config_map = by_kind.get("ConfigMap", {}).get(CONFIG_MAP)
    config = None
    if report.check(config_map is not None, f"k8s: ConfigMap {CONFIG_MAP} is defined"):
        config = check_config_map(report, config_map, code)
    deployments = by_kind.get("Deployment", {})
    services = by_kind.get("Service", {})
    report.check(set(deployments) == set(code.district_executables),
                 "k8s: a Deployment for each service and console of the code, of a district (lead-city: deploy/k8s/city)",
                 f"deployments {sorted(deployments)}, a district's executables {code.district_executables}")
    for name in code.district_executables:
        if name in deployments:
            check_deployment(report, name, deployments[name], services.get(name),
                             by_kind.get("PersistentVolumeClaim", {}), config, code, guide)
    # The console connects to the services' endpoints (its own override, else the ConfigMap's):
    # a Service of the service that binds it, with that port.
    for name in code.consoles:
        container = ((((deployments.get(name) or {}).get("spec") or {}).get("template") or {}).get("spec") or {})
        env = {e.get("name"): e.get("value") for e in ((container.get("containers") or [{}])[0].get("env") or [])}
        for key in code.consoles[name]["connects"]:
            text = env.get(environment_name(key)) or (config or {}).get(key)
            endpoint = endpoint_parts(text)
            owner = next((s for s, keys in code.binds.items() if key in keys), None)
            service = services.get(endpoint[0].split(".")[0]) if endpoint else None
            service_ports = {p.get("port") for p in ((service or {}).get("spec") or {}).get("ports") or []}
            report.check(endpoint and endpoint[0].split(".")[0] == owner and endpoint[1] in service_ports,
                         f"k8s: {name} connects to {key} {text} at Service {owner}",
                         f"Service ports {sorted(service_ports)}")
    # Clients connect to each configured endpoint: a Service with that name and port.
    for key in ENDPOINT_KEYS:
        endpoint = endpoint_parts((config or {}).get(key))
        if not endpoint:
            continue
        host, port = endpoint
        service = services.get(host.split(".")[0])
        service_ports = {p.get("port") for p in ((service or {}).get("spec") or {}).get("ports") or []}
        owner = next((s for s, keys in code.binds.items() if key in keys), None)
        report.check(service is not None and port in service_ports and host.split(".")[0] == owner,
                     f"k8s: {key} {config[key]} is Service {owner} port {port}")


def check_city_k8s(report, files, code, guide):
    """deploy/k8s/city: the city's lead-city alone, in its own namespace, with its own ConfigMap (its
    districts) and a keys Secret holding each district intake's public key."""
    by_kind = check_manifests(report, files, "k8s/city", CITY_NAMESPACE)
    config_map = by_kind.get("ConfigMap", {}).get(CITY_CONFIG_MAP)
    config = None
    where = f"k8s/city: ConfigMap {CITY_CONFIG_MAP}"
    if report.check(config_map is not None, f"{where} is defined"):
        config = check_city_config(report, (config_map.get("data") or {}).get(CITY_CONFIG_FILE), code,
                                   f"{where}: {CITY_CONFIG_FILE}")
    deployments = by_kind.get("Deployment", {})
    services = by_kind.get("Service", {})
    report.check(set(deployments) == set(code.city_executables), "k8s/city: a Deployment for each of the city's services",
                 f"deployments {sorted(deployments)}, the city's executables {code.city_executables}")
    for name in code.city_executables:
        if name in deployments:
            check_deployment(report, name, deployments[name], services.get(name),
                             by_kind.get("PersistentVolumeClaim", {}), config, code, guide, config_map=CITY_CONFIG_MAP,
                             config_file=CITY_CONFIG_FILE, extra_keys=district_intake_keys(config, code))
    # The city's leadctl and the districts' lead-supervisors connect to cityQueries: a Service with that port.
    for name in code.city_executables:
        for key in code.binds.get(name, []):
            endpoint = endpoint_parts((config or {}).get(key))
            service = services.get(endpoint[0].split(".")[0]) if endpoint else None
            service_ports = {p.get("port") for p in ((service or {}).get("spec") or {}).get("ports") or []}
            report.check(endpoint and endpoint[0].split(".")[0] == name and endpoint[1] in service_ports,
                         f"k8s/city: {key} {(config or {}).get(key)} is Service {name} port "
                         f"{endpoint[1] if endpoint else '?'}", f"Service ports {sorted(service_ports)}")


def kubectl_build(report, directory, files):
    kubectl = shutil.which("kubectl")
    if not kubectl:
        report.note("kubectl not installed: `kubectl kustomize` skipped")
        return
    label = f"kubectl kustomize {directory.relative_to(ROOT)}"
    try:
        result = subprocess.run([kubectl, "kustomize", str(directory)], capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        report.check(False, label, "timed out")
        return
    if not report.check(result.returncode == 0, f"{label} builds", result.stderr.strip()[-500:]):
        return
    built = sorted((d["kind"], d["metadata"]["name"]) for d in yaml.safe_load_all(result.stdout) if d)
    expected = sorted((d["kind"], d["metadata"]["name"]) for docs in files.values() for d in docs
                      if d.get("kind") != "Kustomization")
    report.check(built == expected, f"{label} yields every object", f"{built} vs {expected}")
    if directory == K8S:
        report.note("`kubectl apply --dry-run=client` skipped: it needs an API server even in client mode")


# --------------------------------------------------------------------------------------------
# systemd


def parse_unit(text):
    """{section: {key: [values]}} of a unit file (repeated keys kept in order)."""
    sections, section = {}, None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = sections.setdefault(line[1:-1], {})
        elif "=" in line and section is not None:
            key, value = line.split("=", 1)
            section.setdefault(key.strip(), []).append(value.strip())
    return sections


def last(unit, section, key):
    values = unit.get(section, {}).get(key)
    return values[-1] if values else None


def check_unit(report, name, unit, code, user, target=DISTRICT_TARGET):
    where = f"systemd/{name}.service"
    service = unit.get("Service", {})
    report.check(last(unit, "Service", "User") == user and last(unit, "Service", "Group") == user,
                 f"{where}: User= and Group= {user} (from leadtracker.sysusers)", repr(service.get("User")))
    report.check(last(unit, "Service", "ProtectSystem") == "strict", f"{where}: ProtectSystem=strict")
    report.check(last(unit, "Service", "Restart") in ("on-failure", "always"), f"{where}: Restart=on-failure")
    report.check(last(unit, "Unit", "StartLimitBurst") and last(unit, "Unit", "StartLimitIntervalSec"),
                 f"{where}: StartLimitIntervalSec/StartLimitBurst in [Unit]")
    for key, wanted in (("NoNewPrivileges", "yes"), ("PrivateTmp", "yes"), ("PrivateDevices", "yes"),
                        ("ProtectHome", "yes"), ("ProtectKernelTunables", "yes"), ("ProtectKernelModules", "yes"),
                        ("ProtectKernelLogs", "yes"), ("ProtectControlGroups", "yes"), ("ProtectClock", "yes"),
                        ("ProtectHostname", "yes"), ("ProtectProc", "invisible"), ("LockPersonality", "yes"),
                        ("MemoryDenyWriteExecute", "yes"), ("RestrictNamespaces", "yes"), ("RestrictRealtime", "yes"),
                        ("RestrictSUIDSGID", "yes"), ("SystemCallArchitectures", "native"), ("UMask", "0077"),
                        ("CapabilityBoundingSet", ""), ("AmbientCapabilities", "")):
        report.check(last(unit, "Service", key) == wanted, f"{where}: {key}={wanted}", repr(last(unit, "Service", key)))
    report.check("@system-service" in service.get("SystemCallFilter", []), f"{where}: SystemCallFilter=@system-service")
    families = set(" ".join(service.get("RestrictAddressFamilies", [])).split())
    report.check({"AF_INET", "AF_INET6", "AF_UNIX", "AF_NETLINK"} <= families and not any(f.startswith("~") for f in families),
                 f"{where}: RestrictAddressFamilies allows TCP and AF_NETLINK (libzmq's getifaddrs when binding)",
                 repr(sorted(families)))
    exec_start = (last(unit, "Service", "ExecStart") or "").split()
    report.check(exec_start and pathlib.PurePosixPath(exec_start[0].lstrip("-@:+!")).name == name,
                 f"{where}: ExecStart runs {name}", repr(exec_start))
    report.check(not any(a.startswith("--test-clock-file") for a in exec_start),
                 f"{where}: no --test-clock-file (it moves the service's clock: tests only)", repr(exec_start))
    data_dir = exec_start[exec_start.index("--data-dir") + 1] if "--data-dir" in exec_start[:-1] else None
    state = ["/var/lib/" + d for v in service.get("StateDirectory", []) for d in v.split()]
    writable = [p.lstrip("-") for v in service.get("ReadWritePaths", []) for p in v.split()]
    report.check(data_dir and (data_dir in state or any(data_dir.startswith(p.rstrip("/") + "/") for p in writable)),
                 f"{where}: --data-dir is its StateDirectory", f"--data-dir {data_dir!r}, StateDirectory {state}")
    names = [v.split("=", 1)[0] for value in service.get("Environment", []) for v in value.split()]
    unknown = sorted(n for n in names if n not in code.env_names)
    report.check(not unknown, f"{where}: every Environment= name is one the code reads", f"unknown {unknown}")
    report.check({"LEADTRACKER_CONFIG", "LEADTRACKER_KEYS_DIR"} <= set(names),
                 f"{where}: sets LEADTRACKER_CONFIG and LEADTRACKER_KEYS_DIR")
    report.check(target in " ".join(unit.get("Unit", {}).get("PartOf", [])).split(), f"{where}: PartOf={target}",
                 repr(unit.get("Unit", {}).get("PartOf")))
    if name in code.consoles:
        check_console_unit(report, where, name, unit, exec_start, names, code)


def check_console_unit(report, where, name, unit, exec_start, names, code):
    """The console: HTTP on the --listen its code parses; Secure cookies behind the TLS proxy."""
    console = code.consoles[name]
    given = exec_start[exec_start.index("--listen") + 1] if "--listen" in exec_start[:-1] else None
    listen = listen_parts(given or console["default"])
    report.check(listen, f"{where}: --listen is HOST:PORT as the code parses it (no IPv6 literal)", repr(given))
    environment = {v.split("=", 1)[0]: v.split("=", 1)[1] for value in unit.get("Service", {}).get("Environment", [])
                   for v in value.split() if "=" in v}
    secure = environment.get("LEADTRACKER_SECURE_COOKIES", "").lower() in ("1", "true")
    report.check(secure or (listen and listen[0] not in LOOPBACK),
                 f"{where}: LEADTRACKER_SECURE_COOKIES=1 (on loopback behind the TLS proxy)",
                 "else cookies are not Secure")
    ignored = sorted({"LEADTRACKER_METRICS_LISTEN", "LEADTRACKER_DATABASE_URL"} & set(names)
                     - ({"LEADTRACKER_METRICS_LISTEN"} if code.serves_metrics(name) else set())
                     - ({"LEADTRACKER_DATABASE_URL"} if code.reads_database_url(name) else set()))
    report.check(not ignored, f"{where}: no setting its code ignores", f"{ignored}")


def environment_of(unit):
    """{NAME: value} of a unit's Environment= lines."""
    return {v.split("=", 1)[0]: v.split("=", 1)[1] for value in unit.get("Service", {}).get("Environment", [])
            for v in value.split() if "=" in v}


def check_systemd(report, units, targets, sysusers, code):
    """`targets`: {file name: parsed unit} of the *.target files: leadtracker.target, a district's
    stack, and leadtracker-city.target, the city's lead-city (a city host runs no district service)."""
    users = re.findall(r"^u\s+(\S+)", sysusers, re.M)
    report.check(users == ["leadtracker"], "systemd/leadtracker.sysusers creates the user leadtracker", repr(users))
    report.check(set(units) == set(code.executables), "systemd: a unit for each service and console of the code",
                 f"units {sorted(units)}, executables {code.executables}")
    for name in sorted(units):
        target = CITY_TARGET if name in code.city_executables else DISTRICT_TARGET
        check_unit(report, name, units[name], code, users[0] if users else None, target)
    expected = {DISTRICT_TARGET: code.district_executables, CITY_TARGET: code.city_executables}
    expected = {target: names for target, names in expected.items() if names}
    report.check(set(targets) == set(expected), f"systemd: the targets {', '.join(sorted(expected))}",
                 f"targets {sorted(targets)}")
    for target, names in sorted(expected.items()):
        wants = set(" ".join((targets.get(target) or {}).get("Unit", {}).get("Wants", [])).split())
        what = "every service and the console of a district" if target == DISTRICT_TARGET else "the city's services"
        report.check(wants == {f"{s}.service" for s in names}, f"systemd/{target} wants {what}", repr(sorted(wants)))
    # The city's configuration and keys are not a district's: a host with both would otherwise make
    # lead-city read a district's file and admit the district's keys, and the district's intake admit
    # other districts' supervisors (role service) from the city's authorized_keys.
    district_env = [environment_of(units[n]) for n in code.district_executables if n in units]
    for name in code.city_executables:
        if name not in units:
            continue
        environment = environment_of(units[name])
        for var in ("LEADTRACKER_CONFIG", "LEADTRACKER_KEYS_DIR"):
            shared = environment.get(var) in {e.get(var) for e in district_env}
            report.check(not shared, f"systemd/{name}.service: its own {var}, not a district's", repr(environment.get(var)))


def systemd_tools(report, directory):
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        report.note("systemd-analyze not installed: verify and security skipped")
    else:
        with tempfile.TemporaryDirectory() as temp:
            # verify refuses an ExecStart binary that does not exist: point it at /bin/true.
            copies = []
            for path in sorted(directory.glob("*.service")) + sorted(directory.glob("*.target")):
                text = re.sub(r"^(ExecStart=[-@:+!]*)\S+", r"\1/bin/true", path.read_text(encoding="utf-8"), flags=re.M)
                copy_path = pathlib.Path(temp) / path.name
                copy_path.write_text(text, encoding="utf-8")
                copies.append(copy_path)
            result = subprocess.run([analyze, "verify", "--man=no", *map(str, copies)], capture_output=True, text=True,
                                    timeout=120)
            complaints = [line for line in (result.stdout + result.stderr).splitlines() if temp in line
                          or any(c.name in line for c in copies)]
            report.check(result.returncode == 0 and not complaints, "systemd-analyze verify deploy/systemd/*",
                         "\n".join(complaints) or result.stderr.strip()[-500:])
            for copy_path in copies:
                if copy_path.suffix != ".service":
                    continue
                result = subprocess.run([analyze, "security", "--offline=true", "--no-pager", str(copy_path)],
                                        capture_output=True, text=True, timeout=120)
                level = re.search(r"Overall exposure level for \S+: ([\d.]+)", result.stdout + result.stderr)
                if result.returncode != 0 and not level:
                    report.note(f"systemd-analyze security --offline not available: {result.stderr.strip()[:120]}")
                    break
                report.check(level and float(level.group(1)) <= 2.5,
                             f"systemd-analyze security {copy_path.name}: exposure {level.group(1) if level else '?'} ≤ 2.5")
    sysusers = shutil.which("systemd-sysusers")
    if not sysusers:
        report.note("systemd-sysusers not installed: dry run skipped")
        return
    with tempfile.TemporaryDirectory() as root:
        result = subprocess.run([sysusers, f"--root={root}", "--dry-run", str(directory / "leadtracker.sysusers")],
                                capture_output=True, text=True, timeout=60)
        report.check(result.returncode == 0 and "leadtracker" in result.stdout + result.stderr,
                     "systemd-sysusers --dry-run leadtracker.sysusers", result.stderr.strip()[-300:])


# --------------------------------------------------------------------------------------------
# The guide


def check_guide(report, guide, code):
    report.check(guide, "OPERATIONS.md exists")
    for heading in ("at a glance", "Install", "Configure", "Kubernetes", "Rotat", "Back up", "Restore", "Upgrad",
                    "Monitor"):
        report.check(re.search(rf"^#+ .*{heading}", guide, re.M | re.I), f"OPERATIONS.md has a section on {heading}")
    unknown = sorted({v for v in re.findall(r"\bLEADTRACKER_[A-Z_]*[A-Z]\b", guide)} - code.env_names)
    report.check(not unknown, "OPERATIONS.md: every LEADTRACKER_* variable is one the code reads", f"unknown {unknown}")
    executables = set(code.executables) | {"leadctl"}
    separators = {"&&", "||", ";", "|", "--", "do", "then", "sudo", "$(", "exec"}
    bad = set()
    for line in guide.splitlines():
        words = line.split()
        for index, raw in enumerate(words):
            word = raw.lstrip("`$(").rstrip("`,.;:)")
            in_command_position = (index == 0 or raw.startswith("`") or words[index - 1] in separators
                                   or re.fullmatch(r"\d+\.|[-*]", words[index - 1]))
            if not in_command_position or pathlib.PurePosixPath(word).name not in executables:
                continue
            for token in words[index + 1:]:
                if token in ("|", "&&", ";", "||", ">", "<", "2>&1") or token.startswith("#"):
                    break
                match = re.fullmatch(r"--([a-z][a-z-]*)(=.*)?", token.strip("`,.;:)"))
                if match and match.group(1) not in code.flags:
                    bad.add(f"{word} --{match.group(1)}")
                if token.endswith("`"):
                    break
    report.check(not bad, "OPERATIONS.md: every flag of a LeadTracker command exists in the code", f"unknown {sorted(bad)}")
    undocumented = sorted(key for key in code.file_keys if f"`{key}`" not in guide)
    report.check(not undocumented, "OPERATIONS.md: every configuration-file key the code reads is documented",
                 f"missing {undocumented}")
    for name in code.services:
        if "intakeCommands" in code.connects.get(name, []):  # it replays intake's events
            report.check(re.search(rf"keys authorize {name} --role service", guide),
                         f"OPERATIONS.md: authorizes {name}'s key on intake with --role service")
    for name in code.consoles:
        report.check(re.search(rf"keys authorize {name} --role gateway", guide),
                     f"OPERATIONS.md: authorizes {name}'s key with --role gateway")
        report.check(re.search(rf"kubectl .*exec .*{name} account add", guide),
                     f"OPERATIONS.md: the first console account with `kubectl exec … {name} account add`")
    secret = re.search(r'secret-key\s*=\s*"?[0-9A-Za-z.\-:+=^!/*?&<>()\[\]{}@%$#]{40}', guide)
    report.check(not secret, "OPERATIONS.md holds no secret key")
    if code.city_executables:
        check_guide_city(report, guide, code)


def check_guide_city(report, guide, code):
    """The city's worked example: its configuration is deploy/city.example.json; the key exchange
    authorizes lead-city on the districts' intakes and each district's lead-supervisor in the city, and
    copies each district intake's public key into the city under the name the configuration implies;
    each district's `city` names a district of the example at the example's endpoint."""
    report.check(re.search(r"^#+ .*city over districts", guide, re.M | re.I),
                 "OPERATIONS.md has a section on a city over districts")
    for name in code.city_executables:
        report.check(re.search(rf"keys authorize {name} --role service", guide),
                     f"OPERATIONS.md: authorizes {name}'s key on each district's intake with --role service")
    prefix = code.district_defaults.get("supervisorIdentity", "lead-supervisor-")
    report.check(re.search(rf"keys authorize {re.escape(prefix)}\S+ --role service", guide),
                 f"OPERATIONS.md: authorizes each district's lead-supervisor in the city ({prefix}CODE --role service)")
    try:
        example = json.loads(CITY_EXAMPLE.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        report.check(False, "OPERATIONS.md: the city's example configuration can be compared", str(error))
        return
    shown = []
    for block in re.findall(r"```json\n(.*?)```", guide, re.S):
        try:
            parsed = json.loads(block)
        except json.JSONDecodeError:
            continue
        if isinstance(parsed, dict) and "districts" in parsed:
            shown.append(parsed)
    report.check(shown and all(c == example for c in shown),
                 "OPERATIONS.md: the city's configuration it shows is deploy/city.example.json",
                 f"{len(shown)} shown, the same: {[c == example for c in shown]}")
    districts = [d for d in example.get("districts") or [] if isinstance(d, dict)]
    missing = [key for key in district_intake_keys(example, code) if key not in guide]
    report.check(not missing, "OPERATIONS.md: copies each district intake's public key into the city by that name",
                 f"missing {missing}")
    links = []
    for match in re.finditer(r'"city"\s*:\s*(\{[^{}]*\})', guide):
        try:
            links.append(json.loads(match.group(1)))
        except json.JSONDecodeError as error:
            report.check(False, f"OPERATIONS.md: a district's city section parses: {match.group(1)}", str(error))
    codes = {d.get("code") for d in districts}
    linked = {link.get("district") for link in links if isinstance(link, dict)}
    report.check(links and linked <= codes and codes <= linked,
                 "OPERATIONS.md: each district of the example gets a city section naming it, and only those",
                 f"sections for {sorted(map(str, linked))}, districts {sorted(map(str, codes))}")
    city = endpoint_parts(example.get("cityQueries"))
    for link in links:
        where = f"OPERATIONS.md: the city section of {link.get('district') if isinstance(link, dict) else link!r}"
        check_city_link(report, link, code, where)
        report.check(isinstance(link, dict) and endpoint_parts(link.get("queries")) == city,
                     f"{where}: queries is the example's cityQueries", repr(link))


# --------------------------------------------------------------------------------------------
# The image


def check_dockerfile(report, dockerfile, code):
    """deploy/Dockerfile builds each executable the Deployments and units run, and copies it."""
    built = set(" ".join(re.findall(r"\bfor product in ([^;]+);", dockerfile)).split())
    copied = set(re.findall(r'"\$bin/([\w-]+)"', dockerfile))
    for name in code.executables + ["leadctl"]:
        report.check(name in built and name in copied, f"Dockerfile: builds and copies {name}",
                     f"built {sorted(built)}, copied {sorted(copied)}")


# --------------------------------------------------------------------------------------------
# Self-check: broken copies must fail


def mutations(files):
    """(description, substring expected in a failure, mutate(files) in place)."""

    def deployment(files, name):
        return next(d for docs in files.values() for d in docs if d.get("kind") == "Deployment"
                    and d["metadata"]["name"] == name)

    def main(files, name):
        return deployment(files, name)["spec"]["template"]["spec"]["containers"][0]

    def env(files, name, var):
        return next(e for e in main(files, name)["env"] if e["name"] == var)

    def set_(path_get, key, value):
        return lambda f: path_get(f).__setitem__(key, value)

    def config(files):
        return next(d for docs in files.values() for d in docs if d.get("kind") == "ConfigMap")["data"]

    def add_config_key(f, key, value):
        data = config(f)
        parsed = json.loads(data[CONFIG_FILE])
        parsed[key] = value
        data[CONFIG_FILE] = json.dumps(parsed)

    def mount_secret_into_service(f):
        c = main(f, "lead-matcher")
        c["volumeMounts"] = [m for m in c["volumeMounts"] if m["mountPath"] != "/etc/leadtracker/keys"]
        c["volumeMounts"].append({"name": "curve", "mountPath": "/etc/leadtracker/keys", "readOnly": True})

    def drop_bind(f):
        c = main(f, "lead-intake")
        c["env"] = [e for e in c["env"] if e["name"] != "LEADTRACKER_INTAKE_EVENTS"]

    def bind_dns_name(f):
        env(f, "lead-reporter", "LEADTRACKER_REPORTER_QUERIES")["value"] = "tcp://lead-reporter:7721"

    def wrong_target_port(f):
        service = next(d for docs in f.values() for d in docs if d.get("kind") == "Service"
                       and d["metadata"]["name"] == "lead-matcher")
        service["spec"]["ports"][0]["targetPort"] = 7712

    def writable_root(f):
        main(f, "lead-reporter")["securityContext"]["readOnlyRootFilesystem"] = False

    def database_literal(f):
        item = env(f, "lead-intake", "LEADTRACKER_DATABASE_URL")
        item.pop("valueFrom")
        item["value"] = "postgres://leadtracker:secret@db:5432/leadtracker_intake"

    def loose_key_mode(f):
        for volume in deployment(f, "lead-intake")["spec"]["template"]["spec"]["volumes"]:
            (volume.get("secret") or volume.get("projected") or {})["defaultMode"] = 0o440

    def memory_limit(f):
        main(f, "lead-matcher")["resources"]["limits"]["memory"] = "1Gi"

    def console_on_loopback(f):
        env(f, "lead-web", "LEADTRACKER_WEB_LISTEN")["value"] = "127.0.0.1:7780"
        c = main(f, "lead-web")
        c["env"] = [e for e in c["env"] if e["name"] != "LEADTRACKER_SECURE_COOKIES"]

    def console_metrics(f):
        main(f, "lead-web")["env"].append({"name": "LEADTRACKER_METRICS_LISTEN", "value": "0.0.0.0:7789"})
        deployment(f, "lead-web")["spec"]["template"]["metadata"]["annotations"] = {"prometheus.io/scrape": "true"}

    def consumer_without_intake_key(f):
        for volume in deployment(f, "lead-supervisor")["spec"]["template"]["spec"]["volumes"]:
            for source in (volume.get("projected") or {}).get("sources", []):
                items = source["secret"]["items"]
                items[:] = [i for i in items if i["path"] != "lead-intake.pub"]

    def console_without_reporter_key(f):
        for volume in deployment(f, "lead-web")["spec"]["template"]["spec"]["volumes"]:
            for source in (volume.get("projected") or {}).get("sources", []):
                items = source["secret"]["items"]
                items[:] = [i for i in items if i["path"] != "lead-reporter.pub"]

    return [
        ("replicas 2", "exactly 1 replica", lambda f: deployment(f, "lead-intake")["spec"].__setitem__("replicas", 2)),
        ("RollingUpdate", "strategy Recreate",
         lambda f: deployment(f, "lead-intake")["spec"].__setitem__("strategy", {"type": "RollingUpdate"})),
        ("a misspelt variable", "every variable is one the code reads",
         lambda f: env(f, "lead-intake", "LEADTRACKER_DATA_DIR").__setitem__("name", "LEADTRACKER_DATADIR")),
        ("an unknown configuration key", "every key is a setting", lambda f: add_config_key(f, "dataDirectory", "/x")),
        ("a database URL in the shared configuration", "no per-service setting",
         lambda f: add_config_key(f, "databaseUrl", "postgres://u:p@db:5432/d")),
        ("units listing a number, not an identity", "units is",
         lambda f: add_config_key(f, "units", {"区投资促进局一科": ["wangmin", 7]})),
        ("a misspelt key in notifications", "notifications has only the keys the code reads",
         lambda f: add_config_key(f, "notifications", {"emial": {"smtp": "mail:25", "from": "a@b.example"}})),
        ("an SMTP relay without its port", "notifications.email.smtp is HOST:PORT",
         lambda f: add_config_key(f, "notifications", {"email": {"smtp": "mail.bureau.example", "from": "a@b.example"}})),
        ("an https:// webhook", "notifications.webhook.url is http://",
         lambda f: add_config_key(f, "notifications", {"webhook": {"url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send"}})),
        ("a misspelt key in a district's city section", "city has only the keys the code reads",
         lambda f: add_config_key(f, "city", {"queries": "tcp://10.0.9.1:7741", "distict": "huiji"})),
        ("a city section binding a wildcard", "city.queries is tcp://HOST:PORT",
         lambda f: add_config_key(f, "city", {"queries": "tcp://0.0.0.0:7741", "district": "huiji"})),
        ("a registration mode the code does not know", "registration.mode is one of",
         lambda f: add_config_key(f, "registration", {"mode": "block"})),
        ("two people with one name", "notifications.people names are unique",
         lambda f: add_config_key(f, "notifications", {"people": {"a": {"name": "李副区长"}, "b": {"name": "李副区长"}}})),
        ("the key Secret mounted into the service", "memory emptyDir", mount_secret_into_service),
        ("intake not binding its event endpoint", "binds intakeEvents", drop_bind),
        ("a service binding a DNS name", "binds reporterQueries", bind_dns_name),
        ("a Service port to a missing container port", "Service lead-matcher: port", wrong_target_port),
        ("a writable root filesystem", "readOnlyRootFilesystem", writable_root),
        ("a database password in the manifest", "LEADTRACKER_DATABASE_URL from an optional Secret", database_literal),
        ("key files readable by the group", "defaultMode 0400", loose_key_mode),
        ("a 1Gi memory limit", "memory limit", memory_limit),
        ("no lead-supervisor manifest", "a Deployment for each service and console",
         lambda f: f.pop("lead-supervisor.yaml")),
        ("lead-supervisor without lead-intake.pub", "Deployment lead-supervisor: keys volume",
         consumer_without_intake_key),
        ("lead-supervisor binding the reporter's port", "binds supervisorQueries",
         lambda f: env(f, "lead-supervisor", "LEADTRACKER_SUPERVISOR_QUERIES").__setitem__("value", "tcp://0.0.0.0:7721")),
        ("lead-supervisor on the test clock", "no --test-clock-file",
         lambda f: main(f, "lead-supervisor").__setitem__("args", ["--test-clock-file", "/tmp/clock"])),
        # The web console
        ("no lead-web Deployment", "a Deployment for each service and console",
         lambda f: f.__setitem__("lead-web.yaml", [d for d in f["lead-web.yaml"] if d.get("kind") != "Deployment"])),
        ("lead-web with 2 replicas", "Deployment lead-web: exactly 1 replica",
         lambda f: deployment(f, "lead-web")["spec"].__setitem__("replicas", 2)),
        ("lead-web listening on loopback", "serves HTTP on 0.0.0.0", console_on_loopback),
        ("lead-web listening on an IPv6 literal, which its code cannot parse", "serves HTTP on 0.0.0.0",
         lambda f: env(f, "lead-web", "LEADTRACKER_WEB_LISTEN").__setitem__("value", "[::]:7780")),
        ("lead-web with a TCP readiness probe", "readinessProbe is an httpGet probe",
         lambda f: main(f, "lead-web").__setitem__("readinessProbe", {"tcpSocket": {"port": "http"}})),
        ("lead-web probed on a page that needs a session", "livenessProbe is an httpGet probe",
         lambda f: main(f, "lead-web")["livenessProbe"]["httpGet"].__setitem__("path", "/leads")),
        ("lead-web with a metrics variable and annotation", "serves no metrics", console_metrics),
        ("lead-web with a database URL it would ignore", "Deployment lead-web: no LEADTRACKER_DATABASE_URL",
         lambda f: main(f, "lead-web")["env"].append(
             {"name": "LEADTRACKER_DATABASE_URL", "valueFrom": {"secretKeyRef": {
                 "name": "leadtracker-database", "key": "lead-web", "optional": True}}})),
        ("lead-web without lead-reporter.pub", "Deployment lead-web: keys volume", console_without_reporter_key),
        ("lead-web connecting to a port lead-matcher does not serve", "lead-web connects to matcherQueries",
         lambda f: main(f, "lead-web")["env"].append(
             {"name": "LEADTRACKER_MATCHER_QUERIES", "value": "tcp://lead-matcher:7712"})),
        ("lead-web given a wildcard intake endpoint", "intakeCommands, which it connects to, names a host",
         lambda f: main(f, "lead-web")["env"].append(
             {"name": "LEADTRACKER_INTAKE_COMMANDS", "value": "tcp://0.0.0.0:7701"})),
    ]


def city_mutations(files):
    """The city's kustomization: (description, substring expected in a failure, mutate(files) in place)."""

    def deployment(f):
        return next(d for docs in f.values() for d in docs if d.get("kind") == "Deployment")

    def main(f):
        return deployment(f)["spec"]["template"]["spec"]["containers"][0]

    def env(f, var):
        return next(e for e in main(f)["env"] if e["name"] == var)

    def edit_config(change):
        def mutate(f):
            data = next(d for docs in f.values() for d in docs if d.get("kind") == "ConfigMap")["data"]
            parsed = json.loads(data[CITY_CONFIG_FILE])
            change(parsed)
            data[CITY_CONFIG_FILE] = json.dumps(parsed, ensure_ascii=False)
        return mutate

    def drop_intake_key(f):
        for volume in deployment(f)["spec"]["template"]["spec"]["volumes"]:
            for source in (volume.get("projected") or {}).get("sources", []):
                items = source["secret"]["items"]
                items[:] = [i for i in items if i["path"] != "lead-intake-erqi.pub"]

    def district(**fields):
        return {"code": "zhongyuan", "name": "中原区", "intakeCommands": "tcp://10.0.4.5:7701",
                "intakeEvents": "tcp://10.0.4.5:7702", **fields}

    return [
        ("lead-city with 2 replicas", "Deployment lead-city: exactly 1 replica",
         lambda f: deployment(f)["spec"].__setitem__("replicas", 2)),
        ("lead-city without a district intake's public key", "Deployment lead-city: keys volume", drop_intake_key),
        ("a district added to the configuration, not its key to the Secret", "Deployment lead-city: keys volume",
         edit_config(lambda c: c["districts"].append(district()))),
        ("lead-city binding a DNS name", "binds cityQueries",
         lambda f: env(f, "LEADTRACKER_CITY_QUERIES").__setitem__("value", "tcp://lead-city:7741")),
        ("lead-city on another port than its default", "cityQueries on its default port 7741",
         edit_config(lambda c: c.__setitem__("cityQueries", "tcp://lead-city:7751"))),
        ("lead-city reading the district's ConfigMap", "LEADTRACKER_CONFIG is city.json of ConfigMap",
         lambda f: next(v for v in deployment(f)["spec"]["template"]["spec"]["volumes"] if v["name"] == "config")
         ["configMap"].__setitem__("name", CONFIG_MAP)),
        ("lead-city in a district's namespace", f"in namespace {CITY_NAMESPACE}",
         lambda f: deployment(f)["metadata"].__setitem__("namespace", NAMESPACE)),
        ("a city without districts", "districts is a non-empty list", edit_config(lambda c: c.__setitem__("districts", []))),
        ("a district code in capitals", "code is lower-case",
         edit_config(lambda c: c["districts"][0].__setitem__("code", "HuiJi"))),
        ("one district listed twice", "the districts' codes are distinct",
         edit_config(lambda c: c["districts"].append(dict(c["districts"][0])))),
        ("a district intake at a wildcard address", "intakeEvents, which lead-city connects to",
         edit_config(lambda c: c["districts"][1].__setitem__("intakeEvents", "tcp://0.0.0.0:7702"))),
        ("a misspelt key in a district", "has only the keys the code reads",
         edit_config(lambda c: c["districts"][2].__setitem__("intakeCommand", "tcp://10.0.3.5:7701"))),
        ("a district's endpoints in the city's configuration", "every key is one lead-city reads",
         edit_config(lambda c: c.__setitem__("intakeCommands", "tcp://10.0.1.5:7701"))),
        ("two districts' supervisors under one identity", "supervisorIdentity values are distinct",
         edit_config(lambda c: [d.__setitem__("supervisorIdentity", "lead-supervisor") for d in c["districts"]])),
        ("the city's targets as a number", "targets is", edit_config(lambda c: c.__setitem__("targets", {"2023": 90}))),
        ("lead-city with a database password in the manifest", "LEADTRACKER_DATABASE_URL from an optional Secret",
         lambda f: main(f)["env"].__setitem__(
             [e["name"] for e in main(f)["env"]].index("LEADTRACKER_DATABASE_URL"),
             {"name": "LEADTRACKER_DATABASE_URL", "value": "postgres://city:secret@db:5432/city"})),
    ]


def unit_mutations():
    """(description, substring expected in a failure, mutate(units, targets) in place)."""

    def without(key):
        return lambda units, targets: [u["Service"].pop(key, None) for u in units.values()]

    def replace(key, value, unit="lead-intake"):
        return lambda units, targets: units[unit]["Service"].__setitem__(key, [value])

    def console_environment(units, targets):
        service = units["lead-web"]["Service"]
        service["Environment"] = [v for v in service["Environment"] if not v.startswith("LEADTRACKER_SECURE_COOKIES")]

    return [
        ("ProtectSystem=full", "ProtectSystem=strict", replace("ProtectSystem", "full")),
        ("no AF_NETLINK", "AF_NETLINK", replace("RestrictAddressFamilies", "AF_INET AF_INET6 AF_UNIX")),
        ("no NoNewPrivileges", "NoNewPrivileges", without("NoNewPrivileges")),
        ("--data-dir outside the state directory", "--data-dir",
         replace("ExecStart", "/opt/leadtracker/bin/lead-intake --data-dir /srv/intake")),
        ("User=root", "User=", replace("User", "root")),
        ("lead-web without AF_NETLINK", "lead-web.service: RestrictAddressFamilies",
         replace("RestrictAddressFamilies", "AF_INET AF_INET6 AF_UNIX", "lead-web")),
        ("lead-web on loopback without Secure cookies", "LEADTRACKER_SECURE_COOKIES=1", console_environment),
        ("lead-web --listen [::1]:7780, which its code cannot parse", "--listen is HOST:PORT",
         replace("ExecStart", "/opt/leadtracker/bin/lead-web --data-dir /var/lib/leadtracker/lead-web "
                 "--listen [::1]:7780", "lead-web")),
        ("no lead-web unit", "a unit for each service and console", lambda units, targets: units.pop("lead-web")),
        ("lead-web missing from leadtracker.target", "leadtracker.target wants every service and the console",
         lambda units, targets: targets[DISTRICT_TARGET]["Unit"].__setitem__(
             "Wants", ["lead-intake.service lead-matcher.service lead-reporter.service lead-supervisor.service"])),
        ("no lead-supervisor unit", "a unit for each service and console",
         lambda units, targets: units.pop("lead-supervisor")),
        ("lead-supervisor missing from leadtracker.target", "leadtracker.target wants every service",
         lambda units, targets: targets[DISTRICT_TARGET]["Unit"].__setitem__(
             "Wants", ["lead-intake.service lead-matcher.service lead-reporter.service lead-web.service"])),
        # The city
        ("no lead-city unit", "a unit for each service and console", lambda units, targets: units.pop("lead-city")),
        ("lead-city in a district's leadtracker.target", "leadtracker.target wants every service and the console",
         lambda units, targets: targets[DISTRICT_TARGET]["Unit"]["Wants"].append("lead-city.service")),
        ("no leadtracker-city.target", "systemd: the targets", lambda units, targets: targets.pop(CITY_TARGET)),
        ("leadtracker-city.target wanting lead-intake", "leadtracker-city.target wants the city's services",
         lambda units, targets: targets[CITY_TARGET]["Unit"]["Wants"].append("lead-intake.service")),
        ("lead-city PartOf=leadtracker.target", "lead-city.service: PartOf=leadtracker-city.target",
         lambda units, targets: units["lead-city"]["Unit"].__setitem__("PartOf", ["leadtracker.target"])),
        ("lead-city reading a district's keys directory", "lead-city.service: its own LEADTRACKER_KEYS_DIR",
         lambda units, targets: units["lead-city"]["Service"]["Environment"].append(
             "LEADTRACKER_KEYS_DIR=/etc/leadtracker/keys")),
        ("lead-city without AF_NETLINK", "lead-city.service: RestrictAddressFamilies",
         lambda units, targets: units["lead-city"]["Service"].__setitem__(
             "RestrictAddressFamilies", ["AF_INET AF_INET6 AF_UNIX"])),
        ("lead-city on the test clock", "lead-city.service: no --test-clock-file",
         lambda units, targets: units["lead-city"]["Service"].__setitem__("ExecStart", [
             "/opt/leadtracker/bin/lead-city --data-dir /var/lib/leadtracker/lead-city --test-clock-file /tmp/clock"])),
        ("lead-supervisor on the test clock", "lead-supervisor.service: no --test-clock-file",
         replace("ExecStart", "/opt/leadtracker/bin/lead-supervisor --data-dir /var/lib/leadtracker/lead-supervisor "
                 "--test-clock-file /tmp/clock", "lead-supervisor")),
    ]


def self_check(report, files, city_files, units, targets, sysusers, code, guide, dockerfile):
    for description, expected, mutate in mutations(files):
        broken = copy.deepcopy(files)
        try:
            mutate(broken)
        except (KeyError, IndexError, StopIteration, TypeError) as error:
            report.check(False, f"self-check: {description} can be made", f"the manifests changed shape: {error!r}")
            continue
        probe = Report(quiet=True)
        check_k8s(probe, broken, code, guide)
        caught = [f for f in probe.failed if expected in f]
        report.check(caught, f"self-check: {description} is caught", f"failures were {probe.failed}")
    for description, expected, mutate in city_mutations(city_files):
        broken = copy.deepcopy(city_files)
        try:
            mutate(broken)
        except (KeyError, IndexError, StopIteration, TypeError, ValueError) as error:
            report.check(False, f"self-check: {description} can be made", f"the city's manifests changed shape: {error!r}")
            continue
        probe = Report(quiet=True)
        check_city_k8s(probe, broken, code, guide)
        caught = [f for f in probe.failed if expected in f]
        report.check(caught, f"self-check: {description} is caught", f"failures were {probe.failed}")
    # lead-city among a district's manifests (the city's file copied into deploy/k8s)
    broken = copy.deepcopy(files)
    broken["lead-city.yaml"] = copy.deepcopy(city_files.get("lead-city.yaml", []))
    for doc in broken["lead-city.yaml"]:
        doc.setdefault("metadata", {})["namespace"] = NAMESPACE
    next((d for d in broken.values() for d in d if d.get("kind") == "Kustomization"), {}) \
        .setdefault("resources", []).append("lead-city.yaml")
    probe = Report(quiet=True)
    check_k8s(probe, broken, code, guide)
    report.check(any("a Deployment for each service and console of the code, of a district" in f for f in probe.failed),
                 "self-check: lead-city in a district's kustomization is caught", repr(probe.failed))
    for description, expected, mutate in unit_mutations():
        broken, broken_targets = copy.deepcopy(units), copy.deepcopy(targets)
        try:
            mutate(broken, broken_targets)
        except (KeyError, IndexError, TypeError) as error:
            report.check(False, f"self-check: unit with {description} can be made", f"the units changed shape: {error!r}")
            continue
        probe = Report(quiet=True)
        check_systemd(probe, broken, broken_targets, sysusers, code)
        caught = [f for f in probe.failed if expected in f]
        report.check(caught, f"self-check: unit with {description} is caught", f"failures were {probe.failed}")
    probe = Report(quiet=True)
    check_dockerfile(probe, re.sub(r'\s"?(\$bin/)?lead-web"?(?=\s)', "", dockerfile), code)
    report.check(any("lead-web" in f for f in probe.failed), "self-check: an image without lead-web is caught",
                 repr(probe.failed))
    probe = Report(quiet=True)
    check_dockerfile(probe, re.sub(r'\s"?(\$bin/)?lead-city"?(?=\s)', "", dockerfile), code)
    report.check(any("lead-city" in f for f in probe.failed), "self-check: an image without lead-city is caught",
                 repr(probe.failed))
    probe = Report(quiet=True)
    check_guide(probe, guide + "\nexport LEADTRACKER_DATA_DIRECTORY=/x\n    lead-intake --datadir /x\n", code)
    report.check(len(probe.failed) == 2, "self-check: a misspelt variable and flag in the guide are caught",
                 repr(probe.failed))
    probe = Report(quiet=True)
    check_guide(probe, guide.replace("`units`", "units"), code)
    report.check(any("configuration-file key" in f and "units" in f for f in probe.failed),
                 "self-check: a guide that does not document units is caught", repr(probe.failed))
    probe = Report(quiet=True)
    check_guide(probe, re.sub(r"keys authorize lead-supervisor --role service", "", guide), code)
    report.check(any("lead-supervisor's key on intake" in f for f in probe.failed),
                 "self-check: a guide that does not authorize lead-supervisor on intake is caught", repr(probe.failed))
    for description, expected, broken_guide in (
        ("a guide that does not authorize lead-city on the districts' intakes", "lead-city's key on each district",
         re.sub(r"keys authorize lead-city --role service", "", guide)),
        ("a guide whose city configuration is not the example", "the city's configuration it shows",
         guide.replace('"tcp://10.0.2.5:7702"', '"tcp://10.0.2.6:7702"')),
        ("a guide with a district's city section for a district the city does not have", "a city section naming it",
         guide.replace('"district": "erqi"', '"district": "erqi-qu"')),
        ("a guide with a district's city section at another port", "queries is the example's cityQueries",
         guide.replace('"queries": "tcp://10.0.9.1:7741"', '"queries": "tcp://10.0.9.1:7742"', 1)),
    ):
        probe = Report(quiet=True)
        check_guide(probe, broken_guide, code)
        report.check(broken_guide != guide and any(expected in f for f in probe.failed), f"self-check: {description} is caught",
                     repr(probe.failed))


# --------------------------------------------------------------------------------------------


def guarded(report, what, function, *arguments):
    """Runs a group of checks; a file shaped so oddly that a check crashes is a failure, not a traceback."""
    try:
        function(*arguments)
    except Exception as error:  # noqa: BLE001 - reported as a failed check
        report.check(False, f"{what} ran to the end", f"{type(error).__name__}: {error}")


def main():
    report = Report()
    code = Code(SOURCES)
    report.check(code.services and all(code.binds.values()), "code: each service's bound endpoints found",
                 repr(code.binds))
    report.check({"dataDir", "keysDir", "logLevel", *ENDPOINT_KEYS} <= code.env_keys and code.file_keys,
                 "code: the settings are found", repr(sorted(code.settings)))
    for key in sorted(code.pending):
        report.note(f"{key} ({environment_name(key)}) is not read by the code yet; accepted as being added")
    guide = GUIDE.read_text(encoding="utf-8") if GUIDE.exists() else ""
    example = {"data": {CONFIG_FILE: (DEPLOY / "leadtracker.example.json").read_text(encoding="utf-8")}}
    check_config_map(report, example, code, where="deploy/leadtracker.example.json")
    city_example = CITY_EXAMPLE.read_text(encoding="utf-8") if CITY_EXAMPLE.exists() else None
    if report.check(city_example is not None or not code.city_executables, "deploy/city.example.json exists"):
        check_city_config(report, city_example, code, where="deploy/city.example.json")

    try:
        files = load_k8s(K8S)
    except yaml.YAMLError as error:
        report.check(False, "k8s: every YAML file parses", str(error))
        files = None
    if files is not None:
        report.check(files, "k8s: YAML files found")
        guarded(report, "k8s checks", check_k8s, report, files, code, guide)
        guarded(report, "kubectl kustomize", kubectl_build, report, K8S, files)
    try:
        city_files = load_k8s(CITY_K8S)
    except yaml.YAMLError as error:
        report.check(False, "k8s/city: every YAML file parses", str(error))
        city_files = None
    if city_files is not None:
        report.check(city_files or not code.city_executables, "k8s/city: YAML files found (lead-city's kustomization)")
        guarded(report, "k8s/city checks", check_city_k8s, report, city_files, code, guide)
        guarded(report, "kubectl kustomize city", kubectl_build, report, CITY_K8S, city_files)

    units = {p.stem: parse_unit(p.read_text(encoding="utf-8")) for p in sorted(SYSTEMD.glob("*.service"))}
    targets = {p.name: parse_unit(p.read_text(encoding="utf-8")) for p in sorted(SYSTEMD.glob("*.target"))}
    sysusers = (SYSTEMD / "leadtracker.sysusers").read_text(encoding="utf-8")
    guarded(report, "systemd checks", check_systemd, report, units, targets, sysusers, code)
    guarded(report, "systemd tools", systemd_tools, report, SYSTEMD)

    dockerfile = DOCKERFILE.read_text(encoding="utf-8") if DOCKERFILE.exists() else ""
    guarded(report, "Dockerfile checks", check_dockerfile, report, dockerfile, code)

    guarded(report, "guide checks", check_guide, report, guide, code)
    if files is not None and city_files is not None:
        guarded(report, "self-check", self_check, report, files, city_files, units, targets, sysusers, code, guide,
                dockerfile)

    print(f"{report.passed} passed, {len(report.failed)} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
