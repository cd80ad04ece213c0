"use strict";
// The claim checker: POST the text to /api/v1/check, then mark each claim's span with its verdict.
(() => {
  const { el, sourceLink, t, tNodes, markEnglish, word } = hague;
  const form = document.getElementById("checker");
  const LABEL = Object.fromEntries(["supported", "contradicted", "partly", "not_checkable"].map((v) => [v, t("check.v." + v)]));

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
    const data = await response.json();
    if (!response.ok) {
      const error = new Error(data.error || response.statusText);
      error.body = data;
      throw error;
    }
    return data;
  }

  // Spans count Unicode code points (Python string offsets), so slice code points, not UTF-16 units.
  function marked(text, claims) {
    const chars = Array.from(text);
    const cuts = new Set([0, chars.length]);
    for (const c of claims) { cuts.add(c.span[0]); cuts.add(c.span[1]); }
    const points = [...cuts].sort((a, b) => a - b);
    const lastSegment = new Map(claims.map((c) => [c.id, c.span[1]]));
    const nodes = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = chars.slice(a, b).join("");
      const covering = claims.filter((c) => c.span[0] <= a && b <= c.span[1]);
      if (!covering.length) { nodes.push(document.createTextNode(piece)); continue; }
      const first = covering[0];
      nodes.push(el("a", { class: "claim v-" + first.verdict, href: "#claim-" + first.id, title: t("check.claim_title", { id: first.id, verdict: LABEL[first.verdict] }) }, piece));
      for (const c of covering) {
        if (lastSegment.get(c.id) === b) nodes.push(el("span", { class: "claim-label" }, `[${c.id}: ${LABEL[c.verdict]}]`));
      }
    }
    return nodes;
  }

  // The hague command that gives a figure, as code, then what it is asked in words (the API's `how`).
  function command(e) {
    if (!e.how) return [];
    if (!e.command || !e.how.startsWith(e.command)) return [" — ", e.how];
    return [" — ", el("code", {}, e.command), e.how.slice(e.command.length)];
  }

  function evidenceItem(e, english) {
    if (e.type === "ledger") {
      const extra = e.effective ? t("check.effective", { date: e.effective }) : e.entry_into_force ? t("check.in_force", { date: e.entry_into_force }) : "";
      return el("li", {}, t("common.labelled", { label: `${e.date} ${e.name} (${e.state})`, text: word("kind", e.kind) + extra }) + " — ", sourceLink(e.source));
    }
    if (e.type === "registry") {
      const note = e.note ? [" (", ...markEnglish(e.note, english), ")"] : [];
      // a situation's act names its number and name; a person's warrant or application, the person
      const who = e.number ? `${e.number} ${e.name}` : e.person;
      return el("li", {}, t("common.labelled", { label: `${e.date} ${who}`, text: word("act", e.kind) }), ...note, " — ", sourceLink(e.source));
    }
    if (e.type === "count") return el("li", {}, `${e.on}: ${e.count} (${e.convention ? word("convention", e.convention) : e.what})`, ...command(e));
    return el("li", {}, `${e.date}: ${e.what} — `, sourceLink(e.source));
  }

  function claimItem(c) {
    return el("li", { id: "claim-" + c.id },
      el("span", { class: "badge claim v-" + c.verdict }, LABEL[c.verdict]),
      el("blockquote", {}, c.text),
      el("div", {}, el("strong", {}, t("check.understood")), ...markEnglish(c.normalised, c.english)),
      el("div", {}, el("strong", {}, t("check.why")), ...markEnglish(c.because, c.english)),
      c.partly ? el("div", {}, el("strong", {}, t("check.which_part")), ...markEnglish(c.partly, c.english)) : null,
      c.evidence.length ? el("div", {}, el("strong", {}, t("check.evidence")), el("ul", {}, ...c.evidence.map((e) => evidenceItem(e, c.english)))) : null,
      ...c.caveat_parts.map((cv) => el("div", { class: "caveat" }, ...tNodes("check.caveat", { text: el("span", {}, ...hague.caveat(cv)) }))),
      el("div", { class: "muted" }, t("check.found", { pattern: c.pattern, start: c.span[0], end: c.span[1] })));
  }

  function render(text, d) {
    document.getElementById("answer").hidden = false;
    document.getElementById("summary").textContent = d.message;
    // the day given in the page's field, or today for want of one: said in the page's words, which name
    // the field as the page does (the answer's own basis names the command's --as-of)
    const basis = d.as_of_source === "today" ? t("check.basis_today") : d.as_of_source === "argument" ? t("check.basis_given") : d.as_of_basis;
    document.getElementById("asof").textContent = t("check.as_of_line", { date: d.as_of, basis, projected: d.projected ? t("check.projected") : "" });
    document.getElementById("marked").replaceChildren(...marked(text, d.claims));
    document.getElementById("claims").replaceChildren(...d.claims.map(claimItem));
  }

  async function run(text, asOf) {
    const error = document.getElementById("error");
    const busy = document.getElementById("busy");
    error.textContent = "";
    busy.hidden = false;
    try {
      // the reasons in the page's language (its ?lang=); `lang` would be the text's language
      render(text, await post("/api/v1/check", { text, as_of: asOf || null, explain_lang: hague.lang }));
    } catch (e) {
      document.getElementById("answer").hidden = true;
      error.textContent = e.message;
    } finally {
      busy.hidden = true;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = document.getElementById("text").value;
    const asOf = document.getElementById("as_of").value;
    const params = new URLSearchParams();
    if (asOf) params.set("as_of", asOf);
    // A short text goes into the URL too, so that the checked text can be shared and reloaded
    // (the server takes query strings up to 8 KiB; a longer text is checked but not linked).
    if (encodeURIComponent(text).length <= 6000) params.set("text", text);
    history.replaceState(null, "", hague.query(params));
    run(text, asOf);
  });

  // Tests and scripts wait for this before typing: the form is handled here, not submitted natively.
  document.body.dataset.ready = "1";

  // A short text can come in the URL (?text=...&as_of=...), so an answer can be linked to.
  const params = new URLSearchParams(location.search);
  if (params.get("as_of")) document.getElementById("as_of").value = params.get("as_of");
  if (params.get("text")) {
    document.getElementById("text").value = params.get("text");
    run(params.get("text"), params.get("as_of"));
  }
})();
