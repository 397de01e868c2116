let pointerDown = false;
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('pointerdown', () => (pointerDown = true), true);
  document.addEventListener('pointerup', () => (pointerDown = false), true);
}

// A box that shows or hides something when it loses focus moves what lies below it. Losing focus to a press of the
// mouse happens on pointerdown, before the click: changing the layout then would move the click's target away from
// under the pointer, so the change waits until the press is over and its click has landed.
export function afterPointerRelease(then: () => void): void {
  listen();
  if (!pointerDown) {
    then();
    return;
  }
  const released = () => {
    document.removeEventListener('pointerup', released, true);
    // The click is dispatched right after pointerup, in the same task.
    setTimeout(then, 0);
  };
  document.addEventListener('pointerup', released, true);
}

export function watchPointer(): void {
  listen();
}
