"use strict";
// One State's story: status today, the record with sources, periods, situations.
(() => {
  const { STATUS, api, el, sourceLink, t, tNodes, said, word, href } = hague;
  const { inText } = hague.provision; // each article named links to its text (panel.js)
  const iso3 = location.pathname.split("/").filter(Boolean).pop().toUpperCase();

  async function main() {
    await hague.ready;
    const [s, tl, sit] = await Promise.all([
      api("/api/v1/status/" + iso3),
      api("/api/v1/timeline/" + iso3),
      api("/api/v1/situations?state=" + iso3),
    ]);
    document.title = t("state.doc_title", { name: s.name });
    document.getElementById("title").textContent = `${s.name} (${s.iso3})`;
    document.getElementById("status-today").append(
      t("state.on", { date: s.on }), el("span", { class: "status-badge", "data-status": s.status }, STATUS[s.status].label),
      s.group ? ` · ${word("group", s.group)}` : ""
    );
    // the caveat's words marked lang="en" where the data gives them only in English (caveat_parts, with lang)
    const parts = s.caveat_parts || s.caveats.map((text) => ({ text, lang: "en" }));
    document.getElementById("caveats").replaceChildren(
      ...parts.map((c) => el("li", { class: "error" }, ...tNodes("state.caveat", { text: said(c.text, c.lang) })))
    );
    const r = s.record;
    const rows = [
      [t("state.signed"), r.signed], [t("state.signature_withdrawn"), r.signature_withdrawn],
      [t("state.instrument_deposited", { kind: r.instrument_kind ? word("kind", r.instrument_kind) : "—" }), r.instrument_deposited],
      [t("state.entry_into_force"), r.entry_into_force],
      [t("state.instrument_withdrawn"), r.instrument_withdrawn], [t("state.withdrawal_notified"), r.withdrawal_notified],
      [t("state.withdrawal_effective"), r.withdrawal_effective],
      [t("state.withdrawal"), r.withdrawal_revoked && t("state.revoked", { effect: r.withdrawal_would_have_taken_effect, revoked: r.withdrawal_revoked })],
    ].filter(([, v]) => v);
    document.getElementById("record").replaceChildren(
      ...(rows.length ? rows : [[t("state.no_action"), "—"]]).map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v)))
    );
    for (const p of s.pending) {
      const what = word("pending", p.what);
      document.getElementById("record").append(el("tr", {}, el("th", {}, t("state.pending")), el("td", {}, inText(t("state.pending_text", { what, on: p.on, article: p.article })))));
    }
    document.getElementById("periods").replaceChildren(
      ...tl.periods.map((p) => el("tr", {}, el("td", {}, p.since || "…"), el("td", {}, p.until || "…"), el("td", {}, STATUS[p.status].label)))
    );
    document.getElementById("events").replaceChildren(
      ...tl.events.map((e) =>
        el("tr", {}, el("td", {}, e.date), el("td", {}, word("kind", e.kind) + (e.amendment ? ` (${e.amendment})` : "")), el("td", {}, sourceLink(e.source)))
      )
    );
    const none = () => [el("li", {}, t("common.none"))];
    document.getElementById("declarations").replaceChildren(
      ...(r.declarations.length
        ? r.declarations.map((d) =>
            el("li", {}, inText(d.article === "12(3)"
              ? t("state.decl_12_3", { lodged: d.lodged, from: d.covers_from, until: d.covers_until || t("state.open_ended") }) + (d.given_effect === false ? t("state.not_given_effect") : "") + " — "
              : t("state.decl_124", { lodged: d.lodged, from: d.effective_from || "?", until: d.effective_until || "?" }) + " — "), sourceLink(d.source)))
        : none())
    );
    document.getElementById("amendments").replaceChildren(
      ...(r.amendments.length
        ? r.amendments.map((a) => el("li", {}, t("state.amendment", { title: a.title, accepted: a.accepted }) + (a.in_force_from ? t("state.amendment_in_force", { date: a.in_force_from }) : "") + " — ", sourceLink(a.source)))
        : none())
    );
    document.getElementById("situations").replaceChildren(
      ...(sit.situations.length
        ? sit.situations.map((x) => el("li", {}, el("a", { href: href("/situations?focus=" + x.id) }, x.name), ` (${x.number}): ${word("stage", x.stage)}`))
        : none())
    );
  }

  main().catch((e) => {
    document.getElementById("title").textContent = t("state.unknown", { message: e.message });
  });
})();
