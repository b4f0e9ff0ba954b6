// The Cables view in the Explorer: the corpus by date (year → month → cable) or by channel, from
// the server's `cable/timeline`. Grouping is computed in timeline/timelineGroups.ts; this file only
// turns it into tree items and keeps the context keys the manifest's `when` clauses read.
import * as vscode from 'vscode';
import type { TimelineResult } from '../../protocol/src/protocol';
import { groupTimeline, type TimelineGrouping, type TimelineNode } from './timeline/timelineGroups';
import type { TimelineSource } from './timeline/timelineSource';
import { copiesNote } from './timeline/timelineResult';

export const timelineViewId = 'cable.timeline';
/** True once an answer has cables: shows the view. */
export const hasCablesContextKey = 'cable.timeline.hasCables';
/** `date` or `channel`: which of the two grouping actions the view's title shows. */
export const groupByContextKey = 'cable.timeline.groupBy';
export const openCableCommand = 'cable.timeline.openCable';

const groupByStateKey = 'cable.timeline.groupBy';
/** Up to this many cables, the view opens with every group expanded. */
const EXPAND_ALL_UP_TO = 100;

export class TimelineTreeProvider implements vscode.TreeDataProvider<TimelineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: readonly TimelineNode[] = [];
  private cableCount = 0;

  constructor(
    private readonly source: TimelineSource,
    private grouping: TimelineGrouping,
  ) {
    this.rebuild();
  }

  get groupBy(): TimelineGrouping {
    return this.grouping;
  }

  setGrouping(grouping: TimelineGrouping): void {
    this.grouping = grouping;
    this.rebuild();
  }

  rebuild(): void {
    const result = this.source.current;
    this.cableCount = result?.cables.length ?? 0;
    this.roots = result ? groupTimeline(result.cables, this.grouping) : [];
    this.changed.fire();
  }

  getChildren(node?: TimelineNode): TimelineNode[] {
    if (!node) return [...this.roots];
    return node.kind === 'cable' ? [] : [...node.children];
  }

  getTreeItem(node: TimelineNode): vscode.TreeItem {
    if (node.kind === 'cable') {
      const { cable } = node;
      const item = new vscode.TreeItem(cable.label, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      const note = copiesNote(cable);
      item.tooltip = note ? `${cable.title}\n${note}` : cable.title;
      item.iconPath = new vscode.ThemeIcon('mail');
      item.contextValue = 'cable';
      item.command = { command: openCableCommand, title: 'Open Cable', arguments: [cable.uri, cable.headerRange] };
      return item;
    }
    const expanded = this.cableCount <= EXPAND_ALL_UP_TO || node.kind === 'year';
    const item = new vscode.TreeItem(
      node.label,
      expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = node.id;
    item.description = `${node.count}`;
    item.tooltip = `${node.count} cable${node.count === 1 ? '' : 's'}`;
    item.contextValue = node.kind;
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Opens a cable's file with its header selected. */
export async function openCableAt(
  uri: string,
  headerRange: { start: { line: number; character: number }; end: { line: number; character: number } },
  viewColumn?: vscode.ViewColumn,
): Promise<void> {
  const range = new vscode.Range(headerRange.start.line, headerRange.start.character, headerRange.end.line, headerRange.end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri, true), { selection: range, viewColumn });
}

/** Registers the view, its commands and context keys; the returned disposable undoes it all. */
export function registerTimelineView(context: vscode.ExtensionContext, source: TimelineSource): vscode.Disposable {
  const saved = context.workspaceState.get<TimelineGrouping>(groupByStateKey);
  const provider = new TimelineTreeProvider(source, saved === 'channel' ? 'channel' : 'date');
  const view = vscode.window.createTreeView(timelineViewId, { treeDataProvider: provider, showCollapseAll: true });

  const setGrouping = async (grouping: TimelineGrouping) => {
    provider.setGrouping(grouping);
    await vscode.commands.executeCommand('setContext', groupByContextKey, grouping);
    await context.workspaceState.update(groupByStateKey, grouping);
  };
  const showState = (result: TimelineResult | undefined) => {
    view.message = result && !result.complete ? 'Indexing the workspace… the list is partial.' : undefined;
    view.description = result ? `${result.cables.length}` : undefined;
    void vscode.commands.executeCommand('setContext', hasCablesContextKey, (result?.cables.length ?? 0) > 0);
  };
  void vscode.commands.executeCommand('setContext', groupByContextKey, provider.groupBy);
  showState(source.current);

  return vscode.Disposable.from(
    provider,
    view,
    source.onDidChange(result => {
      provider.rebuild();
      showState(result);
    }),
    vscode.commands.registerCommand('cable.timeline.groupByChannel', () => setGrouping('channel')),
    vscode.commands.registerCommand('cable.timeline.groupByDate', () => setGrouping('date')),
    vscode.commands.registerCommand('cable.timeline.refresh', () => source.refresh()),
    vscode.commands.registerCommand(openCableCommand, (uri: unknown, headerRange: unknown) => {
      // Only the tree's own items call this with arguments; from elsewhere it does nothing.
      if (typeof uri === 'string' && isRange(headerRange)) return openCableAt(uri, headerRange);
    }),
  );
}

function isRange(r: unknown): r is { start: { line: number; character: number }; end: { line: number; character: number } } {
  const pos = (p: unknown) =>
    typeof p === 'object' && p !== null && typeof (p as { line?: unknown }).line === 'number' && typeof (p as { character?: unknown }).character === 'number';
  return typeof r === 'object' && r !== null && pos((r as { start?: unknown }).start) && pos((r as { end?: unknown }).end);
}
