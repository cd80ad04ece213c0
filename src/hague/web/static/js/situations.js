"use strict";
// Situations and cases on a date, with the coverage charts.
(() => {
  const { api, el, t, word } = hague;
  const dateInput = document.getElementById("date");

  async function show(day) {
    const [s, c] = await Promise.all([api("/api/v1/situations?on=" + day), api("/api/v1/cases?on=" + day)]);
    document.getElementById("date-label").textContent = s.on;
    document.getElementById("situations").replaceChildren(
      ...s.situations.map((x) =>
        el("tr", { "data-id": x.id, "data-stage": x.stage },
          el("td", {}, x.name, el("div", { class: "muted" }, `${x.number} · ${x.states.join(", ")}`)),
          el("td", {}, word("stage", x.stage)),
          el("td", { class: "hide-narrow" }, word("trigger", x.trigger)),
          el("td", { class: "hide-narrow date" }, x.since),
          el("td", {}, x.cases))
      )
    );
    document.getElementById("cases").replaceChildren(
      ...c.cases.map((x) =>
        el("tr", {},
          el("td", {}, x.person, x.nationality ? el("span", { class: "muted" }, ` (${x.nationality})`) : null),
          el("td", {}, x.situation),
          el("td", {}, x.status ? word("case", x.status) : ""),
          el("td", { class: "hide-narrow date" }, x.status_since || ""))
      )
    );
    document.getElementById("chart").src = "/api/v1/stats/chart.svg?on=" + s.on;
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
