/*
 * SLA countdowns: every element with class ykt-countdown and data-due (epoch milliseconds) shows
 * the time left until its deadline, or past it, and takes the urgency class of that moment
 * (ykt-sla-running, -warning, -overdue). data-left and data-over are the words before the time in
 * the page's language; data-warn is the warning time in milliseconds. A paused or met countdown
 * has no data-due and is left alone. Runs every second; elements replaced by an update are found
 * again on the next tick.
 */
(function () {
  function two(n) { return n < 10 ? '0' + n : '' + n; }
  function format(ms) {
    var s = Math.floor(ms / 1000), d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600);
    var m = Math.floor(s % 3600 / 60);
    return (d > 0 ? d + 'd ' : '') + h + ':' + two(m) + ':' + two(s % 60);
  }
  function tick() {
    var now = Date.now();
    var all = document.querySelectorAll('.ykt-countdown[data-due]');
    for (var i = 0; i < all.length; i++) {
      var el = all[i], due = Number(el.getAttribute('data-due'));
      var warn = Number(el.getAttribute('data-warn') || 1800000), left = due - now;
      var state = left <= 0 ? 'overdue' : (left <= warn ? 'warning' : 'running');
      el.textContent = (left <= 0 ? el.getAttribute('data-over') : el.getAttribute('data-left'))
          + ' ' + format(Math.abs(left));
      el.classList.remove('ykt-sla-running', 'ykt-sla-warning', 'ykt-sla-overdue');
      el.classList.add('ykt-sla-' + state);
    }
  }
  tick();
  setInterval(tick, 1000);
})();
