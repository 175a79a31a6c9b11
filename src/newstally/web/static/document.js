/* newstally: the document view. Clicking (or Enter on) a highlighted figure explains it in a panel. */
(function () {
  "use strict";
  var panel = document.getElementById("figure-panel");
  if (!panel) {
    return;
  }
  var list = panel.querySelector("dl");
  var fields = [
    ["value", "value"], ["category", "category"], ["counted", "counts"], ["trigger", "trigger"],
    ["period", "period"], ["place", "place"], ["actor", "actor"], ["negated", "negated"]
  ];

  function show(mark) {
    document.querySelectorAll("mark.fig.active").forEach(function (m) { m.classList.remove("active"); });
    mark.classList.add("active");
    list.replaceChildren();
    var title = document.createElement("dt");
    title.textContent = "figure";
    var text = document.createElement("dd");
    text.textContent = mark.textContent;
    list.append(title, text);
    fields.forEach(function (field) {
      var value = mark.dataset[field[0]];
      if (value) {
        var dt = document.createElement("dt");
        dt.textContent = field[1];
        var dd = document.createElement("dd");
        dd.textContent = value;
        list.append(dt, dd);
      }
    });
    panel.hidden = false;
  }

  document.querySelectorAll("mark.fig").forEach(function (mark) {
    mark.addEventListener("click", function () { show(mark); });
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        show(mark);
      }
    });
  });
  panel.querySelector(".close").addEventListener("click", function () { panel.hidden = true; });

  var target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && target.matches("mark.fig")) {
    show(target);
    target.scrollIntoView({block: "center"});
  }
})();
