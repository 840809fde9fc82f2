// The one small script behind every copy button: no framework, event delegation, shown only when it can run.
//
// Buttons are rendered `hidden` so a page without JavaScript shows the code as text and no dead button. The script
// unhides them once the page is parsed (it always runs during parsing: inline, never injected later), then one click
// listener on the document serves every button. It guards against running twice (flag `document.lcopy`), because
// a page can get it from both a component and the build-time injection. When the Clipboard API is missing or refused
// (plain http, old browsers) it selects the text so the reader can press Ctrl+C.
export const COPY_SCRIPT =
  `(d=>{if(!d.lcopy){d.lcopy=1;let s="[data-linkable-copy]";` +
  `d.addEventListener("DOMContentLoaded",()=>d.querySelectorAll(s).forEach(b=>b.hidden=!1));` +
  `d.addEventListener("click",e=>{let b=e.target.closest(s),t,f;if(b){t=d.getElementById(b.dataset.linkableCopy);` +
  `f=m=>{b.l??=b.textContent;b.textContent=m;setTimeout(()=>b.textContent=b.l,2e3)};` +
  `(async()=>navigator.clipboard.writeText(t.textContent))().then(()=>f("Copied"),()=>{getSelection().selectAllChildren(t);f("Press Ctrl+C")})}})}})(document)`;
