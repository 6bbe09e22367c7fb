// Run at the top of the body, before anything is drawn, so that GOV.UK Frontend's styles for
// pages with JavaScript apply from the start. A file rather than inline script: the
// Content-Security-Policy allows no inline script.
document.body.className +=
  ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
