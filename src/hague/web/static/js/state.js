"use strict";
// One State's story: status today, the record with sources, periods, situations.
(() => {
  const { STATUS, api, el, sourceLink } = hague;
  const iso3 = location.pathname.split("/").filter(Boolean).pop().toUpperCase();

  async function main() {
    await hague.ready;
    const [s, t, sit] = await Promise.all([
      api("/api/v1/status/" + iso3),
      api("/api/v1/timeline/" + iso3),
      api("/api/v1/situations?state=" + iso3),
    ]);
    document.title = `hague — ${s.name}`;
    document.getElementById("title").textContent = `${s.name} (${s.iso3})`;
    document.getElementById("status-today").append(
      `On ${s.on}: `, el("span", { class: "status-badge", "data-status": s.status }, STATUS[s.status].label),
      s.group ? ` · ${s.group}` : ""
    );
    document.getElementById("caveats").replaceChildren(...s.caveats.map((c) => el("li", { class: "error" }, "Data caveat: " + c)));
    const r = s.record;
    const rows = [
      ["Signed", r.signed], ["Signature withdrawn", r.signature_withdrawn],
      [`Instrument deposited (${r.instrument_kind || "—"})`, r.instrument_deposited], ["Entry into force", r.entry_into_force],
      ["Instrument withdrawn", r.instrument_withdrawn], ["Withdrawal notified", r.withdrawal_notified],
      ["Withdrawal effective", r.withdrawal_effective],
      ["Withdrawal", r.withdrawal_revoked && `would have taken effect on ${r.withdrawal_would_have_taken_effect}; revoked on ${r.withdrawal_revoked}`],
    ].filter(([, v]) => v);
    document.getElementById("record").replaceChildren(
      ...(rows.length ? rows : [["No treaty action recorded", "—"]]).map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v)))
    );
    for (const p of s.pending) document.getElementById("record").append(el("tr", {}, el("th", {}, "Pending"), el("td", {}, `${p.what.replaceAll("_", " ")} on ${p.on} (art. ${p.article})`)));
    document.getElementById("periods").replaceChildren(
      ...t.periods.map((p) => el("tr", {}, el("td", {}, p.since || "…"), el("td", {}, p.until || "…"), el("td", {}, STATUS[p.status].label)))
    );
    document.getElementById("events").replaceChildren(
      ...t.events.map((e) =>
        el("tr", {}, el("td", {}, e.date), el("td", {}, e.kind.replaceAll("_", " ") + (e.amendment ? ` (${e.amendment})` : "")), el("td", {}, sourceLink(e.source)))
      )
    );
    document.getElementById("declarations").replaceChildren(
      ...(r.declarations.length
        ? r.declarations.map((d) =>
            el("li", {}, d.article === "12(3)"
              ? `Art. 12(3), lodged ${d.lodged}, covers ${d.covers_from} to ${d.covers_until || "open-ended"}${d.given_effect === false ? " (not given effect)" : ""} — `
              : `Art. 124, lodged ${d.lodged}, in effect ${d.effective_from || "?"} to ${d.effective_until || "?"} — `, sourceLink(d.source)))
        : [el("li", {}, "None")])
    );
    document.getElementById("amendments").replaceChildren(
      ...(r.amendments.length
        ? r.amendments.map((a) => el("li", {}, `${a.title}: accepted ${a.accepted}${a.in_force_from ? `, in force ${a.in_force_from}` : ""} — `, sourceLink(a.source)))
        : [el("li", {}, "None")])
    );
    document.getElementById("situations").replaceChildren(
      ...(sit.situations.length
        ? sit.situations.map((x) => el("li", {}, el("a", { href: "/situations?focus=" + x.id }, x.name), ` (${x.number}): ${x.stage.replaceAll("_", " ")}`))
        : [el("li", {}, "None")])
    );
  }

  main().catch((e) => {
    document.getElementById("title").textContent = "Unknown State: " + e.message;
  });
})();
