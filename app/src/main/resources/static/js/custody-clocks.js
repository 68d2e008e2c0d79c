// Running custody clocks (investigations/custody/clocks.html): counts every clock down each second
// without a reload. Times come from the server: data-deadline and data-alert are epoch ms, and the
// list's data-now is the server's clock when it was rendered (which may run ahead in training), so
// the count does not depend on this computer's clock. htmx replaces the list every 30 s; each tick
// reads the rows afresh. Loaded once however often the list is swapped.
(function () {
  'use strict';
  if (window.ecaseCustodyClocks) { return; }
  window.ecaseCustodyClocks = true;
  var skew = { rendered: null, offset: 0 };

  function serverNow() {
    var list = document.getElementById('custody-clocks');
    if (list && list.dataset.now && list.dataset.now !== skew.rendered) {
      skew.rendered = list.dataset.now;
      skew.offset = Number(list.dataset.now) - Date.now();
    }
    return Date.now() + skew.offset;
  }

  function two(n) { return n < 10 ? '0' + n : String(n); }

  function format(ms) {
    var sign = ms < 0 ? '\u2212' : '';
    var s = Math.floor(Math.abs(ms) / 1000);
    return sign + Math.floor(s / 3600) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60);
  }

  function tick() {
    var now = serverNow();
    document.querySelectorAll('tr[data-deadline]').forEach(function (row) {
      var deadline = Number(row.dataset.deadline);
      var alert = Number(row.dataset.alert);
      var left = row.querySelector('.time-left');
      if (left) { left.textContent = format(deadline - now); }
      var over = now >= deadline;
      var quarter = row.querySelector('.three-quarters');
      var overrun = row.querySelector('.overrun');
      if (quarter) { quarter.hidden = over || now < alert; }
      if (overrun) { overrun.hidden = !over; }
    });
  }

  tick();
  window.setInterval(tick, 1000);
})();
