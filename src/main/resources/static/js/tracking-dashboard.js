// Capaian dashboards: two bar charts fed by the page's JSON endpoint, redrawn every 60 seconds without a reload.
// The same numbers stand in the table below the charts (refreshed by htmx), so the charts are never the only way.
(function () {
  'use strict';
  var charts = {};
  var colours = ['#0b5d55', '#c98a00'];

  function short(label) {
    var max = window.innerWidth < 576 ? 16 : 28;
    return typeof label === 'string' && label.length > max ? label.slice(0, max - 1) + '\u2026' : label;
  }

  function render(canvas, data) {
    var rates = canvas.getAttribute('data-kind') === 'rates';
    var labels = data.rows.map(function (r) { return r.name; });
    var a = data.rows.map(function (r) { return rates ? r.entryRate : r.lagging; });
    var b = data.rows.map(function (r) { return rates ? r.averageAchievement : r.pendingReviews; });
    canvas.parentNode.style.height = Math.max(160, data.rows.length * 46 + 70) + 'px';
    var chart = charts[canvas.id];
    if (chart) {
      chart.data.labels = labels;
      chart.data.datasets[0].data = a;
      chart.data.datasets[1].data = b;
      chart.update('none');
      return;
    }
    charts[canvas.id] = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          { label: canvas.getAttribute('data-label-a'), data: a, backgroundColor: colours[0] },
          { label: canvas.getAttribute('data-label-b'), data: b, backgroundColor: colours[1] }
        ]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { left: 4, right: 8 } },
        scales: {
          x: rates ? { min: 0, suggestedMax: 100, ticks: { callback: function (v) { return v + '%'; } } }
                   : { min: 0, suggestedMax: 5, ticks: { precision: 0 } },
          y: { ticks: { callback: function (v) { return short(this.getLabelForValue(v)); } } }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  function refresh() {
    var canvases = Array.prototype.slice.call(document.querySelectorAll('canvas[data-url]'));
    if (!canvases.length || !window.Chart) { return; }
    fetch(canvases[0].getAttribute('data-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data && data.rows) { canvases.forEach(function (c) { render(c, data); }); } })
      .catch(function () { /* the next round tries again; the table still shows the numbers */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    refresh();
    window.setInterval(refresh, 60000);
  });
})();
