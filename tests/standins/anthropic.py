#!/usr/bin/env python3
"""A local stand-in for the Anthropic Managed Agents sessions API, for byoc's tests.

It checks each request the way ../shared/anthropic/sessions.md documents the API (auth,
anthropic-version, the managed-agents beta header, JSON bodies, metadata limits) and keeps
sessions and environments in memory. Listens on 127.0.0.1 only; prints its base URL on stdout.

    anthropic.py [--port N] [--key KEY] [--env ID=TYPE ...] [--log FILE]

Every request is appended to --log as one JSON line ({"method","path","headers","body"}) so a
test can assert exactly what a tool sent (and grep it for secrets).
"""
import argparse
import json
import re
import secrets
import sys
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BETA = "managed-agents-2026-04-01"
MAX_PAIRS, MAX_KEY, MAX_VALUE = 16, 64, 512
sessions, environments = {}, {}
lock = threading.Lock()
args = None


def now():
    return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")


def check_metadata(md, patch=False):
    if not isinstance(md, dict):
        return "metadata: must be an object"
    for k, v in md.items():
        if len(k) > MAX_KEY:
            return f"metadata: key '{k[:20]}...' is longer than {MAX_KEY} characters"
        if v is None and patch:
            continue
        if not isinstance(v, str):
            return f"metadata.{k}: must be a string"
        if len(v) > MAX_VALUE:
            return f"metadata.{k}: value is longer than {MAX_VALUE} characters"
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *a):
        pass

    def reply(self, status, doc):
        body = json.dumps(doc).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.send_header("request-id", "req_" + secrets.token_hex(8))
        self.end_headers()
        self.wfile.write(body)

    def error(self, status, etype, message):
        self.reply(status, {"type": "error", "error": {"type": etype, "message": message}})

    def handle_any(self, method):
        n = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(n) if n else b""
        if args.log:
            with lock, open(args.log, "a") as f:
                f.write(json.dumps({"method": method, "path": self.path,
                                    "headers": dict(self.headers.items()),
                                    "body": raw.decode("utf-8", "replace")}) + "\n")
        auth = self.headers.get("authorization", "")
        key = auth[7:] if auth.lower().startswith("bearer ") else self.headers.get("x-api-key")
        if not key:
            return self.error(401, "authentication_error", "x-api-key header is required")
        if key != args.key:
            return self.error(401, "authentication_error", "invalid x-api-key")
        if not self.headers.get("anthropic-version"):
            return self.error(400, "invalid_request_error", "anthropic-version: header is required")
        if BETA not in (self.headers.get("anthropic-beta") or ""):
            return self.error(400, "invalid_request_error",
                              f"this endpoint requires the anthropic-beta header '{BETA}'")
        body = None
        if method == "POST":
            if "application/json" not in (self.headers.get("content-type") or ""):
                return self.error(400, "invalid_request_error", "content-type must be application/json")
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                return self.error(400, "invalid_request_error", "request body is not valid JSON")
            if not isinstance(body, dict):
                return self.error(400, "invalid_request_error", "request body must be an object")

        path = self.path.split("?")[0]
        m = re.fullmatch(r"/v1/environments/([^/]+)", path)
        if m and method == "GET":
            env = environments.get(m.group(1))
            if not env:
                return self.error(404, "not_found_error", f"environment {m.group(1)} not found")
            return self.reply(200, env)
        if path == "/v1/sessions" and method == "POST":
            return self.create(body)
        m = re.fullmatch(r"/v1/sessions/([^/]+)", path)
        if m:
            with lock:
                s = sessions.get(m.group(1))
            if not s:
                return self.error(404, "not_found_error", f"session {m.group(1)} not found")
            if method == "GET":
                return self.reply(200, s)
            if method == "POST":
                return self.update(s, body)
        return self.error(404, "not_found_error", f"no route for {method} {path}")

    def create(self, body):
        for field in ("agent", "environment_id"):
            if field not in body:
                return self.error(400, "invalid_request_error", f"{field}: field required")
        agent = body["agent"]
        if not (isinstance(agent, str) or (isinstance(agent, dict) and isinstance(agent.get("id"), str))):
            return self.error(400, "invalid_request_error", "agent: must be a string or {id, version}")
        env_id = body["environment_id"]
        if env_id not in environments:
            return self.error(404, "not_found_error", f"environment {env_id} not found")
        md = body.get("metadata", {})
        err = check_metadata(md)
        if err:
            return self.error(400, "invalid_request_error", err)
        if len(md) > MAX_PAIRS:
            return self.error(400, "invalid_request_error", f"metadata: at most {MAX_PAIRS} pairs")
        allowed = {"agent", "environment_id", "metadata", "title", "initial_events",
                   "resources", "vault_ids", "budget"}
        extra = set(body) - allowed
        if extra:
            return self.error(400, "invalid_request_error", f"{sorted(extra)[0]}: extra inputs are not permitted")
        events = body.get("initial_events", [])
        if not isinstance(events, list) or len(events) > 50 or any(
                not isinstance(e, dict) or e.get("type") != "user.message" for e in events):
            return self.error(400, "invalid_request_error", "initial_events: at most 50 user.message events")
        sid = "sesn_" + secrets.token_hex(12)
        s = {"type": "session", "id": sid, "agent": agent, "environment_id": env_id,
             "metadata": md, "status": "idle", "title": body.get("title"),
             "created_at": now(), "updated_at": now()}
        with lock:
            sessions[sid] = s
        self.reply(200, s)

    def update(self, s, body):
        if "metadata" in body:
            md = body["metadata"]
            err = check_metadata(md, patch=True)
            if err:
                return self.error(400, "invalid_request_error", err)
            with lock:
                merged = dict(s["metadata"])
                for k, v in md.items():
                    if v is None:
                        merged.pop(k, None)
                    else:
                        merged[k] = v
                if len(merged) > MAX_PAIRS:
                    return self.error(400, "invalid_request_error", f"metadata: at most {MAX_PAIRS} pairs")
                s["metadata"] = merged
                s["updated_at"] = now()
        if "title" in body:
            s["title"] = body["title"]
        self.reply(200, s)

    def do_GET(self):
        self.handle_any("GET")

    def do_POST(self):
        self.handle_any("POST")

    def do_DELETE(self):
        self.handle_any("DELETE")


def main():
    global args
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--key", default="sk-ant-test-standin")
    p.add_argument("--env", action="append", default=[], help="ID=self_hosted|cloud")
    p.add_argument("--log")
    args = p.parse_args()
    for e in args.env:
        eid, _, etype = e.partition("=")
        environments[eid] = {"type": "environment", "id": eid, "name": eid,
                             "config": {"type": etype or "self_hosted"}}
    srv = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"http://127.0.0.1:{srv.server_address[1]}", flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
