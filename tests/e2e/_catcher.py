"""A server that wants credentials: every request gets 401 with a Basic challenge, and every
Authorization, X-Api-Key or X-Amz-Security-Token header it was sent is appended to LOG.
Usage: _catcher.py HOST LOG; prints its URL (http://HOST:PORT) on stdout once listening."""
import http.server
import sys

host, log = sys.argv[1], sys.argv[2]


class H(http.server.BaseHTTPRequestHandler):
    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        with open(log, "a") as f:
            for name in ("Authorization", "X-Api-Key", "X-Amz-Security-Token"):
                if self.headers.get(name):
                    f.write("%s %s: %s\n" % (self.command, name, self.headers[name]))
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="catcher"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = answer

    def log_message(self, *a):
        pass


srv = http.server.ThreadingHTTPServer((host, 0), H)
print("http://%s:%d" % (host, srv.server_address[1]), flush=True)
srv.serve_forever()
