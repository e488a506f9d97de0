// Applies the saved reading theme before the first paint, so a dark-theme reader never sees a
// white flash. An external file (not inline) so a strict Content-Security-Policy allows it.
(function () {
  var theme = 'light';
  try {
    var saved = JSON.parse(window.localStorage.getItem('parallax:reading-settings:v1') || 'null');
    if (saved && (saved.theme === 'light' || saved.theme === 'dark' || saved.theme === 'sepia')) theme = saved.theme;
    else if (window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches) theme = 'dark';
  } catch {
    /* storage unavailable: keep the default */
  }
  document.documentElement.setAttribute('data-theme', theme);
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
})();
