"use strict";
// Situations and cases on a date, with the coverage charts.
(() => {
  const { api, el, t, word, save } = hague;
  const dateInput = document.getElementById("date");
  let shown = null; // the situations answer drawn: {on, situations, meta}

  const fileName = (what, ext) => `hague-situations-${what}-${shown.on}-${hague.lang}-data-${shown.meta.data_version}.${ext}`;

  // The chart as PNG: the same-origin SVG drawn on a canvas (so the canvas stays readable).
  function downloadPng() {
    const image = new Image();
    image.addEventListener("load", () => {
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth * 2;
      canvas.height = image.naturalHeight * 2;
      const context = canvas.getContext("2d");
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => save(blob, fileName("chart", "png")), "image/png");
    });
    image.src = document.getElementById("chart").src;
  }

  // The situations table as CSV, each row with the data version and the source line.
  function downloadCsv() {
    const quote = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
    const source = t("download.situations_source", { version: shown.meta.data_version, date: shown.on });
    // since: the day of the act that began the stage; since_announced: the later day it was made public, if any
    const head = ["id", "number", "name", "states", "stage", "trigger", "since", "since_announced", "persons", "on", "data_version", "source"];
    const rows = shown.situations.map((x) =>
      [x.id, x.number, x.name, x.states.join(" "), x.stage, x.trigger, x.since, x.since_announced || "", x.cases, shown.on, shown.meta.data_version, source]);
    const text = [head, ...rows].map((r) => r.map(quote).join(",")).join("\n") + "\n";
    save(new Blob([text], { type: "text/csv;charset=utf-8" }), fileName("table", "csv"));
  }

  document.getElementById("download-png").addEventListener("click", () => shown && downloadPng());
  document.getElementById("download-csv").addEventListener("click", () => shown && downloadCsv());

  async function show(day) {
    const [s, c] = await Promise.all([api("/api/v1/situations?on=" + day), api("/api/v1/cases?on=" + day)]);
    document.getElementById("date-label").textContent = s.on;
    document.getElementById("situations").replaceChildren(
      ...s.situations.map((x) =>
        el("tr", { "data-id": x.id, "data-stage": x.stage },
          el("td", {}, x.name, el("div", { class: "muted" }, `${x.number} · ${x.states.join(", ")}`)),
          el("td", {}, word("stage", x.stage)),
          el("td", { class: "hide-narrow" }, word("trigger", x.trigger)),
          // an act made public later than it was done: both days, in words (the API's since_why)
          el("td", { class: "hide-narrow date", "data-public": x.since_public_on_day }, x.since,
            x.since_why ? el("div", { class: "muted since-why" }, x.since_why) : null),
          el("td", {}, x.cases))
      )
    );
    // a warrant made public on a day known only within bounds that hold the day: listed, marked as such
    const uncertain = (x) => el("div", { class: "muted" },
      t("situations.public_unknown", { first: x.public_not_before, last: x.public_not_after }));
    document.getElementById("cases").replaceChildren(
      ...[...c.cases, ...c.cases_uncertain].map((x) =>
        el("tr", { "data-public": x.public_on_day },
          el("td", {}, x.person, x.nationality ? el("span", { class: "muted" }, ` (${x.nationality})`) : null),
          el("td", {}, x.situation),
          el("td", {}, x.status ? word("case", x.status) : "", x.public_on_day === "uncertain" ? uncertain(x) : null),
          el("td", { class: "hide-narrow date" }, x.status_since || ""))
      )
    );
    shown = s;
    // the chart's words in the page's language (an image is fetched without the page's Accept-Language choice)
    const chartUrl = "/api/v1/stats/chart.svg?" + new URLSearchParams({ on: s.on, lang: hague.lang });
    document.getElementById("chart").src = chartUrl;
    const svg = document.getElementById("download-svg");
    svg.href = chartUrl;
    svg.setAttribute("download", fileName("chart", "svg"));
    const stats = await api("/api/v1/stats?on=" + s.on);
    const wait = stats.examination_to_investigation_days.median;
    document.getElementById("stats-text").textContent =
      t("situations.median", { days: wait === null ? "—" : t("situations.days", { n: Math.round(wait) }) }) + " " + stats.sources;
    history.replaceState(null, "", hague.query({ on: s.on }));
  }

  dateInput.addEventListener("change", () => dateInput.value && show(dateInput.value));
  const asked = new URLSearchParams(location.search).get("on") || hague.today();
  dateInput.value = asked;
  show(asked).catch((e) => (document.getElementById("date-label").textContent = t("common.error", { message: e.message })));
})();
