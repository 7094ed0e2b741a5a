// The GreenLedger console in the browser: draws each chart from the JSON the page embeds beside
// its canvas, and on the overview follows the live feed (Server-Sent Events) and reads the page
// again when the ledger commits something.
(function () {
  'use strict';
  var charts = [];

  function drawCharts(root) {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    root.querySelectorAll('script.chart-data').forEach(function (data) {
      var canvas = document.getElementById(data.dataset.for);
      if (!canvas || typeof Chart === 'undefined') { return; }
      var config = JSON.parse(data.textContent);
      config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
      charts.push(new Chart(canvas, config));
    });
  }

  function followLive(list) {
    var source = new EventSource(list.dataset.source);
    var pending = null;
    source.addEventListener('ledger', function (message) {
      var event = JSON.parse(message.data);
      var item = document.createElement('li');
      item.textContent = 'block ' + event.block + ' · ' + event.type + ' · ' + event.transaction;
      list.insertBefore(item, list.firstChild);
      clearTimeout(pending);
      pending = setTimeout(readAgain, 500);
    });
  }

  function readAgain() {
    fetch(window.location.href, { headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        var main = document.querySelector('main');
        var list = document.getElementById('live-events');
        var freshMain = fresh.querySelector('main');
        freshMain.querySelector('#live-events').replaceWith(list);
        main.replaceWith(freshMain);
        var height = fresh.getElementById('height');
        if (height) { document.getElementById('height').textContent = height.textContent; }
        drawCharts(document);
        document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts(document);
    var list = document.getElementById('live-events');
    if (list && window.EventSource) { followLive(list); }
  });
}());
