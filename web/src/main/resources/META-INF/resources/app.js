// GOV.UK Frontend's components, started from a file rather than an inline script: the Content-Security-Policy
// allows scripts from this app only.
import { initAll } from '/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}
initAll()
