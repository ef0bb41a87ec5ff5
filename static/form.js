// "Add another payment": copies the last payment row with fresh names.
// The form works without this script (it always offers empty rows).
(function () {
  "use strict";
  var button = document.getElementById("add-payment");
  var box = document.getElementById("payments");
  if (!button || !box) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    var rows = box.querySelectorAll("fieldset.payment");
    var last = rows[rows.length - 1];
    if (!last || rows.length >= 30) { return; }
    var from = Number(last.getAttribute("data-index"));
    var to = from + 1;
    var copy = last.cloneNode(true);
    copy.setAttribute("data-index", String(to));
    var legend = copy.querySelector("legend");
    if (legend) { legend.textContent = legend.textContent.replace(String(from + 1), String(to + 1)); }
    copy.querySelectorAll(".error").forEach(function (e) { e.remove(); });
    copy.classList.remove("invalid");
    copy.querySelectorAll(".invalid").forEach(function (e) { e.classList.remove("invalid"); });
    copy.querySelectorAll("[id],[name],[for],[aria-describedby]").forEach(function (el) {
      ["id", "name", "for", "aria-describedby"].forEach(function (attr) {
        var v = el.getAttribute(attr);
        if (v) { el.setAttribute(attr, v.split("payment-" + from + "-").join("payment-" + to + "-")); }
      });
      el.removeAttribute("aria-invalid");
      if (el.tagName === "INPUT") { el.value = ""; }
      if (el.tagName === "SELECT") { el.selectedIndex = 0; }
    });
    last.parentNode.insertBefore(copy, last.nextSibling);
    var first = copy.querySelector("input");
    if (first) { first.focus(); }
  });
})();

// The region question: shown only for countries whose police are organised
// by region, with only that country's regions. Without this script the
// server asks it as a second step.
(function () {
  "use strict";
  var country = document.getElementById("residence_country");
  var field = document.getElementById("region-field");
  var select = document.getElementById("residence_region");
  var asked = document.getElementById("region_asked");
  if (!country || !field || !select || !asked) { return; }
  function update() {
    var active = null;
    select.querySelectorAll("optgroup").forEach(function (group) {
      var match = group.getAttribute("data-country") === country.value;
      group.disabled = !match;
      group.hidden = !match;
      if (match) { active = group; }
    });
    var chosen = select.options[select.selectedIndex];
    if (!active || (chosen && chosen.parentNode !== active && chosen.value !== "")) { select.value = ""; }
    field.hidden = !active;
    asked.disabled = !active;
  }
  country.addEventListener("change", update);
  update();
})();

// The network question: shown only where it is needed — USDT (it runs on
// Tron and on Ethereum) sent to no Tron (T…) or Ethereum (0x…) address —
// or already answered or asked by the server. Without this script it is
// always shown, its help saying when it is needed.
(function () {
  "use strict";
  var box = document.getElementById("payments");
  if (!box) { return; }
  function update(row) {
    var asset = row.querySelector("select[name$='-asset']");
    var network = row.querySelector("select[name$='-network']");
    var destination = row.querySelector("input[name$='-destination']");
    if (!asset || !network) { return; }
    var field = network.closest(".field");
    var told = destination && /^(T|0x)/i.test(destination.value.trim());
    var needed = asset.value === "USDT" && !told;
    field.hidden = !(needed || network.value !== "" || field.classList.contains("invalid"));
  }
  function changed(event) {
    var row = event.target.closest("fieldset.payment");
    if (row) { update(row); }
  }
  box.querySelectorAll("fieldset.payment").forEach(update);
  box.addEventListener("input", changed);
  box.addEventListener("change", changed);
  new MutationObserver(function () {
    box.querySelectorAll("fieldset.payment").forEach(update);
  }).observe(box, { childList: true });
})();
