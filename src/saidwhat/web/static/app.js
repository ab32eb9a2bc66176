// saidwhat: small progressive enhancements. Every page works without this file.
// Text goes into the DOM only through textContent, never innerHTML.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var pop = null;
  var current = null;

  function popover() {
    if (!pop) {
      pop = document.createElement("div");
      pop.id = "stmt-popover";
      pop.className = "popover";
      pop.setAttribute("role", "tooltip");
      pop.hidden = true;
      document.body.appendChild(pop);
    }
    return pop;
  }

  function pieces(q) {
    return document.querySelectorAll('.stmt[data-q="' + q + '"]');
  }

  function show(el, rect) {
    var p = popover();
    var lines = (el.getAttribute("data-tip") || "").split("\n");
    p.textContent = "";
    lines.forEach(function (line, i) {
      var div = document.createElement("div");
      div.className = i === 0 ? "pop-who" : "pop-line";
      div.textContent = line;
      p.appendChild(div);
    });
    var hue = el.style.getPropertyValue("--hue");
    if (hue) { p.style.setProperty("--hue", hue); p.classList.remove("pop-none"); }
    else { p.style.removeProperty("--hue"); p.classList.add("pop-none"); }
    p.hidden = false;
    var box = rect || el.getClientRects()[0] || el.getBoundingClientRect();
    var top = window.scrollY + box.bottom + 8;
    var left = window.scrollX + box.left;
    var width = p.offsetWidth;
    var maxLeft = window.scrollX + document.documentElement.clientWidth - width - 8;
    p.style.top = top + "px";
    p.style.left = Math.max(window.scrollX + 8, Math.min(left, maxLeft)) + "px";
    hide(false);
    current = el.getAttribute("data-q");
    pieces(current).forEach(function (m) { m.classList.add("active"); });
    var speaker = el.getAttribute("data-speaker");
    document.querySelectorAll(".person-card").forEach(function (card) {
      card.classList.toggle("active", card.getAttribute("data-speaker") === speaker);
    });
  }

  function hide(all) {
    if (current !== null) {
      pieces(current).forEach(function (m) { m.classList.remove("active"); });
      current = null;
    }
    document.querySelectorAll(".person-card.active").forEach(function (c) { c.classList.remove("active"); });
    if (all !== false && pop) pop.hidden = true;
  }

  function pointAt(ev, el) {
    var rects = el.getClientRects();
    for (var i = 0; i < rects.length; i++) {
      var r = rects[i];
      if (ev.clientY >= r.top && ev.clientY <= r.bottom) return r;
    }
    return null;
  }

  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest && ev.target.closest(".stmt");
    if (el) show(el, pointAt(ev, el));
    else if (current !== null && document.activeElement && !document.activeElement.classList.contains("stmt")) hide();
  });
  document.addEventListener("focusin", function (ev) {
    var el = ev.target.closest && ev.target.closest(".stmt");
    if (el) show(el); else hide();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") hide();
  });

  // Statement list: jump to and focus the statement.
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest && ev.target.closest("[data-jump]");
    if (!link) return;
    var target = document.getElementById(link.getAttribute("data-jump"));
    if (!target) return;
    ev.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  });

  // Paste box: a live character count against the limit.
  var area = document.getElementById("paste-text");
  var count = document.getElementById("paste-count");
  if (area && count) {
    var max = parseInt(area.getAttribute("data-max"), 10);
    var update = function () {
      var n = area.value.length;
      count.textContent = n.toLocaleString() + " / " + max.toLocaleString() + " characters";
      count.classList.toggle("over", n > max);
    };
    area.addEventListener("input", update);
    if (area.value) update();
  }
})();
