// The Cables view and the timeline commands in the manifest: every command a menu names is
// contributed, the view shows only when the client says there are cables, and the context keys the
// `when` clauses read are the ones the client sets.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { clientOptions } from '../../../client/src/clientOptions';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const viewSource = readFileSync(path.join(root, 'client/src/timelineView.ts'), 'utf8');
/** All of the client's own code, where each contributed command must be registered. */
const clientSource = readdirSync(path.join(root, 'client/src'))
  .filter(name => name.endsWith('.ts'))
  .map(name => readFileSync(path.join(root, 'client/src', name), 'utf8'))
  .join('\n');

interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}

test('the Cables view is in the Explorer, shown once the client has seen cables, and activates the extension', () => {
  const views = manifest.contributes.views.explorer as Array<{ id: string; name: string; when: string }>;
  const view = views.find(v => v.id === 'cable.timeline');
  assert.ok(view);
  assert.equal(view.name, 'Cables');
  assert.equal(view.when, 'cable.timeline.hasCables');
  assert.ok(viewSource.includes(`'${view.id}'`), 'the client registers the view id');
  assert.ok(viewSource.includes(`'${view.when}'`), 'the client sets the context key');
  for (const event of ['onView:cable.timeline', 'workspaceContains:**/*.cable', 'onLanguage:cable']) {
    assert.ok(manifest.activationEvents.includes(event), event);
  }
});

test('every contributed command is registered by the client', () => {
  for (const { command } of manifest.contributes.commands as Array<{ command: string }>) {
    assert.ok(clientSource.includes(`'${command}'`), command);
  }
});

test('every command a menu names is contributed, with an icon when it sits in a view title', () => {
  const commands = new Map<string, { icon?: string }>(
    (manifest.contributes.commands as Array<{ command: string; icon?: string }>).map(c => [c.command, c]),
  );
  const menus = manifest.contributes.menus as Record<string, MenuItem[]>;
  for (const [menu, items] of Object.entries(menus)) {
    for (const item of items) {
      assert.ok(commands.has(item.command), `${menu} names ${item.command}`);
      if (menu === 'view/title') assert.ok(commands.get(item.command)!.icon, `${item.command} has an icon`);
    }
  }
});

test('the view title shows one of the two grouping actions, chosen by the context key the client sets', () => {
  const titleMenu = (manifest.contributes.menus['view/title'] as MenuItem[]).filter(i => i.when?.includes('view == cable.timeline'));
  const byChannel = titleMenu.find(i => i.command === 'cable.timeline.groupByChannel');
  const byDate = titleMenu.find(i => i.command === 'cable.timeline.groupByDate');
  assert.ok(byChannel && byDate);
  assert.match(byChannel.when!, /cable\.timeline\.groupBy != 'channel'/);
  assert.match(byDate.when!, /cable\.timeline\.groupBy == 'channel'/);
  assert.ok(viewSource.includes("'cable.timeline.groupBy'"));
  assert.ok(titleMenu.some(i => i.command === 'cable.timeline.refresh'));
  // The open command takes a cable from the tree; the palette could give it none.
  const palette = manifest.contributes.menus.commandPalette as MenuItem[];
  assert.equal(palette.find(i => i.command === 'cable.timeline.openCable')?.when, 'false');
});

test('the client never trusts the server\'s markdown: no command links, no HTML, no middleware that could change that', () => {
  assert.equal(clientOptions.markdown?.isTrusted, false);
  assert.equal(clientOptions.markdown?.supportHtml, false);
  assert.equal(clientOptions.middleware, undefined);
});
