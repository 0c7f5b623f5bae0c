// Capaian results boards: each canvas[data-chart-table] draws the table it names (rows tr[data-predikat] with
// data-label and data-count) as a bar chart. The table stays on the page, so the chart is never the only way.
(function () {
  'use strict';
  var colours = {
    SANGAT_BAIK: '#0b5d55',
    BAIK: '#3f8f86',
    BUTUH_PERBAIKAN: '#c98a00',
    KURANG: '#b35c00',
    SANGAT_KURANG: '#8c3b3b'
  };

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table || !window.Chart) { return; }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tr[data-predikat]'));
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.getAttribute('data-label'); }),
        datasets: [{
          label: canvas.getAttribute('data-series') || '',
          data: rows.map(function (r) { return Number(r.getAttribute('data-count')); }),
          backgroundColor: rows.map(function (r) { return colours[r.getAttribute('data-predikat')] || '#6c757d'; })
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: false } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart-table]'), draw);
  });
})();
