"use strict";
// The jurisdiction question as a form; the URL carries the query, so answers can be shared.
(() => {
  const { api, el, t, word } = hague;
  const form = document.getElementById("wizard");
  // The question's fields come from the API (the declaration the CLI options come from too);
  // those with an input in the form are sent, repeatable ones split at commas.
  let FIELDS = [];
  let LISTS = new Set();

  function toParams() {
    const params = new URLSearchParams();
    const data = new FormData(form);
    for (const name of FIELDS) {
      const value = (data.get(name) || "").toString().trim();
      if (!value) continue;
      if (LISTS.has(name)) value.split(/[,;]+/).map((v) => v.trim()).filter(Boolean).forEach((v) => params.append(name, v));
      else params.set(name, value);
    }
    return params;
  }

  function fromParams(params) {
    for (const name of FIELDS) {
      const input = form.elements.namedItem(name);
      if (!input) continue;
      const values = params.getAll(name);
      if (values.length) input.value = LISTS.has(name) ? values.join(", ") : values[0];
    }
  }

  // A State's name in the page's language (/api/v1/states), for a period's basis; English shows the code, as the CLI.
  const NAMES = new Map();

  // A period's basis as nodes, the data's words it leaves in English (b.english) marked lang="en".
  function basis(b) {
    const via = el("span", {}, ...hague.markEnglish(b.via, b.english));
    if (!b.state) return [`${word("link", b.link)}: `, via];
    const state = hague.lang === "en" ? b.state : NAMES.get(b.state) || b.state;
    return hague.tNodes("wizard.link_state", { state, link: word("link", b.link), via });
  }

  function render(d) {
    const section = document.getElementById("answer");
    section.hidden = false;
    const verdict = document.getElementById("verdict");
    verdict.textContent = (d.hypothetical.length ? t("wizard.hypothetical") : "") + t("verdict." + d.verdict).toLocaleUpperCase(hague.lang);
    verdict.className = "verdict " + d.verdict;
    const days = (p) => (new Date(p.end) - new Date(p.start)) / 86400000 + 1;
    const total = d.periods.reduce((n, p) => n + days(p), 0);
    document.getElementById("bar").replaceChildren(
      ...d.periods.map((p) => el("div", { class: p.verdict, style: null, "data-width": (100 * days(p)) / total, title: t("wizard.bar_title", { start: p.start, end: p.end, verdict: t("verdict." + p.verdict) }) }, t("verdict." + p.verdict)))
    );
    for (const div of document.getElementById("bar").children) div.style.flex = `${div.dataset.width} 1 0`;
    document.getElementById("periods").replaceChildren(
      ...d.periods.map((p) =>
        el("tr", {},
          el("td", {}, t("common.range", { start: p.start, end: p.end })),
          el("td", {}, t("verdict." + p.verdict)),
          el("td", {}, ...(p.bases.length ? p.bases.flatMap((b, i) => [...(i ? ["; "] : []), ...basis(b)]) : ["—"])))
      )
    );
    const steps = [...d.trace.map((s) => [null, s]), ...d.periods.flatMap((p) => p.trace.map((s) => [p, s]))];
    document.getElementById("trace").replaceChildren(
      ...steps.map(([p, s]) =>
        el("li", {},
          el("strong", {}, s.link ? hague.provision.link(s.article, t("wizard.art", { article: s.article }), s.link) : t("wizard.art", { article: s.article })), " ",
          ...hague.markEnglish(s.question, s.english), p && d.periods.length > 1 ? el("span", { class: "muted" }, ` (${t("common.range", { start: p.start, end: p.end })})`) : null,
          el("div", { class: "holds-" + s.holds }, el("strong", {}, `${{ true: "✔", false: "✘", null: "·" }[s.holds]} ${t("holds." + s.holds)} — `), ...hague.markEnglish(s.because, s.english)))
      )
    );
    document.getElementById("situations").replaceChildren(
      ...(d.situations.length ? d.situations.map((s) => el("li", {}, `${s.number}: ${s.name}`)) : [el("li", {}, t("wizard.none"))])
    );
    // each caveat with the State or amendment it is about named in the page's language, its words marked
    // lang="en" where the data gives them only in English (the API's caveat_parts)
    document.getElementById("caveats").replaceChildren(...d.caveat_parts.map((c) => el("li", {}, ...hague.caveat(c))));
  }

  async function answer(params) {
    const error = document.getElementById("error");
    error.textContent = "";
    try {
      render(await api("/api/v1/jurisdiction?" + params.toString()));
    } catch (e) {
      document.getElementById("answer").hidden = true;
      error.textContent = e.message + (e.body && e.body.valid ? t("common.valid", { values: e.body.valid.join(", ") }) : "");
    }
  }

  async function main() {
    const declared = (await api("/api/v1/jurisdiction/fields")).fields;
    FIELDS = declared.map((f) => f.name).filter((name) => form.elements.namedItem(name));
    // Each field's help, in the page's language, from the same declaration as the CLI's --help.
    for (const f of declared) {
      const input = form.elements.namedItem(f.name);
      if (input) input.setAttribute("title", f.help);
    }
    LISTS = new Set(declared.filter((f) => f.many).map((f) => f.name));
    const states = await api("/api/v1/states");
    for (const s of states) NAMES.set(s.iso3, s.name);
    document.getElementById("state-list").replaceChildren(...states.map((s) => el("option", { value: s.iso3 }, s.name)));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const params = toParams();
      history.pushState(null, "", hague.query(params));
      document.getElementById("share").href = location.href;
      answer(params);
    });
    const params = new URLSearchParams(location.search);
    if (params.has("crime")) {
      fromParams(params);
      document.getElementById("share").href = location.href;
      answer(params);
    }
  }

  main();
})();
