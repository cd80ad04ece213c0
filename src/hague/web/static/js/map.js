"use strict";
// The world on a date: every State coloured (and patterned) by its status. Also the embed
// (/embed/map?date=…: no controls, links open in a new tab), and the downloads of both: the
// map as PNG or SVG with its legend and source line, the data shown as CSV.
(() => {
  const embed = document.body.dataset.page === "embed";
  const { STATUS, api, el, t, href, save } = hague;
  const START = new Date("1998-07-17T00:00:00Z");
  const DAY = 86400000;
  const dateInput = document.getElementById("date");
  const slider = document.getElementById("slider");
  const play = document.getElementById("play");
  const tooltip = document.getElementById("tooltip");
  let byNumeric = new Map();
  let paths = null;
  let timer = null;
  let pending = null;
  let focused = null; // the State the map's one tab stop is on (roving tabindex)
  let shown = null; // the answer drawn: {on, counts, states, meta}

  const toDay = (d) => new Date(START.getTime() + d * DAY).toISOString().slice(0, 10);
  const fromDay = (iso) => Math.round((new Date(iso + "T00:00:00Z") - START) / DAY);

  function patterns() {
    const defs = document.getElementById("patterns");
    const ns = "http://www.w3.org/2000/svg";
    for (const [key, s] of Object.entries(STATUS)) {
      const p = document.createElementNS(ns, "pattern");
      p.setAttribute("id", "p-" + key);
      p.setAttribute("patternUnits", "userSpaceOnUse");
      p.setAttribute("width", "6");
      p.setAttribute("height", "6");
      const bg = document.createElementNS(ns, "rect");
      bg.setAttribute("width", "6");
      bg.setAttribute("height", "6");
      bg.setAttribute("fill", s.colour);
      p.append(bg);
      const mark = document.createElementNS(ns, "path");
      mark.setAttribute("stroke", "#fff");
      mark.setAttribute("stroke-width", "1.5");
      mark.setAttribute("fill", "#fff");
      const shapes = { stripes: "M0,6 L6,0", dots: "M2.5,3 a0.8,0.8 0 1,0 1,0", cross: "M0,0 L6,6 M6,0 L0,6", hlines: "M0,3 L6,3" };
      if (s.pattern) {
        mark.setAttribute("d", shapes[s.pattern]);
        p.append(mark);
      }
      defs.append(p);
    }
  }

  function swatch(key) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 12 8");
    svg.setAttribute("aria-hidden", "true");
    const r = document.createElementNS(ns, "rect");
    r.setAttribute("width", "12");
    r.setAttribute("height", "8");
    r.setAttribute("fill", `url(#p-${key})`);
    svg.append(r);
    return svg;
  }

  async function drawMap() {
    const topo = await fetch("/static/vendor/countries-50m.json").then((r) => r.json());
    const features = topojson.feature(topo, topo.objects.countries).features;
    const projection = d3.geoNaturalEarth1().fitSize([960, 500], { type: "Sphere" });
    const path = d3.geoPath(projection);
    const group = document.getElementById("countries");
    const ns = "http://www.w3.org/2000/svg";
    paths = [];
    for (const f of features) {
      const d = path(f);
      if (!d) continue;
      const node = document.createElementNS(ns, "path");
      node.setAttribute("d", d);
      node.setAttribute("class", "country");
      node.dataset.numeric = f.id || "";
      node.dataset.name = (f.properties && f.properties.name) || "";
      [node.cx, node.cy] = path.centroid(f);
      node.addEventListener("mousemove", (e) => hover(node, e));
      node.addEventListener("mouseleave", () => (tooltip.style.display = "none"));
      node.addEventListener("click", () => open(node));
      group.append(node);
      paths.push(node);
    }
  }

  function open(node) {
    const s = byNumeric.get(node.dataset.numeric);
    if (!s) return;
    if (embed) window.open(href("/state/" + s.iso3), "_blank", "noopener");
    else location.href = href("/state/" + s.iso3);
  }

  // The map by keyboard: one tab stop; arrow keys move to the nearest State in that direction,
  // Home and End to the first and last by name, a letter to the next State whose name starts
  // with it, Enter (or Space) opens its record. The table below is the map's text alternative.
  const covered = () => (paths || []).filter((n) => byNumeric.has(n.dataset.numeric));
  const byName = () => covered().sort((a, b) => a.getAttribute("aria-label").localeCompare(b.getAttribute("aria-label"), hague.lang));

  function nearest(from, dx, dy) {
    let best = null;
    let score = Infinity;
    for (const n of covered()) {
      if (n === from) continue;
      const x = n.cx - from.cx;
      const y = n.cy - from.cy;
      const along = x * dx + y * dy; // distance in the direction asked
      if (along <= 0) continue;
      const across = Math.abs(x * dy - y * dx);
      const s = along + 2 * across;
      if (s < score) { score = s; best = n; }
    }
    return best;
  }

  function moveTo(node) {
    if (!node) return;
    for (const n of paths) n.setAttribute("tabindex", "-1");
    node.setAttribute("tabindex", "0");
    node.focus();
  }

  function onKey(event) {
    const node = event.target.closest && event.target.closest("path.country");
    if (!node) return;
    const arrows = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (arrows[event.key]) moveTo(nearest(node, ...arrows[event.key]));
    else if (event.key === "Home") moveTo(byName()[0]);
    else if (event.key === "End") moveTo(byName().at(-1));
    else if (event.key === "Enter" || event.key === " ") open(node);
    else if (event.key.length === 1 && /\p{L}/u.test(event.key)) {
      const list = byName();
      const start = list.indexOf(node);
      const rest = [...list.slice(start + 1), ...list.slice(0, start + 1)];
      moveTo(rest.find((n) => n.getAttribute("aria-label").toLocaleLowerCase(hague.lang).startsWith(event.key.toLocaleLowerCase(hague.lang))));
    } else return;
    event.preventDefault();
  }

  function tip(node) {
    const s = byNumeric.get(node.dataset.numeric);
    if (!s) return;
    const box = node.getBoundingClientRect();
    tooltip.textContent = `${s.name}: ${STATUS[s.status].label}${s.caveat ? t("map.tooltip.caveat") : ""}`;
    tooltip.style.display = "block";
    tooltip.style.left = Math.max(0, box.left + box.width / 2) + "px";
    tooltip.style.top = box.bottom + 6 + "px";
  }

  function hover(node, event) {
    const s = byNumeric.get(node.dataset.numeric);
    tooltip.textContent = s
      ? `${s.name}: ${STATUS[s.status].label}${s.caveat ? t("map.tooltip.caveat") : ""}`
      : t("map.not_covered", { name: node.dataset.name });
    tooltip.style.display = "block";
    tooltip.style.left = event.clientX + 12 + "px";
    tooltip.style.top = event.clientY + 12 + "px";
  }

  async function show(day) {
    const data = await api("/api/v1/map?on=" + day);
    if (!embed && day !== dateInput.value) return; // a newer date was asked for meanwhile
    byNumeric = new Map(data.states.map((s) => [s.numeric, s]));
    shown = data;
    document.getElementById("date-label").textContent = data.on;
    if (!embed) document.getElementById("projected").hidden = !data.projected;
    const source = t("download.source", { version: data.meta.data_version, date: data.on });
    const full = href("/?on=" + data.on);
    document.getElementById("source").replaceChildren(
      source, " ", embed ? el("a", { href: full, target: "_blank", rel: "noopener" }, t("embed.full")) : ""
    );
    const csv = new URLSearchParams({ on: data.on });
    if (hague.lang !== "en") csv.set("lang", hague.lang);
    document.getElementById("download-csv").href = "/api/v1/map.csv?" + csv;
    const embedLink = document.getElementById("embed-link");
    if (embedLink) embedLink.href = `/embed/map?date=${data.on}&lang=${hague.lang}`;
    const legend = document.getElementById("legend");
    legend.replaceChildren(
      ...Object.entries(STATUS).map(([key, s]) =>
        el("li", { "data-status": key }, swatch(key), `${s.label}: `, el("strong", { "data-count": key }, data.counts[key]))
      )
    );
    for (const node of paths || []) {
      const s = byNumeric.get(node.dataset.numeric);
      node.setAttribute("fill", s ? `url(#p-${s.status})` : "#f4f4f4");
      node.dataset.status = s ? s.status : "";
      if (s) {
        node.setAttribute("role", "link");
        node.setAttribute("aria-label", `${s.name}: ${STATUS[s.status].label}`);
        node.setAttribute("tabindex", "-1");
      } else {
        for (const a of ["role", "aria-label", "tabindex"]) node.removeAttribute(a);
      }
    }
    if (!focused || !byNumeric.has(focused.dataset.numeric)) focused = byName()[0] || null;
    if (focused) focused.setAttribute("tabindex", "0");
    document.getElementById("states").replaceChildren(
      ...data.states.map((s) =>
        el("tr", { "data-iso3": s.iso3, "data-status": s.status },
          el("td", {}, el("a", { href: href("/state/" + s.iso3), target: embed ? "_blank" : null }, s.name)),
          el("td", {}, STATUS[s.status].label,
            s.caveat ? el("a", { href: href("/state/" + s.iso3), class: "caveat-mark", title: t("map.caveat_title") }, t("map.caveat_mark")) : ""))
      )
    );
    document.body.dataset.shown = data.on;
    if (embed) return;
    const params = new URLSearchParams(location.search);
    params.set("on", data.on);
    history.replaceState(null, "", "?" + params.toString());
  }

  // -- downloads: the map as drawn, with a title, its legend and the source line ----------
  function picture() {
    const ns = "http://www.w3.org/2000/svg";
    const map = document.getElementById("map").cloneNode(true);
    map.removeAttribute("id");
    for (const n of map.querySelectorAll("[tabindex], [role], [aria-label]")) ["tabindex", "role", "aria-label"].forEach((a) => n.removeAttribute(a));
    const out = document.createElementNS(ns, "svg");
    out.setAttribute("xmlns", ns);
    out.setAttribute("viewBox", "0 0 960 610");
    out.setAttribute("width", "1920");
    out.setAttribute("height", "1220");
    out.setAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");
    const text = (x, y, words, size, weight) => {
      const node = document.createElementNS(ns, "text");
      node.setAttribute("x", x);
      node.setAttribute("y", y);
      node.setAttribute("font-size", size);
      if (weight) node.setAttribute("font-weight", weight);
      node.setAttribute("fill", "#1a1a1a");
      node.textContent = words;
      return node;
    };
    const bg = document.createElementNS(ns, "rect");
    bg.setAttribute("width", "960");
    bg.setAttribute("height", "610");
    bg.setAttribute("fill", "#ffffff");
    out.append(bg, text(10, 24, t("map.h1.before") + shown.on + t("map.h1.after"), 18, "700"));
    const body = document.createElementNS(ns, "g");
    body.setAttribute("transform", "translate(0,34)");
    const sea = document.createElementNS(ns, "rect");
    sea.setAttribute("width", "960");
    sea.setAttribute("height", "500");
    sea.setAttribute("fill", "#eef4f7");
    body.append(sea, ...map.childNodes);
    out.append(body);
    let x = 10;
    let y = 552;
    for (const [key, s] of Object.entries(STATUS)) {
      const label = `${s.label}: ${shown.counts[key]}`;
      const width = 22 + label.length * 6.4;
      if (x + width > 950) { x = 10; y += 20; }
      const box = document.createElementNS(ns, "rect");
      box.setAttribute("x", x);
      box.setAttribute("y", y - 10);
      box.setAttribute("width", "16");
      box.setAttribute("height", "11");
      box.setAttribute("fill", `url(#p-${key})`);
      box.setAttribute("stroke", "#999");
      out.append(box, text(x + 20, y, label, 11));
      x += width + 12;
    }
    out.append(text(10, 600, t("download.source", { version: shown.meta.data_version, date: shown.on }), 11));
    return new XMLSerializer().serializeToString(out);
  }

  const fileName = (ext) => `hague-map-${shown.on}-${hague.lang}-data-${shown.meta.data_version}.${ext}`;

  function downloadSvg() {
    save(new Blob([picture()], { type: "image/svg+xml" }), fileName("svg"));
  }

  function downloadPng() {
    const image = new Image();
    image.addEventListener("load", () => {
      const canvas = document.createElement("canvas");
      canvas.width = 1920;
      canvas.height = 1220;
      canvas.getContext("2d").drawImage(image, 0, 0, 1920, 1220);
      canvas.toBlob((blob) => save(blob, fileName("png")), "image/png");
    });
    // A data: URL (the page's CSP allows data: images), so the canvas stays readable.
    image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(picture());
  }

  function setDay(iso) {
    if (embed) {
      show(iso);
      return;
    }
    dateInput.value = iso;
    slider.value = fromDay(iso);
    clearTimeout(pending);
    pending = setTimeout(() => show(iso), 30);
  }

  function togglePlay() {
    if (timer) {
      clearInterval(timer);
      timer = null;
      play.textContent = t("map.play");
      play.setAttribute("aria-pressed", "false");
      return;
    }
    if (Number(slider.value) >= Number(slider.max)) slider.value = 0;
    play.textContent = t("map.pause");
    play.setAttribute("aria-pressed", "true");
    timer = setInterval(() => {
      const next = Math.min(Number(slider.max), Number(slider.value) + 61);
      setDay(toDay(next));
      if (next >= Number(slider.max)) togglePlay();
    }, 250);
  }

  async function main() {
    if (document.getElementById("embed-error")) return; // a bad date: the server said why
    await hague.ready;
    const today = hague.today();
    patterns();
    if (!embed) {
      slider.max = fromDay(today);
      dateInput.max = "2100-12-31";
      slider.addEventListener("input", () => setDay(toDay(Number(slider.value))));
      dateInput.addEventListener("change", () => dateInput.value && setDay(dateInput.value));
      play.addEventListener("click", togglePlay);
    }
    document.getElementById("download-svg").addEventListener("click", () => shown && downloadSvg());
    document.getElementById("download-png").addEventListener("click", () => shown && downloadPng());
    // Focus listeners on the document, not on the map: Chromium makes an SVG element with a
    // focus listener of its own focusable, which would put every territory in the tab order.
    document.getElementById("countries").addEventListener("keydown", onKey);
    const onMap = (event) => event.target instanceof SVGElement && event.target.matches("#countries path.country");
    document.addEventListener("focusin", (event) => { if (onMap(event)) { focused = event.target; tip(event.target); } });
    document.addEventListener("focusout", (event) => { if (onMap(event)) tooltip.style.display = "none"; });
    const asked = new URLSearchParams(location.search).get(embed ? "date" : "on");
    await drawMap();
    setDay(asked || today);
  }

  main().catch((e) => {
    document.getElementById("date-label").textContent = t("common.error", { message: e.message });
  });
})();
