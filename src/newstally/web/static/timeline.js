/* newstally: the timeline chart, drawn with the vendored Chart.js from the page's JSON data block. */
(function () {
  "use strict";
  var source = document.getElementById("timeline-data");
  var canvas = document.getElementById("timeline-chart");
  if (!source || !canvas || !window.Chart) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
                 "#17becf", "#393b79"];
  var conflictColour = "#d62728";

  function describe(p) {
    var value = p.high === null ? String(p.value) : p.value + "–" + p.high;
    var period = p.period.text || [p.period.start, p.period.end].filter(Boolean).join(" – ");
    var others = p.other_values.length ? " · also " + p.other_values.join(", ") : "";
    return value + (p.counted ? " " + p.counted : "") + " (" + period + ")" + others + (p.conflict ? " · CONFLICT" : "");
  }

  var datasets = data.series.map(function (series, i) {
    var colour = palette[i % palette.length];
    return {
      label: series.name,
      data: series.points.map(function (p) { return {x: p.x, y: p.value, point: p}; }),
      showLine: true,
      tension: 0,
      borderColor: colour,
      backgroundColor: colour,
      pointRadius: series.points.map(function (p) { return p.conflict ? 7 : 4; }),
      pointHoverRadius: series.points.map(function (p) { return p.conflict ? 9 : 6; }),
      pointBorderColor: series.points.map(function (p) { return p.conflict ? conflictColour : colour; }),
      pointBorderWidth: series.points.map(function (p) { return p.conflict ? 3 : 1; })
    };
  });

  var chart = new window.Chart(canvas, {
    type: "scatter",
    data: {datasets: datasets},
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: {
          type: "linear",
          title: {display: true, text: "period (year)"},
          ticks: {
            precision: 0,
            callback: function (v) { return String(v); }
          }
        },
        y: {beginAtZero: true, title: {display: true, text: data.category}}
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: function (ctx) { return ctx.dataset.label + ": " + describe(ctx.raw.point); }
          }
        }
      },
      onClick: function (event, elements) {
        if (elements.length) {
          var p = datasets[elements[0].datasetIndex].data[elements[0].index].point;
          location.href = "/documents/" + p.document_id + "#fig-" + p.figure_id;
        }
      }
    }
  });
  canvas.dataset.points = String(chart.data.datasets.reduce(function (n, d) { return n + d.data.length; }, 0));
})();
