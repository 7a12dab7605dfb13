#!/usr/bin/python3
"""Opens a Frontline animation page (`player.html`) in real headless Chromium and checks it.

Usage: /usr/bin/python3 check_player.py MAPS_DIR [--chromium /usr/bin/chromium] [--screenshot OUT.png]

Drives Chromium over the DevTools protocol (a minimal WebSocket client from the standard library, so
nothing needs installing) and checks, each printed as it passes; any failure makes the exit status 1:
  1. the page loads with no console error, no uncaught exception and no request for anything but
     itself and player-data.js beside it (it must work offline);
  2. its days are exactly the day files of MAPS_DIR, and moving the slider through every day shows
     that day's date; on sampled days (every day with --sample 0) it lists the day file's events, and
     three sampled towns on three sampled days are drawn in the side their day file gives;
  3. the play button advances the days on its own, and the slider reaches the last day;
  4. drawing a day takes under --max-ms milliseconds when given (a benchmark figure; 0 only prints it);
  5. a screenshot shows territory (enough saturated pixels).
"""
import argparse
import base64
import glob
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

failures = []


def check(ok, message):
    print(("ok    " if ok else "FAIL  ") + message)
    if not ok:
        failures.append(message)
    return ok


class DevTools:
    """One WebSocket to one page target; CDP commands by id, events queued in order."""

    def __init__(self, url):
        assert url.startswith("ws://")
        host_port, path = url[len("ws://"):].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise RuntimeError("DevTools closed the connection during the handshake")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError(f"WebSocket handshake refused: {head[:200]!r}")
        self.next_id = 0
        self.events = []

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise RuntimeError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def _send_text(self, text):
        payload = text.encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _receive_message(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if b1 & 0x80 else None
            payload = self._read(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x8:
                raise RuntimeError("DevTools closed the WebSocket")
            if opcode in (0x9, 0xA):  # ping/pong: not part of CDP
                continue
            message += payload
            if b0 & 0x80:
                return json.loads(message)

    def call(self, method, **params):
        self.next_id += 1
        wanted = self.next_id
        self._send_text(json.dumps({"id": wanted, "method": method, "params": params}))
        while True:
            message = self._receive_message()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_event(self, method, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._receive_message())
        raise RuntimeError(f"no {method} within {timeout} s")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r} threw {result['exceptionDetails']}")
        return result["result"].get("value")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("maps")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--screenshot", help="where to keep the screenshot (default: beside the frames of check_project.py)")
    parser.add_argument("--sample", type=int, default=0, help="read only this many day files, evenly spaced (0: all)")
    parser.add_argument("--min-coloured", type=float, default=5.0, help="the least share of coloured screenshot pixels, in percent")
    parser.add_argument("--max-ms", type=float, default=0, help="the slowest day drawing allowed, in milliseconds (0: only print it;\n"
                        " a timing belongs in a benchmark run on a quiet machine, not in the test suite)")
    args = parser.parse_args()
    maps = os.path.abspath(args.maps)
    page = os.path.join(maps, "player.html")
    if not check(os.path.exists(page), f"{page} exists"):
        return
    expected_days = sorted(os.path.basename(p)[:-len(".geojson")] for p in glob.glob(os.path.join(maps, "days", "*.geojson")))
    sampled = expected_days
    if args.sample and len(expected_days) > args.sample:
        step = (len(expected_days) - 1) / (args.sample - 1)
        sampled = sorted({expected_days[round(i * step)] for i in range(args.sample)})
    day_files_events, day_files_places = {}, {}
    for day in sampled:
        with open(os.path.join(maps, "days", day + ".geojson"), encoding="utf-8") as f:
            features = json.load(f)["features"]
        day_files_events[day] = [x for x in features if x["properties"].get("kind") == "event"]
        day_files_places[day] = {x["properties"]["place_id"]: x["properties"]["side"] for x in features if x["properties"].get("kind") == "place"}
    with open(page, encoding="utf-8") as f:
        html = f.read()
    check("http://" not in html.replace("http://www.w3.org/2000/svg", "") and "https://" not in html,
          "the page names no web address (works offline)")

    profile = tempfile.mkdtemp(prefix="frontline-chromium-")
    browser = subprocess.Popen(
        [args.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
         "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1200,1000", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        port = None
        deadline = time.time() + 60
        while time.time() < deadline and port is None:
            line = browser.stderr.readline()
            if not line and browser.poll() is not None:
                break
            if "DevTools listening on ws://" in line:
                port = int(line.split("ws://", 1)[1].split("/", 1)[0].split(":")[1])
        if not check(port is not None, "Chromium started with DevTools"):
            return
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30))
        target = next(t for t in targets if t.get("type") == "page")
        tools = DevTools(target["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Log", "Network"):
            tools.call(f"{domain}.enable")
        tools.call("Emulation.setDeviceMetricsOverride", width=1200, height=1000, deviceScaleFactor=1, mobile=False)
        tools.call("Page.navigate", url="file://" + page)
        tools.wait_event("Page.loadEventFired", timeout=60)

        # 2. Days and the slider.
        days = tools.evaluate("Array.from(days)")
        check(days == expected_days, f"the page has the {len(expected_days)} days of the day files ({days[:2]}…)")
        maximum = tools.evaluate("Number(document.getElementById('day').max)")
        check(maximum == len(days) - 1, f"the slider runs over {maximum + 1} days")
        seen_days, bad, slowest = [], [], 0.0
        for i in range(len(days)):
            state = tools.evaluate(
                "(function(i){const s=document.getElementById('day'); s.value=String(i);"
                " const t=performance.now(); s.dispatchEvent(new Event('input', {bubbles:true})); const ms=performance.now()-t;"
                " return {day: document.body.dataset.day, date: document.getElementById('date').textContent, ms: ms,"
                " heading: document.getElementById('heading').textContent,"
                " events: document.querySelectorAll('#events li:not(.quiet)').length};})(%d)" % i)
            seen_days.append(state["day"])
            slowest = max(slowest, state["ms"])
            if state["day"] in day_files_events and state["events"] != len(day_files_events[state["day"]]):
                bad.append((i, f"lists {state['events']} events, the day file has {len(day_files_events[state['day']])}"))
            if state["date"] != state["heading"] or not state["date"]:
                bad.append((i, state))
        check(seen_days == days, "moving the slider shows every day in order, up to the last")
        check(not bad, f"each day shows its date in the heading and the control, and lists its day file's events ({bad[:2]})")
        if args.max_ms > 0:
            check(slowest < args.max_ms, f"the slowest day took {slowest:.1f} ms to draw (under {args.max_ms:g} ms)")
        else:
            print(f"info  the slowest day took {slowest:.1f} ms to draw")

        # Towns: three sampled towns on three sampled days are drawn in their day file's side.
        check_days = [sampled[0], sampled[len(sampled) // 2], sampled[-1]]
        wrong, compared = [], 0
        for day in check_days:
            places = day_files_places[day]
            ids = sorted(places)
            # Towns whose side differs across the sampled days tell the most: prefer them.
            changing = [p for p in ids if len({day_files_places[d].get(p) for d in check_days}) > 1]
            towns = (changing + ids)[:1] + (changing + ids)[len(changing + ids) // 2:][:1] + (changing + ids)[-1:]
            drawn = tools.evaluate("(function(i, ids){player.show(i); return ids.map(function(id){return player.state(id);});})(%d, %s)"
                                   % (days.index(day), json.dumps(towns)))
            for town, side in zip(towns, drawn):
                compared += 1
                if side != places[town]:
                    wrong.append((day, town, side, places[town]))
        check(compared == 9 and not wrong, f"{compared} sampled town-days are drawn in their day file's side {wrong[:3]}")

        # 3. Play.
        tools.evaluate("(function(){const s=document.getElementById('day'); s.value='0'; s.dispatchEvent(new Event('input'));"
                       " document.getElementById('play').click();})()")
        time.sleep(2.0)
        played = tools.evaluate("Number(document.getElementById('day').value)")
        check(played > 0 or len(days) == 1, f"play advances the days on its own (day index {played} after 2 s)")
        tools.evaluate("document.getElementById('play').click()")
        last = tools.evaluate("(function(){player.show(days.length - 1); return document.body.dataset.day;})()")
        check(last == expected_days[-1], f"the page reaches the last day ({last})")

        # 4. Screenshot of the first day.
        tools.evaluate("(function(){const s=document.getElementById('day'); s.value='0'; s.dispatchEvent(new Event('input'));})()")
        shot = base64.b64decode(tools.call("Page.captureScreenshot", format="png")["data"])
        out = args.screenshot or os.path.join(tempfile.gettempdir(), "frontline-frames", os.path.basename(maps), "player.png")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as f:
            f.write(shot)
        try:
            from PIL import Image
            image = Image.open(out).convert("RGB")
            pixels = list(image.getdata())[::7]
            coloured = sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 40)
            check(100 * coloured > args.min_coloured * len(pixels), f"screenshot {out}: {100 * coloured // len(pixels)} % coloured pixels (at least {args.min_coloured:g} %)")
        except ImportError:
            check(False, "Pillow (python3-pil) is needed to count the screenshot's pixels")

        # 1. Errors and requests, gathered over the whole visit.
        tools.call("Runtime.evaluate", expression="0")
        errors, requests = [], []
        for event in tools.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                errors.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(str(params.get("args")))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                errors.append(params["entry"].get("text"))
            elif method == "Network.requestWillBeSent":
                requests.append(params["request"]["url"])
        check(not errors, f"no console errors or exceptions {errors[:3]}")
        data = "file://" + os.path.join(maps, "player-data.js")
        foreign = [u for u in requests if u not in ("file://" + page, data) and not u.startswith("data:")]
        check(not foreign, f"no request but the page itself and its data beside it {foreign[:3]}")
    finally:
        browser.terminate()
        try:
            browser.wait(timeout=10)
        except subprocess.TimeoutExpired:
            browser.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    try:
        main()
    except Exception as error:
        import traceback
        traceback.print_exc()
        failures.append(f"exception: {error}")
    print(f"{len(failures)} failure(s)" if failures else "all player checks passed")
    sys.exit(1 if failures else 0)
