/**
 * document.open() (and document.write() after the page loaded) keeps the Document and Window
 * but replaces the document's element and erases every event listener on the document, the
 * window and the old tree. Mutation observers survive it, so one watching the document's own
 * children tells when listeners have to be added again.
 */
export function onDocumentElementReplaced(doc: Document, callback: () => void): () => void {
  const observer = new MutationObserver((records) => {
    if (records.some((r) => [...r.removedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE))) callback();
  });
  observer.observe(doc, { childList: true });
  return () => observer.disconnect();
}
