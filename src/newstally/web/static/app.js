/* newstally: shared behaviour. Filter forms submit as soon as a list choice changes. */
(function () {
  "use strict";
  document.querySelectorAll("form.filters select").forEach(function (select) {
    select.addEventListener("change", function () {
      select.form.submit();
    });
  });
})();
