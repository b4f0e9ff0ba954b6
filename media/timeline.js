// @ts-check
// The timeline page's only script. The page is drawn by the extension (the marks carry their cable's
// key in data-key); this script reads nothing but those attributes, writes no markup, and sends one
// kind of message: { type: 'open', key } when a cable is clicked or Enter (or Space) is pressed on it.
// The arrow keys move between cables (left/right in date order, up/down to the nearest cable of the
// next lane), Home and End to the first and last; the marks share one tab stop.
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  /** @type {Element[]} */
  const marks = Array.from(document.querySelectorAll('.mark[data-key]'));
  /** @type {Element[]} */
  const arrows = Array.from(document.querySelectorAll('.arrow[data-from]'));

  /** @param {EventTarget | null} target */
  function markOf(target) {
    const el = /** @type {Element | null} */ (target);
    return el && typeof el.closest === 'function' ? el.closest('.mark[data-key]') : null;
  }

  /** @param {Element} mark */
  function open(mark) {
    const key = mark.getAttribute('data-key');
    if (key) vscode.postMessage({ type: 'open', key });
  }

  /** @param {Element} from @param {Element | undefined} to */
  function moveFocus(from, to) {
    if (!to || to === from) return;
    from.setAttribute('tabindex', '-1');
    to.setAttribute('tabindex', '0');
    /** @type {HTMLElement} */ (to).focus();
  }

  /** The mark of lane `lane` nearest to x, if that lane exists. @param {number} lane @param {number} x */
  function nearestInLane(lane, x) {
    let best;
    let bestDistance = Infinity;
    for (const m of marks) {
      if (Number(m.getAttribute('data-lane')) !== lane) continue;
      const distance = Math.abs(Number(m.getAttribute('data-x')) - x);
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Marks the arrows to and from a cable while it is hovered or focused. @param {Element} mark @param {boolean} on */
  function showReferences(mark, on) {
    const key = mark.getAttribute('data-key');
    for (const a of arrows) {
      const related = on && (a.getAttribute('data-from') === key || a.getAttribute('data-to') === key);
      a.classList.toggle('related', related);
    }
  }

  document.addEventListener('click', event => {
    const mark = markOf(event.target);
    if (mark) open(mark);
  });

  document.addEventListener('keydown', event => {
    const mark = markOf(event.target);
    if (!mark) return;
    const i = marks.indexOf(mark);
    const lane = Number(mark.getAttribute('data-lane'));
    const x = Number(mark.getAttribute('data-x'));
    switch (event.key) {
      case 'Enter':
      case ' ':
        open(mark);
        break;
      case 'ArrowRight':
        moveFocus(mark, marks[i + 1]);
        break;
      case 'ArrowLeft':
        moveFocus(mark, marks[i - 1]);
        break;
      case 'ArrowDown':
        moveFocus(mark, nearestInLane(lane + 1, x));
        break;
      case 'ArrowUp':
        moveFocus(mark, nearestInLane(lane - 1, x));
        break;
      case 'Home':
        moveFocus(mark, marks[0]);
        break;
      case 'End':
        moveFocus(mark, marks[marks.length - 1]);
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  for (const [type, on] of /** @type {const} */ ([['focusin', true], ['focusout', false], ['mouseover', true], ['mouseout', false]])) {
    document.addEventListener(type, event => {
      const mark = markOf(event.target);
      if (mark) showReferences(mark, on);
    });
  }
})();
