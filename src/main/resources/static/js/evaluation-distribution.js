// Capaian unit distribution: a bar chart of the predikat spread drawn from the table on the page (the table stays,
// so the chart is never the only way to read the numbers).
(function () {
  'use strict';
  var colours = {
    SANGAT_BAIK: '#198754', BAIK: '#0b5d55', BUTUH_PERBAIKAN: '#c98a00', KURANG: '#d9480f', SANGAT_KURANG: '#b02a37'
  };

  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('spread-chart');
    if (!canvas || !window.Chart) { return; }
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table) { return; }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-predikat]'));
    var labels = rows.map(function (r) { return r.querySelector('th').textContent.trim(); });
    var values = rows.map(function (r) { return parseInt(r.getAttribute('data-count'), 10) || 0; });
    var fill = rows.map(function (r) { return colours[r.getAttribute('data-predikat')] || '#6c757d'; });
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: canvas.getAttribute('data-label'), data: values, backgroundColor: fill }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { min: 0, ticks: { precision: 0 } }, x: { ticks: { autoSkip: false, maxRotation: 45 } } },
        plugins: { legend: { display: false } }
      }
    });
  });
})();
