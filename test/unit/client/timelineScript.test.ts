// The webview's script (media/timeline.js), run in a sandbox over a stand-in page: clicks and Enter on
// a cable send exactly { type: 'open', key }, the arrow keys move one tab stop between cables, and a
// hovered or focused cable marks its references. Nothing else is sent.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const script = readFileSync(path.join(root, 'media/timeline.js'), 'utf8');

/** Just enough of an element: attributes, classes, a parent, closest() and focus(). */
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly classes = new Set<string>();
  parent: FakeElement | undefined;
  constructor(
    readonly page: FakePage,
    classNames: string[],
    attributes: Record<string, string> = {},
  ) {
    for (const c of classNames) this.classes.add(c);
    for (const [k, v] of Object.entries(attributes)) this.attributes.set(k, v);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  get classList() {
    return { toggle: (c: string, on: boolean) => (on ? this.classes.add(c) : this.classes.delete(c)) };
  }
  closest(selector: string): FakeElement | null {
    // The script asks only for '.mark[data-key]'.
    assert.equal(selector, '.mark[data-key]');
    for (let e: FakeElement | undefined = this; e; e = e.parent) if (e.classes.has('mark') && e.attributes.has('data-key')) return e;
    return null;
  }
  focus(): void {
    this.page.focused = this;
  }
}

class FakePage {
  readonly listeners = new Map<string, Array<(event: unknown) => void>>();
  readonly marks: FakeElement[] = [];
  readonly arrows: FakeElement[] = [];
  readonly posted: unknown[] = [];
  focused: FakeElement | undefined;

  mark(key: string, lane: number, x: number): FakeElement {
    const m = new FakeElement(this, ['mark'], { 'data-key': key, 'data-lane': String(lane), 'data-x': String(x), tabindex: this.marks.length ? '-1' : '0' });
    this.marks.push(m);
    return m;
  }
  arrow(from: string, to: string): FakeElement {
    const a = new FakeElement(this, ['arrow'], { 'data-from': from, 'data-to': to });
    this.arrows.push(a);
    return a;
  }
  run(): void {
    const document = {
      querySelectorAll: (selector: string) =>
        selector === '.mark[data-key]' ? this.marks : selector === '.arrow[data-from]' ? this.arrows : assert.fail(selector),
      addEventListener: (type: string, listener: (event: unknown) => void) => {
        this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
      },
    };
    // postMessage clones what it sends; JSON does the same here (and brings it into this realm).
    const acquireVsCodeApi = () => ({ postMessage: (m: unknown) => this.posted.push(JSON.parse(JSON.stringify(m))) });
    vm.runInNewContext(script, { document, acquireVsCodeApi });
  }
  /** Dispatches an event to the document's listeners; says whether one called preventDefault. */
  dispatch(type: string, target: FakeElement, key?: string): boolean {
    let prevented = false;
    const event = { type, target, key, preventDefault: () => (prevented = true) };
    for (const l of this.listeners.get(type) ?? []) l(event);
    return prevented;
  }
}

function pageWithThreeCables() {
  const page = new FakePage();
  const a = page.mark('file:///c/a.cable#0', 0, 100);
  const b = page.mark('file:///c/b.cable#0', 1, 150);
  const c = page.mark('file:///c/c.cable#1', 0, 300);
  const ab = page.arrow('file:///c/b.cable#0', 'file:///c/a.cable#0');
  const cb = page.arrow('file:///c/c.cable#1', 'file:///c/b.cable#0');
  page.run();
  return { page, a, b, c, ab, cb };
}

test('a click on a cable, or on the circle inside it, asks to open that cable; a click elsewhere asks nothing', () => {
  const { page, b } = pageWithThreeCables();
  const circle = new FakeElement(page, []);
  circle.parent = b;
  page.dispatch('click', circle);
  page.dispatch('click', new FakeElement(page, ['lane']));
  assert.deepEqual(page.posted, [{ type: 'open', key: 'file:///c/b.cable#0' }]);
});

test('Enter and Space open the focused cable; other keys send nothing', () => {
  const { page, a, c } = pageWithThreeCables();
  assert.equal(page.dispatch('keydown', a, 'Enter'), true);
  page.dispatch('keydown', c, ' ');
  assert.equal(page.dispatch('keydown', c, 'x'), false);
  assert.deepEqual(page.posted, [
    { type: 'open', key: 'file:///c/a.cable#0' },
    { type: 'open', key: 'file:///c/c.cable#1' },
  ]);
});

test('the arrow keys move the one tab stop: left/right in date order, up/down to the nearest cable of the next lane', () => {
  const { page, a, b, c } = pageWithThreeCables();
  page.dispatch('keydown', a, 'ArrowRight');
  assert.equal(page.focused, b);
  assert.deepEqual([a, b, c].map(m => m.getAttribute('tabindex')), ['-1', '0', '-1']);
  page.dispatch('keydown', b, 'ArrowUp');
  assert.equal(page.focused, a, 'nearest to x = 150 in lane 0 is a (100), not c (300)');
  page.dispatch('keydown', a, 'End');
  assert.equal(page.focused, c);
  page.focused = undefined;
  page.dispatch('keydown', c, 'ArrowRight');
  page.dispatch('keydown', c, 'ArrowUp');
  assert.equal(page.focused, undefined, 'nothing after the last cable, no lane above the first');
  assert.equal(c.getAttribute('tabindex'), '0');
  page.dispatch('keydown', c, 'ArrowDown');
  assert.equal(page.focused, b);
});

test('hovering or focusing a cable marks the arrows to and from it, and leaving unmarks them', () => {
  const { page, b, a, ab, cb } = pageWithThreeCables();
  page.dispatch('mouseover', b);
  assert.deepEqual([ab.classes.has('related'), cb.classes.has('related')], [true, true]);
  page.dispatch('mouseout', b);
  page.dispatch('focusin', a);
  assert.deepEqual([ab.classes.has('related'), cb.classes.has('related')], [true, false]);
  page.dispatch('focusout', a);
  assert.deepEqual([ab.classes.has('related'), cb.classes.has('related')], [false, false]);
  assert.deepEqual(page.posted, []);
});
