/**
 * Configuration for coi-serviceworker, inlined in <head> before its script (it reads `window.coi`).
 *
 * - COEP stays `require-corp` in every browser, matching what the WebContainer runtime boots with
 *   (the package would otherwise pick `credentialless` outside Chromium and Firefox).
 * - The one-time reload is quiet: the page is hidden (html.coi-pending) while the worker installs and
 *   reloads, so the reader never sees the page twice; if no reload comes, it is shown again.
 * - It cannot loop: one reload per tab session, made once the worker is active (coi-serviceworker asks
 *   for a reload as soon as installing starts, which can come too early); if the page is still not isolated after it, we give up
 *   (the sandbox then explains "not isolated" and shows its transcript).
 */
export function coiConfigScript(): string {
  return `(function(){var d=document.documentElement,K='live-sockets:coi-reloaded',s;` +
    `try{s=sessionStorage}catch(e){s=null}` +
    `var tried=s&&s.getItem(K)==='1';` +
    `if(window.crossOriginIsolated){if(s)s.removeItem(K);}` +
    `var want=window.crossOriginIsolated===false&&window.isSecureContext&&'serviceWorker' in navigator&&!tried&&!!s;` +
    `if(want){d.classList.add('coi-pending');setTimeout(function(){d.classList.remove('coi-pending')},2500);}` +
    `window.coi={coepCredentialless:function(){return false},quiet:true,` +
    `shouldRegister:function(){return !tried},` +
    `doReload:function(){if(!s||s.getItem(K)==='1'){d.classList.remove('coi-pending');return}s.setItem(K,'1');` +
    // Reload only once the worker is active: a reload during its install would not be controlled.
    `navigator.serviceWorker.ready.then(function(){location.reload()})}};` +
    `})();`;
}
