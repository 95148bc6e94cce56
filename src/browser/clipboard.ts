/**
 * Copies text for pasting into a chat (WeChat's own browser cannot download files). `box` shows
 * the text, selected, so the learner can long-press and copy it when the browser refuses.
 */
export async function copyText(text: string, box: HTMLTextAreaElement): Promise<boolean> {
  box.value = text;
  box.select();
  box.setSelectionRange(0, text.length); // iOS selects nothing with select() alone
  // The clipboard API needs HTTPS; an intranet site on plain HTTP falls back to the older command.
  return (
    (await navigator.clipboard?.writeText(text).then(
      () => true,
      () => false,
    )) || document.execCommand('copy')
  );
}
