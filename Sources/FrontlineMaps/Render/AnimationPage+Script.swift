extension AnimationPage {
    /// The player's script: reads `FRONTLINE_PLAYER` (see `PlayerData`), keeps each place's state for
    /// the shown day, and draws the map's layers on the canvas. It writes article text only through
    /// `textContent`, so nothing from the article is ever parsed as HTML. `player.state(id)` gives the
    /// side a town is drawn in on the shown day (for tests and the curious).
    static let script = """
        const D = window.FRONTLINE_PLAYER;
        const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        const firstMs = D ? Date.parse(D.first + "T00:00:00Z") : 0;
        const days = D ? D.days.map(function (o) { return new Date(firstMs + o * 86400000).toISOString().slice(0, 10); }) : [];
        const labels = days.map(function (iso) { const p = iso.split("-").map(Number); return p[2] + " " + months[p[1] - 1] + " " + p[0]; });
        const slider = document.getElementById("day");
        const button = document.getElementById("play");
        const speed = document.getElementById("speed");
        const dateOutput = document.getElementById("date");
        const heading = document.getElementById("heading");
        const canvas = document.getElementById("canvas");
        const tip = document.getElementById("tip");
        const ctx = canvas.getContext("2d");
        const styles = {};
        let codes = null, flags = null, periodOf = null, shownIndex = 0, timer = null, hovered = -1;
        const eventsByDay = new Map();

        function setUp() {
          for (const s of D.palette) { styles[s[0]] = { label: s[1], fill: s[2], stroke: s[3], hatched: s[4] === 1 }; }
          for (const e of D.events) { if (!eventsByDay.has(e[0])) { eventsByDay.set(e[0], []); } eventsByDay.get(e[0]).push(e); }
          codes = new Int16Array(D.places.length);
          flags = new Uint8Array(D.places.length);
          periodOf = new Int32Array(D.places.length);
          slider.max = String(days.length - 1);
          const W = D.size[0], H = D.size[1], m = D.map;
          canvas.style.left = (100 * m[0] / W) + "%";
          canvas.style.top = (100 * m[1] / H) + "%";
          canvas.style.width = (100 * m[2] / W) + "%";
          canvas.style.height = (100 * m[3] / H) + "%";
          const scale = Math.max(window.devicePixelRatio || 1, 1.5);
          canvas.width = Math.round(m[2] * scale);
          canvas.height = Math.round(m[3] * scale);
          ctx.setTransform(scale, 0, 0, scale, -m[0] * scale, -m[1] * scale);
          for (const key in styles) { if (styles[key].hatched) { styles[key].pattern = hatch(styles[key]); } }
          cellPaths = D.cells.map(cellPath);
        }
        let cellPaths = [];

        function hatch(style) {
          const tile = document.createElement("canvas");
          tile.width = 8; tile.height = 8;
          const t = tile.getContext("2d");
          t.fillStyle = style.fill; t.fillRect(0, 0, 8, 8);
          t.fillStyle = style.stroke; t.fillRect(0, 0, 3, 8);
          const pattern = ctx.createPattern(tile, "repeat");
          if (pattern.setTransform) { pattern.setTransform(new DOMMatrix().rotate(45)); }
          return pattern;
        }

        function cellPath(cell) {
          const path = new Path2D();
          let start = true;
          for (let k = 1; k < cell.length; k++) {
            const v = cell[k];
            if (v < 0) { path.closePath(); start = true; continue; }
            const x = D.xy[2 * v] / 10, y = D.xy[2 * v + 1] / 10;
            if (start) { path.moveTo(x, y); start = false; } else { path.lineTo(x, y); }
          }
          path.closePath();
          return path;
        }

        // Each place's period on day offset `o`: the last period starting on or before it.
        function updateStates(o) {
          for (let p = 0; p < D.periods.length; p++) {
            const list = D.periods[p];
            let lo = 0, hi = list.length - 1;
            while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (list[mid][0] <= o) { lo = mid; } else { hi = mid - 1; } }
            periodOf[p] = lo;
            codes[p] = list[lo][1];
            flags[p] = list[lo][2];
          }
        }

        function keyOf(code) { return D.keys[code] || "unknown"; }
        function styleOf(code) { return styles[keyOf(code)] || styles.unknown; }
        function cellCode(c) { const p = D.cells[c][0]; return p < 0 ? 0 : codes[p]; }

        function drawTerritories() {
          const byCode = new Map();
          for (let c = 0; c < D.cells.length; c++) {
            const code = cellCode(c);
            if (code <= 0) { continue; }
            if (!byCode.has(code)) { byCode.set(code, new Path2D()); }
            byCode.get(code).addPath(cellPaths[c]);
          }
          for (const [code, path] of byCode) {
            const s = styleOf(code);
            ctx.globalAlpha = s.hatched ? 1 : 0.55;
            ctx.fillStyle = s.hatched && s.pattern ? s.pattern : s.fill;
            ctx.fill(path, "evenodd");
          }
          ctx.globalAlpha = 1;
        }

        // Outlines where a side's land ends, and fronts where two held or contested cells meet.
        function drawEdges() {
          const outlines = new Map(), front = new Path2D();
          const E = D.edges;
          for (let i = 0; i < E.length; i += 4) {
            const a = cellCode(E[i + 2]), b = E[i + 3] < 0 ? 0 : cellCode(E[i + 3]);
            if (a === b) { continue; }
            const x0 = D.xy[2 * E[i]] / 10, y0 = D.xy[2 * E[i] + 1] / 10, x1 = D.xy[2 * E[i + 1]] / 10, y1 = D.xy[2 * E[i + 1] + 1] / 10;
            if (a > 0 && b > 0) { front.moveTo(x0, y0); front.lineTo(x1, y1); continue; }
            const code = a > 0 ? a : b;
            if (!outlines.has(code)) { outlines.set(code, new Path2D()); }
            outlines.get(code).moveTo(x0, y0); outlines.get(code).lineTo(x1, y1);
          }
          ctx.lineWidth = 0.6; ctx.globalAlpha = 0.6;
          for (const [code, path] of outlines) { ctx.strokeStyle = styleOf(code).stroke; ctx.stroke(path); }
          ctx.globalAlpha = 1; ctx.lineJoin = "round"; ctx.lineCap = "round";
          ctx.strokeStyle = "#FFFFFF"; ctx.lineWidth = 6; ctx.stroke(front);
          ctx.strokeStyle = "#111111"; ctx.lineWidth = 3; ctx.stroke(front);
        }

        function drawEvents(o) {
          ctx.lineWidth = 1.5;
          for (const e of eventsByDay.get(o) || []) {
            ctx.beginPath(); ctx.arc(e[1] / 10, e[2] / 10, e[3] / 10, 0, 2 * Math.PI);
            ctx.fillStyle = "rgba(176, 0, 32, 0.18)"; ctx.fill();
            ctx.setLineDash(e[4] === 1 ? [] : [3, 2]); ctx.strokeStyle = "#B00020"; ctx.stroke();
          }
          ctx.setLineDash([]);
        }

        function drawPlaces() {
          ctx.lineWidth = 1.5;
          for (let p = 0; p < D.places.length; p++) {
            const x = D.places[p][2] / 10, y = D.places[p][3] / 10, s = styleOf(codes[p]);
            if (flags[p] !== 0) { ctx.beginPath(); ctx.arc(x, y, 8, 0, 2 * Math.PI); ctx.strokeStyle = "#B00020"; ctx.stroke(); }
            ctx.beginPath(); ctx.arc(x, y, 4.5, 0, 2 * Math.PI);
            ctx.fillStyle = s.hatched ? "#FFFFFF" : s.fill; ctx.fill();
            ctx.strokeStyle = s.stroke; ctx.stroke();
          }
          if (D.labels.length !== D.places.length) { return; }
          ctx.font = "11px " + getComputedStyle(document.body).fontFamily;
          ctx.lineWidth = 3; ctx.lineJoin = "round";
          for (let p = 0; p < D.places.length; p++) {
            const l = D.labels[p];
            if (l === null) { continue; }
            ctx.textAlign = l[2] === "middle" ? "center" : l[2] === "end" ? "right" : "left";
            ctx.strokeStyle = "rgba(255, 255, 255, 0.85)"; ctx.strokeText(D.places[p][1], l[0] / 10, l[1] / 10);
            ctx.fillStyle = "#202020"; ctx.fillText(D.places[p][1], l[0] / 10, l[1] / 10);
          }
        }

        // Bottom to top, as the SVG pictures draw them; a context layer goes in this list.
        const drawLayers = [drawTerritories, drawEdges, drawEvents, drawPlaces];

        function draw(o) {
          const m = D.map;
          ctx.clearRect(m[0], m[1], m[2], m[3]);
          for (const layer of drawLayers) { layer(o); }
        }

        function listEvents(o) {
          const list = document.getElementById("events");
          list.replaceChildren();
          const todays = eventsByDay.get(o) || [];
          for (const e of todays) {
            const item = document.createElement("li");
            const head = document.createElement("strong");
            head.textContent = e[5];
            item.appendChild(head);
            if (e[6] >= 0) { item.appendChild(document.createTextNode(" — " + D.notes[e[6]])); }
            list.appendChild(item);
          }
          if (todays.length === 0) {
            const item = document.createElement("li");
            item.className = "quiet";
            item.textContent = "No event reported on this day.";
            list.appendChild(item);
          }
        }

        function show(i) {
          i = Math.max(0, Math.min(days.length - 1, i));
          shownIndex = i;
          const o = D.days[i];
          updateStates(o);
          draw(o);
          slider.value = String(i);
          dateOutput.textContent = labels[i];
          heading.textContent = labels[i];
          document.body.dataset.day = days[i];
          listEvents(o);
          if (hovered >= 0) { describe(hovered); }
        }

        // The town under the pointer: its state, since when, and the sentences behind it.
        function describe(p) {
          const period = D.periods[p][periodOf[p]];
          tip.replaceChildren();
          const head = document.createElement("strong");
          head.textContent = D.places[p][1] + ": " + styleOf(codes[p]).label;
          tip.appendChild(head);
          const flagged = [];
          if (flags[p] & 1) { flagged.push("attacked"); }
          if (flags[p] & 2) { flagged.push("besieged"); }
          if (flags[p] & 4) { flagged.push("struck"); }
          if (flagged.length) { tip.appendChild(document.createTextNode(" (" + flagged.join(", ") + ")")); }
          for (const n of period.slice(3, 6)) { const line = document.createElement("p"); line.textContent = D.notes[n]; tip.appendChild(line); }
          if (period.length > 6) { const more = document.createElement("p"); more.textContent = "… and " + (period.length - 6) + " more"; tip.appendChild(more); }
          const x = D.places[p][2] / 10, y = D.places[p][3] / 10;
          tip.style.left = (100 * x / D.size[0]) + "%";
          tip.style.top = (100 * (y + 10) / D.size[1]) + "%";
          tip.hidden = false;
        }

        function hover(event) {
          const m = D.map, r = canvas.getBoundingClientRect();
          const x = m[0] + (event.clientX - r.left) / r.width * m[2], y = m[1] + (event.clientY - r.top) / r.height * m[3];
          let best = -1, bestD = 64;
          for (let p = 0; p < D.places.length; p++) {
            const dx = D.places[p][2] / 10 - x, dy = D.places[p][3] / 10 - y, d = dx * dx + dy * dy;
            if (d < bestD) { best = p; bestD = d; }
          }
          hovered = best;
          if (best < 0) { tip.hidden = true; } else { describe(best); }
        }

        function stop() {
          if (timer !== null) { clearInterval(timer); timer = null; }
          button.textContent = "Play";
          button.setAttribute("aria-label", "Play");
        }
        function play() {
          if (shownIndex >= days.length - 1) { show(0); }
          button.textContent = "Pause";
          button.setAttribute("aria-label", "Pause");
          timer = setInterval(function () {
            if (shownIndex + 1 >= days.length) { stop(); return; }
            show(shownIndex + 1);
          }, dayMilliseconds / Number(speed.value));
        }
        function jumpToEvent(step) {
          stop();
          for (let i = shownIndex + step; i >= 0 && i < days.length; i += step) {
            if (eventsByDay.has(D.days[i])) { show(i); return; }
          }
        }

        const player = {
          state: function (id) { const p = D.places.findIndex(function (x) { return x[0] === id; }); return p < 0 ? null : keyOf(codes[p]); },
          show: show,
          time: function (i) { const t = performance.now(); show(i); return performance.now() - t; }
        };
        window.player = player;

        if (!D) {
          document.getElementById("missing").hidden = false;
        } else {
          setUp();
          slider.addEventListener("input", function () { stop(); show(Number(slider.value)); });
          button.addEventListener("click", function () { if (timer === null) { play(); } else { stop(); } });
          speed.addEventListener("change", function () { if (timer !== null) { stop(); play(); } });
          document.getElementById("prev").addEventListener("click", function () { stop(); show(shownIndex - 1); });
          document.getElementById("next").addEventListener("click", function () { stop(); show(shownIndex + 1); });
          document.getElementById("prev-event").addEventListener("click", function () { jumpToEvent(-1); });
          document.getElementById("next-event").addEventListener("click", function () { jumpToEvent(1); });
          canvas.addEventListener("mousemove", hover);
          canvas.addEventListener("mouseleave", function () { hovered = -1; tip.hidden = true; });
          show(0);
        }

        """
}
